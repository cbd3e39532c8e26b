// The worker's half of rendered-lists.ts: completes a list field's selection (list-selection.ts)
// over plain rows, against the API's own schema rebuilt from its SDL, and writes the list's JSON.
// The items are answered from their own properties, as they are in the API for the fields
// list-selection.ts lets through, so the JSON is what the API would have written.
//
// A selection of objects and leaves (what a board asks) is compiled once into a writer that
// builds the JSON text straight from the rows: graphql-js's execution of 2,077 rows and the
// JSON.stringify of its result were half of the board worker's time. The writer follows
// graphql-js where it matters (the fields collected in its order, merged by response key,
// @skip/@include, the types' own serialization) and anything it does not cover, or any error, is
// left to graphql-js itself (a test holds the two to the same text).
import {
  buildSchema,
  DocumentNode,
  execute,
  FieldNode,
  FragmentDefinitionNode,
  getDirectiveValues,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLScalarSerializer,
  GraphQLSchema,
  GraphQLSkipDirective,
  isLeafType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';

/** An item's JSON; throws where graphql-js would have reported an error. */
type ItemWriter = (item: Record<string, unknown>) => string;

/** No writer for this selection: graphql-js completes it. */
const BY_GRAPHQL = 'graphql-js';

export class ListRenderer {
  private readonly schema: GraphQLSchema;
  private readonly documents = new LRUCache<string, DocumentNode>({ max: 200 });
  /** Per document and variables (which decide @skip and @include). */
  private readonly writers = new LRUCache<string, ItemWriter | typeof BY_GRAPHQL>({ max: 200 });

  /**
   * @param sdl the API's schema
   * @param roots each root field a selection may name, with the object type of its list's items
   * @param serializers the API's own serialization of its custom scalars (SDL carries only their names)
   */
  constructor(sdl: string, roots: Record<string, string>, serializers: Record<string, GraphQLScalarSerializer<unknown>>) {
    const api = buildSchema(sdl);
    for (const [name, serialize] of Object.entries(serializers)) {
      const scalar = api.getType(name);
      if (!isScalarType(scalar)) throw new Error(`No scalar ${name} in the schema`);
      scalar.serialize = serialize;
    }
    const fields: Record<string, { type: GraphQLOutputType }> = {};
    for (const [root, itemType] of Object.entries(roots)) {
      const type = api.getType(itemType);
      if (!isObjectType(type)) throw new Error(`No object type ${itemType} in the schema`);
      fields[root] = { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type))) };
    }
    const query = new GraphQLObjectType({ name: 'RenderedLists', fields });
    this.schema = new GraphQLSchema({ query, types: Object.values(api.getTypeMap()).filter((t) => !t.name.startsWith('__')) });
  }

  /** The JSON of the list `root` of `items`, as `document` selects it; throws with the first error. */
  render(root: string, document: string, variables: Record<string, unknown>, items: readonly unknown[]): string {
    let parsed = this.documents.get(document);
    if (!parsed) this.documents.set(document, (parsed = parse(document)));
    const key = `${document}\0${JSON.stringify(variables)}`;
    let writer = this.writers.get(key);
    if (writer === undefined) this.writers.set(key, (writer = this.compile(root, parsed, variables) ?? BY_GRAPHQL));
    if (writer !== BY_GRAPHQL) {
      try {
        let json = '[';
        for (let i = 0; i < items.length; i++) json += (i ? ',' : '') + writer(items[i] as Record<string, unknown>);
        return json + ']';
      } catch {
        // graphql-js says what went wrong, as the API would have.
      }
    }
    return this.execute(root, parsed, variables, items);
  }

  /** The list's JSON as graphql-js completes it. */
  execute(root: string, parsed: DocumentNode, variables: Record<string, unknown>, items: readonly unknown[]): string {
    const result = execute({ schema: this.schema, document: parsed, rootValue: { [root]: items }, variableValues: variables });
    if ('then' in result) throw new Error('A rendered list resolved asynchronously');
    if (result.errors?.length) throw result.errors[0];
    return JSON.stringify((result.data as Record<string, unknown>)[root]);
  }

  /** A writer for the items of `root` as `document` selects them, or null where graphql-js must complete them. */
  private compile(root: string, document: DocumentNode, inputs: Record<string, unknown>): ItemWriter | null {
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    if (operations.length !== 1) return null;
    const coerced = getVariableValues(this.schema, operations[0].variableDefinitions ?? [], inputs);
    if (coerced.errors) return null;
    const variables = coerced.coerced;
    const query = this.schema.getQueryType() as GraphQLObjectType;

    /** The fields of `selectionSet` on `type` by response key, in graphql-js's order (its collectFields); null: not covered. */
    const collect = (type: GraphQLObjectType, selectionSet: SelectionSetNode, into: Map<string, FieldNode[]>, visited: Set<string>): boolean => {
      for (const selection of selectionSet.selections) {
        if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) continue;
        if (getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          into.set(key, [...(into.get(key) ?? []), selection]);
          continue;
        }
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          if (visited.has(selection.name.value)) continue;
          visited.add(selection.name.value);
        }
        if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type.name)) return false;
        if (!collect(type, fragment.selectionSet, into, visited)) return false;
      }
      return true;
    };

    /** The writer of an object of `type` selected by `nodes` (one response key's field nodes). */
    const objectWriter = (type: GraphQLObjectType, nodes: readonly FieldNode[]): ItemWriter | null => {
      const fields = new Map<string, FieldNode[]>();
      const visited = new Set<string>();
      for (const node of nodes) if (!node.selectionSet || !collect(type, node.selectionSet, fields, visited)) return null;
      const parts: ItemWriter[] = [];
      for (const [key, keyNodes] of fields) {
        const name = keyNodes[0].name.value;
        const prefix = `${JSON.stringify(key)}:`;
        if (name === '__typename') {
          const text = prefix + JSON.stringify(type.name);
          parts.push(() => text);
          continue;
        }
        const field = type.getFields()[name];
        if (!field || field.args.length) return null;
        const nonNull = isNonNullType(field.type);
        const fieldType = nonNull ? (field.type as GraphQLNonNull<GraphQLOutputType>).ofType : field.type;
        const absent = () => {
          if (nonNull) throw new Error(`${type.name}.${name} is null`);
          return `${prefix}null`;
        };
        if (isLeafType(fieldType)) {
          parts.push((item) => {
            const value = item[name];
            if (value == null) return absent();
            if (typeof value === 'function') throw new Error(`${type.name}.${name} is a method`);
            const serialized = fieldType.serialize(value);
            if (serialized == null) throw new Error(`${type.name}.${name} serialized to nothing`);
            return prefix + JSON.stringify(serialized);
          });
        } else if (isObjectType(fieldType)) {
          const write = objectWriter(fieldType, keyNodes);
          if (!write) return null;
          parts.push((item) => {
            const value = item[name];
            return value == null ? absent() : prefix + write(value as Record<string, unknown>);
          });
        } else {
          return null; // lists and abstract types: graphql-js
        }
      }
      return (item) => {
        let json = '{';
        for (let i = 0; i < parts.length; i++) json += (i ? ',' : '') + parts[i](item);
        return json + '}';
      };
    };

    const roots = new Map<string, FieldNode[]>();
    if (!collect(query, operations[0].selectionSet, roots, new Set())) return null;
    const nodes = roots.get(root);
    const itemType = query.getFields()[root]?.type;
    if (roots.size !== 1 || !nodes || !itemType) return null;
    const item = (itemType as GraphQLNonNull<GraphQLList<GraphQLNonNull<GraphQLObjectType>>>).ofType.ofType.ofType;
    return objectWriter(item, nodes);
  }
}
