/**
 * The cost model: what an operation will cost the database, computed from the parsed operation and its
 * variables before anything runs.
 *
 *  - A field with a resolver goes to the database (or to a service that does): a root field costs its
 *    entry in ROOT_COSTS (a full-text search or a comparison far more than a count), a nested one
 *    NESTED_DATABASE_COST (it is batched with its siblings through a DataLoader, but its rows are not free).
 *  - Every object in the answer costs 1 (a row to build and send); scalars cost nothing more.
 *  - A list multiplies what its items cost: a connection's `edges`/`nodes` by the page size asked for
 *    (`first`, or the field's default), other lists by their expected length (LIST_SIZES, default 10).
 *  - Introspection (`__schema`, `__type`) costs 1 per field: it is answered from memory.
 *
 * The same walk counts root fields and aliases, and every `first` outside 0..maxPageSize, so that a request
 * can be refused whole, before it runs, for any of these reasons.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../pagination/cursor.js';

/** Own cost of each root field (before its children). Full-text and similarity work is the dearest. */
export const ROOT_COSTS: Readonly<Record<string, number>> = {
  search: 50,
  goalsLike: 50,
  compare: 50,
  similarMunicipalities: 20,
  documents: 20,
  goals: 20,
  municipalities: 10,
  organisations: 10,
  stats: 10,
  themes: 5,
  counties: 2,
  municipality: 3,
  document: 3,
  goal: 3,
  theme: 3,
  county: 3,
  organisation: 3,
};
/** a root field not in ROOT_COSTS */
export const DEFAULT_ROOT_COST = 10;
/** a root field costing this much or more makes the operation heavy (full-text, similarity, comparison work) */
export const HEAVY_ROOT_COST = 50;
/** `documents`/`goals` with `filter.text` run a full-text query, like `search` */
export const TEXT_FILTER_COST = 50;
/** a nested field with a resolver (municipality.documents, goal.similar, document.text …) */
export const NESTED_DATABASE_COST = 2;
/** expected length of lists that are not paged; default DEFAULT_LIST_SIZE */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Goal.themes': 3,
  'Document.themes': 5,
  'Theme.children': 5,
  'Comparison.rows': 30,
  'Comparison.gaps': 30,
  'Comparison.shared': 30,
  'Comparison.municipalities': 6,
  'ComparisonRow.cells': 6,
  'Municipality.themeProfile': 30,
};
export const DEFAULT_LIST_SIZE = 10;
/** page sizes of connections whose default is not DEFAULT_PAGE_SIZE (see their resolvers) */
export const DEFAULT_PAGE_SIZES: Readonly<Record<string, number>> = {
  'Query.themes': 100,
  'Query.counties': 21,
};

export interface PageSizeProblem {
  /** response path of the field, e.g. "a1.documents" */
  path: string;
  first: unknown;
}

export interface OperationCost {
  /** total cost: database work plus the objects of the answer */
  cost: number;
  /** the part of `cost` spent on fields that go to the database; 0 means the operation never touches it */
  databaseCost: number;
  /** fields selected at the root (after fragments and @skip/@include), aliases included */
  rootFields: number;
  /** root fields costing HEAVY_ROOT_COST or more: an operation with any is heavy work (src/load/limiter.ts) */
  heavyRootFields: number;
  /** aliased fields anywhere in the operation */
  aliases: number;
  /** `first` arguments outside 0..maxPageSize */
  pageSizeProblems: PageSizeProblem[];
}

export interface CostOptions {
  variables?: Record<string, unknown>;
  operationName?: string | null;
  /** largest `first` a list accepts (MAX_PAGE_SIZE) */
  maxPageSize: number;
}

