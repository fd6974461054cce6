/**
 * Looking ahead in a request: which fields, with which arguments, the client asks for below the field being
 * resolved, read from the parsed query (aliases and fragments included). A parent resolver uses it to fetch
 * its children's pages in the same Cypher query instead of leaving each level to its own loader.
 */
import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { PageRequest } from '../pagination/cursor.js';

/** first/after → skip/limit under the server's cap (ApiContext.page); throws on arguments it rejects */
export type PageOf = (args: { first?: number | null; after?: string | null }) => PageRequest;

/** Some occurrences of one field in the query (a field may be asked for several times), and the type they resolve to. */
export interface Selection {
  readonly type: GraphQLObjectType;
  readonly nodes: readonly FieldNode[];
  readonly info: GraphQLResolveInfo;
}

/** The selection of the field being resolved; null when it does not resolve to an object type. */
export function selectionOf(info: GraphQLResolveInfo): Selection | null {
  const type = getNamedType(info.returnType);
  return isObjectType(type) ? { type, nodes: info.fieldNodes, info } : null;
}

/**
 * The field `name` below `at`, when it is asked for with one set of arguments (however often and under
 * whatever aliases): its arguments (defaults applied) and its own selection. Null when it is not asked for,
 * or asked for with different arguments (the resolvers then answer each occurrence on their own).
 */
export function childField(at: Selection, name: string): { args: Record<string, unknown>; selection: Selection } | null {
  const field = at.type.getFields()[name];
  const nodes = fieldNodes(at, name);
  if (!field || nodes.length === 0) return null;
  const argsOf = (node: FieldNode) => getArgumentValues(field, node, at.info.variableValues) as Record<string, unknown>;
  const args = argsOf(nodes[0]!);
  const key = JSON.stringify(args);
  if (nodes.some((node) => JSON.stringify(argsOf(node)) !== key)) return null;
  const type = getNamedType(field.type);
  return isObjectType(type) ? { args, selection: { type, nodes, info: at.info } } : null;
}

/** The selection at the end of a path of argument-free fields, e.g. a connection's `edges.node`. */
export function descend(at: Selection, ...path: string[]): Selection | null {
  let current: Selection | null = at;
  for (const name of path) current = current && (childField(current, name)?.selection ?? null);
  return current;
}

/** Whether the field `name` is asked for below `at` at all. */
export function asksFor(at: Selection, name: string): boolean {
  return fieldNodes(at, name).length > 0;
}

/** The names of the fields asked for below `at` (aliases resolved, fragments included). */
export function fieldNames(at: Selection): Set<string> {
  return new Set(allFieldNodes(at).map((node) => node.name.value));
}

/** Every occurrence of `name` in the selection sets of `at`, through fragment spreads and inline fragments. */
function fieldNodes(at: Selection, name: string): FieldNode[] {
  return allFieldNodes(at).filter((node) => node.name.value === name);
}

function allFieldNodes(at: Selection): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(at, selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const fragment = at.info.fragments[selection.name.value];
        if (fragment && applies(at, fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of at.nodes) visit(node.selectionSet);
  return found;
}

/** Whether a fragment on `condition` applies to objects of the selection's type. */
function applies(at: Selection, condition: string | undefined): boolean {
  if (condition === undefined || condition === at.type.name) return true;
  const type = at.info.schema.getType(condition);
  return isAbstractType(type) && at.info.schema.isSubType(type, at.type);
}
