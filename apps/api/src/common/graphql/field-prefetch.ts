// A query that names an object by id reads it, then its fields: `drive(id) { stats }` waited for
// the drive's row before asking for its counts, one round trip after the other. Where a field's
// read needs only the object's id, its module registers it here and the root resolver starts it
// beside the object's own read, into the request's loader that the field then reads from
// (request-loader.ts). It starts only once the guards let the root query through; the field's own
// guard still decides whether the field is answered, so a refused field's read is only wasted.
import { Global, Injectable, Module } from '@nestjs/common';
import { getNamedType, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { isUuid } from './uuid';

/** Starts a field's read for the object `id` into the request's loader; never throws. */
export type FieldRead = (request: object, id: string) => void;

@Injectable()
export class FieldPrefetch {
  private readonly reads = new Map<string, FieldRead>();

  /** `read` starts the data of `typeName.field` (GraphQL names) for an object's id. */
  register(typeName: string, field: string, read: FieldRead): void {
    this.reads.set(`${typeName}.${field}`, read);
  }

  /** Starts the registered reads of the fields the query selects on the object `id` the resolver answers. */
  start(info: GraphQLResolveInfo, request: object, id: string): void {
    // A malformed id names nothing: the object is not found, and its fields are never asked.
    if (!isUuid(id)) return;
    const typeName = getNamedType(info.returnType).name;
    const visit = (set: SelectionSetNode | undefined): void => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) this.reads.get(`${typeName}.${selection.name.value}`)?.(request, id);
        else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else visit(info.fragments[selection.name.value]?.selectionSet);
      }
    };
    for (const node of info.fieldNodes) visit(node.selectionSet);
  }
}

@Global()
@Module({ providers: [FieldPrefetch], exports: [FieldPrefetch] })
export class FieldPrefetchModule {}
