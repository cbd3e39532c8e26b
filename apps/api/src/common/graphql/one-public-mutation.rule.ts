import { GraphQLError, Kind, ValidationContext, ASTVisitor } from 'graphql';

/** Mutations a visitor can call without an account: one of them per request, and nothing else. */
export const PUBLIC_MUTATIONS = new Set(['signUp', 'cancelSignUp', 'changeShift']);

/**
 * Aliases would otherwise let one request sign up hundreds of people past the per-IP limit,
 * which counts requests: a request with a public mutation may contain only that one field.
 */
export function onePublicMutationPerRequest(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return;
      const fields = node.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
      const publicOnes = fields.filter((f) => f.kind === Kind.FIELD && PUBLIC_MUTATIONS.has(f.name.value));
      if (publicOnes.length > 0 && node.selectionSet.selections.length > 1) {
        context.reportError(
          new GraphQLError('A request may contain only one sign-up, cancellation or shift change.', {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  };
}
