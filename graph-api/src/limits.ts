/**
 * Guards against expensive operations: read-only and a depth limit (validation rules), and the cost model's
 * budget, root-field and alias caps and page sizes (checked once the operation is resolved, when variables
 * are known, by the load guard in src/load/guard.ts).
 */
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { ApiError } from './errors.js';
import { operationCost, type OperationCost } from './load/cost.js';

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

export interface OperationLimits {
  maxComplexity: number;
  maxRootFields: number;
  maxAliases: number;
  maxPageSize: number;
}

/**
 * Checks a resolved operation against the limits before anything runs, and returns its cost.
 * Throws BAD_USER_INPUT for a `first` out of range (as the resolver would, but before any other field ran),
 * QUERY_TOO_COMPLEX — with the cost, the root fields and aliases, and their limits — when any limit is passed.
 */
export function checkOperation(schema: GraphQLSchema, document: DocumentNode, limits: OperationLimits, variables: Record<string, unknown> = {}, operationName?: string | null): OperationCost {
  const cost = operationCost(schema, document, { variables, operationName, maxPageSize: limits.maxPageSize });
  const problem = cost.pageSizeProblems[0];
  if (problem) {
    throw new ApiError('BAD_USER_INPUT', `first must be between 0 and ${limits.maxPageSize} (got ${String(problem.first)} at ${problem.path}).`, { argument: 'first', field: problem.path });
  }
  const over: string[] = [];
  if (cost.cost > limits.maxComplexity) over.push(`its cost is ${cost.cost}, over the limit of ${limits.maxComplexity}`);
  if (cost.rootFields > limits.maxRootFields) over.push(`it has ${cost.rootFields} root fields (at most ${limits.maxRootFields})`);
  if (cost.aliases > limits.maxAliases) over.push(`it has ${cost.aliases} aliases (at most ${limits.maxAliases})`);
  if (over.length) {
    const costWithin = cost.cost > limits.maxComplexity ? '' : ` (its cost, ${cost.cost}, is within the limit of ${limits.maxComplexity})`;
    throw new ApiError(
      'QUERY_TOO_COMPLEX',
      `The query is refused before it runs: ${over.join('; ')}${costWithin}. Ask for smaller pages (first), fewer nested lists or fewer fields at once, or split it into several requests.`,
      {
        complexity: cost.cost,
        maxComplexity: limits.maxComplexity,
        rootFields: cost.rootFields,
        maxRootFields: limits.maxRootFields,
        aliases: cost.aliases,
        maxAliases: limits.maxAliases,
      },
    );
  }
  return cost;
}
