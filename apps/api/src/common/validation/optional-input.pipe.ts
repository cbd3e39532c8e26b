import { ArgumentMetadata, PipeTransform, Type } from '@nestjs/common';
import { createValidationPipe } from './validation.pipe';

/**
 * Validates an optional input object argument, and lets its absence through. The global pipe turns
 * a missing object into {} and refuses it for its missing fields, so such an argument is declared
 * `T | null` (which the global pipe does not look into) and validated here with the same rules.
 */
export class OptionalInput<T> implements PipeTransform {
  private readonly pipe = createValidationPipe();

  constructor(private readonly type: Type<T>) {}

  transform(value: unknown, metadata: ArgumentMetadata): Promise<T | null> | null {
    if (value === null || value === undefined) return null;
    return this.pipe.transform(value, { ...metadata, metatype: this.type }) as Promise<T>;
  }
}
