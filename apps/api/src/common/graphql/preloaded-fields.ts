// Nest runs the guards and the error filter around every field resolver call
// (fieldResolverEnhancers), once per object: on a leaderboard of 2,000 teams, `team { college }`
// costs 2,000 trips through that chain, more than the query itself. Where the parent object
// already carries the field's value (loaded in the same SQL as the parent), the value is the
// answer and the resolver is called only for parents without it.
//
// Only for public fields (@Public() resolvers): the value must be what the guarded resolver would
// give anyone, since no guard runs for it.
import { defaultFieldResolver, GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';

export const PRELOADED_PUBLIC_FIELDS: readonly (readonly [type: string, field: string])[] = [['Team', 'college']];

export function answerPreloadedFields(schema: GraphQLSchema, fields = PRELOADED_PUBLIC_FIELDS): GraphQLSchema {
  for (const [typeName, fieldName] of fields) {
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`No field ${typeName}.${fieldName} to answer from preloaded values`);
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      const preloaded = (source as Record<string, unknown> | null)?.[fieldName];
      return preloaded !== undefined ? preloaded : resolve(source, args, context, info);
    };
  }
  return schema;
}
