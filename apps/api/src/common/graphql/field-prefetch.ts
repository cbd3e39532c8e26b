// A query that names an object by id reads it, then its fields: `drive(id) { stats }` waited for
// the access check, then for the drive's row, then for its counts, one round trip after the
// other. Where a read needs only the object's id, its module registers it here: the object's own
// read under its root field (`Query.drive`), a field's under its type (`Drive.stats`). A root
// field marked @ReadAhead has them started by the AccessGuard beside its own reads (the caller's
// account, the id's organization), into the request's loaders (request-loader.ts) that the
// resolvers then read from: one wait for the whole query. Only for a token whose signature is
// ours; a caller the checks then refuse gets nothing of what was read, which is only wasted (a
// read by key or two, as the id's owner look-up already is). The field's own guard still decides
// whether the field is answered.
import { Global, Injectable, Module, SetMetadata } from '@nestjs/common';
import { getNamedType, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { isUuid } from './uuid';

/** Starts a read for the object `id` into the request's loader; never throws. */
export type FieldRead = (request: object, id: string) => void;

export const READ_AHEAD_KEY = 'life-relay:read-ahead';

/** The root field answers the object its argument `idArgument` names: its registered reads start beside the access check. */
export const ReadAhead = (idArgument: string) => SetMetadata(READ_AHEAD_KEY, idArgument);

@Injectable()
export class FieldPrefetch {
  private readonly reads = new Map<string, FieldRead>();

  /** `read` starts the data of `typeName.field` (GraphQL names; `Query.field` for the object itself) for an object's id. */
  register(typeName: string, field: string, read: FieldRead): void {
    this.reads.set(`${typeName}.${field}`, read);
  }

  /** Starts the registered reads of the object `id` a root field answers and of the fields the query selects on it. */
  start(info: GraphQLResolveInfo, request: object, id: unknown): void {
    // A malformed id names nothing: the object is not found, and its fields are never asked.
    if (typeof id !== 'string' || !isUuid(id)) return;
    this.reads.get(`${info.parentType.name}.${info.fieldName}`)?.(request, id);
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
