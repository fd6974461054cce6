/**
 * Guards against expensive operations: a depth limit (validation rule) and a complexity budget
 * (checked once the operation is resolved, when variables are known).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, separateOperations, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ApiError } from './errors.js';
import { DEFAULT_PAGE_SIZE } from './pagination/cursor.js';

/** The API only reads: mutations and subscriptions are refused during validation, with a message saying so. */
export const queriesOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'query') {
      context.reportError(new GraphQLError(`This API is read-only: ${node.operation} operations are not supported.`, { nodes: node }));
    }
  },
});

export function depthLimit(maxDepth: number): ValidationRule {
  return maxDepthRule({
    n: maxDepth,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(
          new ApiError('QUERY_TOO_COMPLEX', error.message.replace(/^Syntax Error: /, '') + ' Split the query or select fewer nested lists.'),
        ),
    ],
  });
}

/** A list field costs its children times the page size asked for (or the default page size). */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.max(first, 1) * childComplexity;
};

export function operationComplexity(schema: GraphQLSchema, query: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown> = {}): number {
  return getComplexity({ schema, query, variables, estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })] });
}

export function complexityLimit(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const query = operationName ? (separateOperations(document)[operationName] ?? document) : document;
          const complexity = operationComplexity(schema, query, request.variables ?? {});
          if (complexity > maxComplexity) {
            throw new ApiError('QUERY_TOO_COMPLEX', `The query's complexity is ${complexity}, over the limit of ${maxComplexity}. Ask for smaller pages (first) or fewer nested lists.`, {
              complexity,
              maxComplexity,
            });
          }
        },
      };
    },
  };
}
