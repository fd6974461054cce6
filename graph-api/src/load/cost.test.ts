import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getIntrospectionQuery, Kind, parse, print, validate, visit, type ASTNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config.js';
import { createSchema } from '../schema.js';
import { NESTED_DATABASE_COST, ROOT_COSTS, operationCost } from './cost.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const analyse = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => operationCost(schema, parse(query), { variables, operationName, maxPageSize: 300 });
const cost = (query: string, variables: Record<string, unknown> = {}) => analyse(query, variables).cost;
const flood = (count: number, field: (i: number) => string) => `{ ${Array.from({ length: count }, (_, i) => field(i)).join(' ')} }`;

describe('the cost model', () => {
  it('charges a root field by what it asks of the database: a search far more than a count', () => {
    expect(cost('{ stats { documents goals } }')).toBe(ROOT_COSTS.stats! + 1);
    expect(cost('{ search(query: "x", first: 1) { totalCount } }')).toBe(ROOT_COSTS.search! + 1);
    expect(ROOT_COSTS.search!).toBeGreaterThan(ROOT_COSTS.stats!);
    expect(ROOT_COSTS.goalsLike!).toBeGreaterThan(ROOT_COSTS.stats!);
    expect(ROOT_COSTS.compare!).toBeGreaterThan(ROOT_COSTS.stats!);
    // a text filter turns a list into a full-text query
    expect(cost('{ documents(filter: {text: "upphandling"}) { totalCount } }')).toBeGreaterThan(cost('{ documents { totalCount } }'));
  });

  it('multiplies a connection\'s edges by the page size asked for, or the field\'s default', () => {
    const page = (first: string) => cost(`{ municipalities${first} { totalCount edges { node { code name } } } }`);
    // root 10 + the connection object 1 + per edge: the edge and the node
    expect(page('(first: 10)')).toBe(ROOT_COSTS.municipalities! + 1 + 10 * 2);
    expect(page('')).toBe(ROOT_COSTS.municipalities! + 1 + 20 * 2);
    expect(cost('query ($n: Int) { municipalities(first: $n) { edges { node { code } } } }', { n: 2 })).toBe(ROOT_COSTS.municipalities! + 1 + 2 * 2);
    // themes and counties have larger default pages (see their resolvers)
    expect(cost('{ themes { edges { node { id } } } }')).toBe(ROOT_COSTS.themes! + 1 + 100 * 2);
  });

  it('charges nested database fields once per parent object, and their rows by the page size', () => {
    const nested = cost('{ municipalities(first: 10) { edges { node { documents(first: 5) { edges { node { title } } } } } } }');
    const perMunicipality = 2 + NESTED_DATABASE_COST + 1 + 5 * 2;
    expect(nested).toBe(ROOT_COSTS.municipalities! + 1 + 10 * perMunicipality);
    expect(analyse('{ municipalities(first: 10) { edges { node { documents(first: 5) { edges { node { title } } } } } } }').databaseCost).toBe(
      ROOT_COSTS.municipalities! + 10 * NESTED_DATABASE_COST,
    );
  });

  it('follows fragments and @skip/@include, and charges nothing for __typename', () => {
    const plain = cost('{ municipality(code: "1441") { name documents(first: 3) { edges { node { title } } } } }');
    expect(cost('{ municipality(code: "1441") { ...M } } fragment M on Municipality { name documents(first: 3) { edges { node { title } } } }')).toBe(plain);
    expect(cost('{ municipality(code: "1441") { ... on Municipality { name documents(first: 3) { edges { node { title } } } } } }')).toBe(plain);
    expect(cost('query ($no: Boolean!) { stats { documents } search(query: "x") @include(if: $no) { totalCount } }', { no: false })).toBe(cost('{ stats { documents } }'));
    expect(cost('{ __typename stats { __typename documents } }')).toBe(cost('{ stats { documents } }'));
  });

  it('costs the operation named, and introspection from memory only', () => {
    const two = 'query A { stats { documents } } query B { search(query: "x") { totalCount } }';
    expect(analyse(two, {}, 'A').cost).toBe(cost('{ stats { documents } }'));
    expect(analyse(two, {}, 'B').cost).toBe(cost('{ search(query: "x") { totalCount } }'));
    const introspection = analyse(getIntrospectionQuery());
    expect(introspection.databaseCost).toBe(0);
    expect(introspection.cost).toBeLessThan(defaultConfig().maxComplexity / 10);
  });

  it('tells heavy operations (full-text, similarity, comparison at the root) from light ones', () => {
    expect(analyse('{ search(query: "x") { totalCount } stats { documents } }').heavyRootFields).toBe(1);
    expect(analyse('{ goalsLike(text: "x") { totalCount } compare(codes: ["1", "2"]) { shared { id } } }').heavyRootFields).toBe(2);
    expect(analyse('{ documents(filter: {text: "upphandling"}) { totalCount } }').heavyRootFields).toBe(1);
    expect(analyse('{ stats { documents } municipality(code: "1") { documents { totalCount } } }').heavyRootFields).toBe(0);
  });

  it('counts root fields and aliases, and notes every first out of range', () => {
    const report = analyse('{ a: stats { documents } b: stats { goals } municipality(code: "1") { x: name documents(first: 301) { totalCount } } goals(first: -1) { totalCount } }');
    expect(report.rootFields).toBe(4);
    expect(report.aliases).toBe(3);
    expect(report.pageSizeProblems).toEqual([
      { path: 'municipality.documents', first: 301 },
      { path: 'goals', first: -1 },
    ]);
  });

  it('charges every alias of the reliability report\'s floods, and counts them for the root-field cap', () => {
    const { maxComplexity, maxRootFields } = defaultConfig();
    const searches = analyse(flood(1500, (i) => `a${i}: search(query: "upphandling", first: 1) { totalCount }`));
    expect(searches.cost).toBe(1500 * (ROOT_COSTS.search! + 1));
    expect(searches.rootFields).toBe(1500);
    expect(searches.rootFields).toBeGreaterThan(100 * maxRootFields);
    const stats = analyse(flood(4000, (i) => `s${i}: stats { themes }`));
    expect(stats.cost).toBe(4000 * (ROOT_COSTS.stats! + 1));
    // a page of 300 municipalities with 300 documents each, as before
    expect(cost('{ municipalities(first: 300) { edges { node { documents(first: 300) { edges { node { title } } } } } } }')).toBeGreaterThan(maxComplexity);
  });

  it('lets every operation the explorer sends through with room to spare', () => {
    const { maxComplexity, maxRootFields, maxAliases } = defaultConfig();
    const generated = readFileSync(fileURLToPath(new URL('../../../web/src/gql/gql.ts', import.meta.url)), 'utf8');
    const sources = [...generated.matchAll(/^ {4}"((?:[^"\\]|\\.)*)": typeof types\./gm)].map((m) => parse(JSON.parse(`"${m[1]}"`) as string));
    // codegen keeps fragments as documents of their own; an operation gets the ones it uses (and theirs)
    const fragments = new Map(sources.flatMap((d) => d.definitions).filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    const operations = sources.filter((d) => d.definitions.some((def) => def.kind === Kind.OPERATION_DEFINITION));
    expect(operations.length).toBeGreaterThan(10);
    const withFragments = (document: DocumentNode): DocumentNode => {
      const used = new Map<string, FragmentDefinitionNode>();
      const collect = (node: ASTNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(fragment.name.value)) {
              used.set(fragment.name.value, fragment);
              collect(fragment);
            }
          },
        });
      collect(document);
      const own = new Set(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => (d as FragmentDefinitionNode).name.value));
      return { ...document, definitions: [...document.definitions, ...[...used.values()].filter((f) => !own.has(f.name.value))] };
    };
    for (const source of operations) {
      const document = withFragments(source);
      const operation = print(document);
      expect(validate(schema, document)).toEqual([]);
      const report = operationCost(schema, document, { maxPageSize: 300 });
      const name = /query (\w+)/.exec(operation)?.[1];
      expect({ name, cost: report.cost <= maxComplexity / 3, rootFields: report.rootFields <= maxRootFields, aliases: report.aliases <= maxAliases, pages: report.pageSizeProblems }).toEqual({
        name,
        cost: true,
        rootFields: true,
        aliases: true,
        pages: [],
      });
    }
  });
});
