// The worker's half of rendered-lists.ts: completes a list field's selection (list-selection.ts)
// over plain rows with graphql-js, against the API's own schema rebuilt from its SDL, and writes
// the list's JSON. The items are answered from their own properties, as they are in the API for
// the fields list-selection.ts lets through, so the JSON is what the API would have written.
import {
  buildSchema,
  DocumentNode,
  execute,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLScalarSerializer,
  GraphQLSchema,
  isObjectType,
  isScalarType,
  parse,
} from 'graphql';
import { LRUCache } from 'lru-cache';

export class ListRenderer {
  private readonly schema: GraphQLSchema;
  private readonly documents = new LRUCache<string, DocumentNode>({ max: 200 });

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
    const result = execute({ schema: this.schema, document: parsed, rootValue: { [root]: items }, variableValues: variables });
    if ('then' in result) throw new Error('A rendered list resolved asynchronously');
    if (result.errors?.length) throw result.errors[0];
    return JSON.stringify((result.data as Record<string, unknown>)[root]);
  }
}