/** The operation that will run: the named one, or the only one. */
export function selectOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/** Walks the operation once; see the module comment for the rules. Expects a validated document. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, options: CostOptions): OperationCost {
  const variables = options.variables ?? {};
  const operation = selectOperation(document, options.operationName);
  const result: OperationCost = { cost: 0, databaseCost: 0, rootFields: 0, heavyRootFields: 0, aliases: 0, pageSizeProblems: [] };
  if (!operation) return result;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return result;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  const included = (node: FieldNode | { directives?: FieldNode['directives'] }) => {
    if (!node.directives?.length) return true;
    const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
    return include?.if !== false;
  };

  /** every field of a selection set with the type it is selected on, fragments flattened */
  const fieldsOf = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, seen: Set<string>): { node: FieldNode; type: GraphQLCompositeType }[] => {
    const fields: { node: FieldNode; type: GraphQLCompositeType }[] = [];
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) fields.push({ node: selection, type });
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        fields.push(...fieldsOf(selection.selectionSet, isCompositeType(on) ? on : type, seen));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        fields.push(...fieldsOf(fragment.selectionSet, isCompositeType(on) ? on : type, new Set([...seen, fragment.name.value])));
      }
    }
    return fields;
  };

  const fieldDef = (type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === SchemaMetaFieldDef.name && type === root) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name && type === root) return TypeMetaFieldDef;
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    return isObjectType(type) || 'getFields' in type ? (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[name] : undefined;
  };

  /** cost of a selection set on `type`; `pageSize` multiplies `edges`/`nodes` when the set belongs to a connection */
  const walk = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, path: string, pageSize: number | undefined, introspection: boolean, depth: number): { cost: number; database: number } => {
    let cost = 0;
    let database = 0;
    for (const { node, type: parent } of fieldsOf(selectionSet, type, new Set())) {
      const name = node.name.value;
      const responseName = node.alias?.value ?? name;
      if (node.alias) result.aliases++;
      if (depth === 0) result.rootFields++;
      if (name === TypeNameMetaFieldDef.name) continue;
      const def = fieldDef(parent, name);
      if (!def) continue;
      const fieldPath = path ? `${path}.${responseName}` : responseName;
      const isIntrospection = introspection || name === SchemaMetaFieldDef.name || name === TypeMetaFieldDef.name;
      const namedType = getNamedType(def.type);
      const composite = isCompositeType(namedType);
      const list = isListType(getNullableType(def.type));
      const paged = def.args.some((a) => a.name === 'first');
      // arguments matter only for page sizes and root filters (reading them is the dearest part of the walk)
      let args: Record<string, unknown> = {};
      if (paged || (depth === 0 && node.arguments?.length)) {
        try {
          args = getArgumentValues(def, node, variables);
        } catch {
          // invalid arguments or variables: validation or execution will say so; cost them as absent
        }
      }

      if (isIntrospection) {
        cost += 1 + (composite && node.selectionSet ? walk(node.selectionSet, namedType, fieldPath, undefined, true, depth + 1).cost : 0);
        continue;
      }

      // the database is asked once for the field (a list comes back whole), each object of it costs 1
      const ownDatabase = def.resolve ? (depth === 0 ? rootCost(name, args) : NESTED_DATABASE_COST) : 0;
      if (depth === 0 && ownDatabase >= HEAVY_ROOT_COST) result.heavyRootFields++;
      let childPageSize: number | undefined;
      if (paged) {
        childPageSize = pageSizeOf(`${parent.name}.${name}`, args.first, options.maxPageSize, fieldPath, result.pageSizeProblems);
      }
      const children = composite && node.selectionSet ? walk(node.selectionSet, namedType, fieldPath, childPageSize, false, depth + 1) : { cost: 0, database: 0 };
      let multiplier = 1;
      if (list && composite) {
        multiplier = pageSize !== undefined && (name === 'edges' || name === 'nodes') ? pageSize : (LIST_SIZES[`${parent.name}.${name}`] ?? DEFAULT_LIST_SIZE);
      }
      cost += ownDatabase + multiplier * ((composite ? 1 : 0) + children.cost);
      database += ownDatabase + multiplier * children.database;
    }
    return { cost, database };
  };

  const total = operation.selectionSet ? walk(operation.selectionSet, root, '', undefined, false, 0) : { cost: 0, database: 0 };
  result.cost = total.cost;
  result.databaseCost = total.database;
  return result;
}

function rootCost(name: string, args: Record<string, unknown>): number {
  const filter = args.filter as { text?: unknown } | null | undefined;
  if ((name === 'documents' || name === 'goals') && typeof filter?.text === 'string' && filter.text.trim()) return TEXT_FILTER_COST;
  return ROOT_COSTS[name] ?? DEFAULT_ROOT_COST;
}

/** The page size a connection will return (as its resolver decides), noting values the resolver will refuse. */
function pageSizeOf(field: string, first: unknown, maxPageSize: number, path: string, problems: PageSizeProblem[]): number {
  const fallback = Math.min(DEFAULT_PAGE_SIZES[field] ?? DEFAULT_PAGE_SIZE, maxPageSize);
  if (first === undefined || first === null) return fallback;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > maxPageSize) {
    problems.push({ path, first });
    return typeof first === 'number' && Number.isFinite(first) ? Math.max(0, Math.min(first, maxPageSize)) : fallback;
  }
  return first;
}
