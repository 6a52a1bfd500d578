import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, OperationTypeNode, type ValidationRule } from 'graphql';

/** SECURITY.md, "GraphQL surface". */
export const LIMITS = {
  depth: 6,
  aliases: 15,
  directives: 50,
  tokens: 1000,
  cost: 5000,
  documentCharacters: 15_000,
  executionTimeoutMs: 10_000,
} as const;

export function armor() {
  return new ApolloArmor({
    // Fragments count by what they select, not as an extra level of nesting.
    maxDepth: {
      n: LIMITS.depth,
      exposeLimits: false,
      ignoreIntrospection: true,
      flattenFragments: true,
    },
    maxAliases: { n: LIMITS.aliases, exposeLimits: false },
    maxDirectives: { n: LIMITS.directives, exposeLimits: false },
    maxTokens: { n: LIMITS.tokens, exposeLimits: false },
    costLimit: {
      maxCost: LIMITS.cost,
      exposeLimits: false,
      ignoreIntrospection: true,
      flattenFragments: true,
    },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Fields that check a password or code: aliases must not multiply guesses in one request. */
const CREDENTIAL_FIELDS = new Set(['login', 'loginMfa', 'reauthenticate']);

/** Sign-in may be attempted once per request: aliases cannot multiply password guesses. */
export const oneLoginPerRequest: ValidationRule = context => ({
  OperationDefinition(node) {
    if (node.operation !== OperationTypeNode.MUTATION) return;
    const logins = node.selectionSet.selections.filter(
      s => s.kind === Kind.FIELD && CREDENTIAL_FIELDS.has(s.name.value),
    );
    if (logins.length > 1) {
      context.reportError(
        new GraphQLError('Only one sign-in attempt is allowed per request.', { nodes: logins }),
      );
    }
  },
});
