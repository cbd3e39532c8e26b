// What a list field's request asks of each item, as a query of its own that list-renderer.ts
// can run in a worker over rows it read itself, and whether it may: only when every field asked
// is one the caller says is answered from the item itself. Any other field may have a resolver
// that is guarded or reads the database: it needs the app, so such a request is answered on the
// event loop as before.
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isObjectType,
  Kind,
  OperationTypeNode,
  print,
  printSchema,
  SelectionSetNode,
  visit,
} from 'graphql';

/** A list field's selection as a query over the root field `root`, with the variables it uses. */
export interface ListSelection {
  document: string;
  variables: Record<string, unknown>;
}

/** Per query text (Apollo keeps one document per text, so its field nodes are the same objects). */
const known = new WeakMap<FieldNode, { document: string; variableNames: string[] } | null>();

/**
 * The selection of the list field being resolved as a query whose one root field is `root`
 * (aliases, fragments and directives inside it kept), or null when it asks for a field not in
 * `fromItems` ("Type.field": those answered from the item's own values).
 */
export function listSelection(info: GraphQLResolveInfo, root: string, fromItems: ReadonlySet<string>): ListSelection | null {
  const key = info.fieldNodes[0];
  let entry = known.get(key);
  if (entry === undefined) {
    entry = answeredFromItems(info, fromItems) ? selectionQuery(info, root) : null;
    known.set(key, entry);
  }
  if (!entry) return null;
  return { document: entry.document, variables: Object.fromEntries(entry.variableNames.map((name) => [name, info.variableValues[name]])) };
}

/** Whether every field under the list field is read from its item as it is. */
function answeredFromItems(info: GraphQLResolveInfo, fromItems: ReadonlySet<string>): boolean {
  const itemType = getNamedType(info.returnType);
  const seen = new Set<string>();
  const answered = (type: GraphQLNamedType, selectionSet: SelectionSetNode | undefined): boolean => {
    if (!selectionSet) return true;
    if (!isObjectType(type)) return false;
    return selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') return true;
        const field = type.getFields()[selection.name.value];
        if (!field || !fromItems.has(`${type.name}.${field.name}`)) return false;
        return answered(getNamedType(field.type), selection.selectionSet);
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? info.fragments[selection.name.value] : selection;
      if (!fragment) return false;
      const on = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
      if (on !== type) return false; // only object types here: a fragment on another type never applies
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (seen.has(selection.name.value)) return true;
        seen.add(selection.name.value);
      }
      return answered(type, fragment.selectionSet);
    });
  };
  return info.fieldNodes.every((node) => answered(itemType, node.selectionSet));
}

function selectionQuery(info: GraphQLResolveInfo, root: string): { document: string; variableNames: string[] } {
  // The field itself as the root field: same selection, no alias, arguments or directives (they
  // were applied here already).
  const fields: FieldNode[] = info.fieldNodes.map((node) => ({ ...node, alias: undefined, name: { kind: Kind.NAME, value: root }, arguments: [], directives: [] }));
  const fragments = reachableFragments(fields, info.fragments);
  const variableNames = new Set<string>();
  for (const node of [...fields, ...fragments]) visit(node, { Variable: (v) => void variableNames.add(v.name.value) });
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        variableDefinitions: (info.operation.variableDefinitions ?? []).filter((d) => variableNames.has(d.variable.name.value)),
        directives: [],
        selectionSet: { kind: Kind.SELECTION_SET, selections: fields },
      },
      ...fragments,
    ],
  };
  return { document: print(document), variableNames: [...variableNames] };
}

function reachableFragments(nodes: readonly FieldNode[], all: Record<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const collect = (node: FieldNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread: (spread) => {
        const fragment = all[spread.name.value];
        if (fragment && !found.has(fragment.name.value)) {
          found.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  nodes.forEach(collect);
  return [...found.values()];
}

const sdlBySchema = new WeakMap<GraphQLSchema, string>();

/** The schema as SDL (printed once per schema): what a worker builds its own from. */
export function schemaSdl(schema: GraphQLSchema): string {
  let sdl = sdlBySchema.get(schema);
  if (sdl === undefined) sdlBySchema.set(schema, (sdl = printSchema(schema)));
  return sdl;
}
