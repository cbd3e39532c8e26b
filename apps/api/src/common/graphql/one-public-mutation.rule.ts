import { ASTVisitor, FieldNode, GraphQLError, Kind, SelectionNode, ValidationContext } from 'graphql';

/** Mutations a visitor can call without an account: one of them per request, and nothing else. */
export const PUBLIC_MUTATIONS = new Set(['signUp', 'cancelSignUp', 'changeShift', 'requestSignUpCode', 'requestTeam']);

/**
 * Aliases would otherwise let one request sign up hundreds of people (or send hundreds of codes)
 * past the per-IP limit, which counts requests: a request with a public mutation may contain only
 * that one field. Fields inside inline fragments and fragment spreads count too
 * (`mutation { ... on Mutation { a: signUp b: signUp } }`).
 */
export function onePublicMutationPerRequest(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return;
      const fields = fieldsOf(node.selectionSet.selections, context, new Set());
      if (fields.some((f) => PUBLIC_MUTATIONS.has(f.name.value)) && fields.length > 1) {
        context.reportError(
          new GraphQLError('A request may contain only one sign-up, cancellation, shift change, code request or team request.', {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  };
}

/** The fields a selection set asks for at its own level, through fragments (each named one once). */
function fieldsOf(selections: readonly SelectionNode[], context: ValidationContext, spread: Set<string>): FieldNode[] {
  return selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet.selections, context, spread);
    if (spread.has(selection.name.value)) return [];
    spread.add(selection.name.value);
    const fragment = context.getFragment(selection.name.value);
    return fragment ? fieldsOf(fragment.selectionSet.selections, context, spread) : [];
  });
}
