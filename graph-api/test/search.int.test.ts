/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here; the assertions check their shape */
/**
 * search(): Neo4j's full-text indexes with the Swedish analyzer, highlighting and "why it matched",
 * filters and facets — and every kind of query text a user can type, none of which may cause a server error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@strategigrafen/graph-db';
import { testGraph } from '../../test/neo4j.js';
import { codes, startApi, type RunningApi } from './api.js';
import { analyseSource, writeDocuments } from '@strategigrafen/ingest';
import { buildFixture, fixtureCodes, lookup } from './fixture.js';

let graph: Graph;
let api: RunningApi;
let norrvik: string;

const SEARCH = `query ($query: String!, $filter: SearchFilter, $first: Int) { search(query: $query, filter: $filter, first: $first) {
  totalCount parsedQuery { words phrases prefixes ignored expanded { concept label from terms narrower } themes { id label from concept } }
  edges { node { kind score matchedTerms why { field terms }
    document { id title municipality { code } year kind }
    goal { id text themes { theme { id } } }
    title { text highlights { start end } }
    snippet { text highlights { start end } truncatedStart truncatedEnd } } } } }`;

const search = async (query: string, filter: object = {}, first = 50) => (await api.data(SEARCH, { query, filter, first })).search;
const marked = (h: { text: string; highlights: { start: number; end: number }[] }) => h.highlights.map((r) => h.text.slice(r.start, r.end));

/**
 * One more synthetic document for the concept layer: a goal that says "fiber" and one that says only
 * "bredband" (a synonym of fiber in the thesaurus), in a plan that never says "digitalisering".
 */
const BROADBAND_PLAN = {
  path: 'fixtures/solvik-bredbandsplan.txt',
  title: null,
  relatedTitles: [],
  text: [
    'Bredbandsplan för Solvik',
    '',
    'Syntetiskt dokument – testdata för Strategigrafens sökning. Solvik är en påhittad kommun.',
    '',
    'Mål',
    'Kommunen ska dra fiber till varje by på landsbygden före år 2029.',
    'Varje hushåll i Solvik ska ha tillgång till bredband med hög kapacitet senast år 2030.',
    '',
  ].join('\n'),
};
const EXACT_GOAL = 'Kommunen ska dra fiber till varje by på landsbygden före år 2029.';
const SYNONYM_GOAL = 'Varje hushåll i Solvik ska ha tillgång till bredband med hög kapacitet senast år 2030.';

beforeAll(async () => {
  graph = testGraph();
  await buildFixture(graph);
  await writeDocuments(graph, [analyseSource(BROADBAND_PLAN)]);
  ({ norrvik } = await fixtureCodes(graph));
  api = await startApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('search', () => {
  it('finds documents and goals by Swedish stem, ranked, with highlighted snippets and why they matched', async () => {
    // ALL mode: every hit has the word itself (in ANY mode synonyms and themes find more, see below)
    const result = await search('upphandlingar', { mode: 'ALL' }, 300);
    expect(result.totalCount).toBeGreaterThan(5);
    const kinds = new Set(result.edges.map((e: any) => e.node.kind));
    expect(kinds).toEqual(new Set(['DOCUMENT', 'GOAL']));
    const scores = result.edges.map((e: any) => e.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const synonyms = new Set(result.parsedQuery.expanded.flatMap((e: any) => [...e.terms, ...e.narrower]).map((t: string) => t.toLowerCase()));
    for (const { node } of result.edges) {
      // "upphandlingar" finds "upphandlingen", "upphandling"… through the stemmer
      const words = [...marked(node.snippet), ...marked(node.title)];
      expect(words.length, `highlight in ${node.document.title}`).toBeGreaterThan(0);
      // (a label of several words may join the word into one range: "offentlig upphandling")
      expect(words.some((w: string) => /(^|\s)upphandling/i.test(w)), words.join(", ")).toBe(true);
      // anything else highlighted is a label of the concept the query named
      const other = node.why.filter((w: any) => w.field === 'concept').flatMap((w: any) => w.terms);
      for (const term of other) expect(synonyms.has(term.toLowerCase()), term).toBe(true);
      expect(node.matchedTerms).toEqual(['upphandlingar']);
      expect(node.why.length).toBeGreaterThan(0);
      if (node.kind === 'GOAL') {
        expect(node.snippet.text).toBe(node.goal.text);
        expect(node.why.map((w: any) => w.field)).toContain('goal');
      } else {
        expect(node.goal).toBeNull();
        expect(node.snippet.text.length).toBeLessThanOrEqual(300);
      }
    }
  });

  it('matches any word by default, ranking hits with all of them first, and every word in ALL mode', async () => {
    const all = await search('gästnätter kollektivtrafiken', { mode: 'ALL' });
    const any = await search('gästnätter kollektivtrafiken');
    expect((await search('gästnätter kollektivtrafiken', { mode: 'ANY' })).totalCount).toBe(any.totalCount);
    expect(all.totalCount).toBeGreaterThan(0);
    expect(any.totalCount).toBeGreaterThan(all.totalCount);
    for (const { node } of all.edges) expect(node.matchedTerms.sort()).toEqual(['gästnätter', 'kollektivtrafiken']);
    expect(any.edges.some((e: any) => e.node.matchedTerms.length === 1)).toBe(true);
    // a hit with both words comes first in the default ranking too
    expect(any.edges[0].node.matchedTerms.sort()).toEqual(['gästnätter', 'kollektivtrafiken']);
  });

  it('no longer returns nothing for two words when only one of them is in the texts', async () => {
    const one = await search('gästnätter zebrafinkar');
    expect(one.totalCount).toBeGreaterThan(0);
    expect(one.edges.map((e: any) => e.node.goal?.text)).toContain('Kommunen ska öka antalet gästnätter med 20 procent till år 2028.');
    expect((await search('gästnätter zebrafinkar', { mode: 'ALL' })).totalCount).toBe(0);
  });

  it('matches an "exact phrase" only where its words stand together', async () => {
    const phrase = await search('"lokala företag"');
    expect(phrase.parsedQuery.phrases).toEqual(['lokala företag']);
    expect(phrase.totalCount).toBeGreaterThan(0);
    for (const { node } of phrase.edges) {
      const text = node.goal?.text ?? null;
      if (text) expect(text.toLowerCase()).toMatch(/lokala företag/);
      expect(marked(node.snippet).some((m: string) => /^lokala företag/i.test(m))).toBe(true);
    }
    const loose = await search('lokala företag');
    expect(loose.totalCount).toBeGreaterThanOrEqual(phrase.totalCount);
  });

  it('supports prefix* search', async () => {
    const result = await search('gästnät*');
    expect(result.parsedQuery.prefixes).toEqual(['gästnät']);
    expect(result.edges.map((e: any) => e.node.goal?.text)).toContain('Kommunen ska öka antalet gästnätter med 20 procent till år 2028.');
  });

  it('filters by kind, municipality, county, theme, document kind and year, and facets the hits', async () => {
    const goals = await search('upphandling', { kinds: ['GOAL'], municipality: norrvik });
    expect(goals.totalCount).toBeGreaterThan(0);
    expect(goals.edges.every((e: any) => e.node.kind === 'GOAL' && e.node.document.municipality.code === norrvik)).toBe(true);

    const themed = await search('företag', { kinds: ['GOAL'], theme: 'procurement' });
    expect(themed.edges.every((e: any) => e.node.goal.themes.some((t: any) => t.theme.id === 'procurement'))).toBe(true);

    const inCounty = await search('näringsliv', { county: '14' });
    expect(inCounty.totalCount).toBeGreaterThan(0);
    expect(inCounty.edges.every((e: any) => e.node.document.municipality?.code === '1441')).toBe(true);

    const years = await search('upphandling', { yearFrom: 2015, yearTo: 2020, documentKind: 'policy' });
    expect(years.edges.every((e: any) => e.node.document.year >= 2015 && e.node.document.year <= 2020 && e.node.document.kind === 'policy')).toBe(true);

    const { search: faceted } = await api.data(`{ search(query: "upphandling") { totalCount facets {
      kinds { value count } municipalities { value label count } counties { value count } themes { value label count } documentKinds { value count } years { value count } } } }`);
    const facets = faceted.facets;
    expect(facets.kinds.reduce((sum: number, f: any) => sum + f.count, 0)).toBe(faceted.totalCount);
    expect(facets.municipalities.find((f: any) => f.value === norrvik)).toMatchObject({ label: 'Norrvik' });
    expect(facets.themes.find((f: any) => f.value === 'procurement')).toMatchObject({ label: 'Offentlig upphandling' });
    const counts = facets.municipalities.map((f: any) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // a facet value, used as a filter, gives as many hits as the facet said
    const top = facets.municipalities[0];
    expect((await search('upphandling', { municipality: top.value })).totalCount).toBe(top.count);
  });

  it('returns markup in documents as plain text with ranges, never as HTML', async () => {
    const result = await search('tillgängliga script');
    const hit = result.edges.find((e: any) => e.node.goal?.text.includes('<script>'));
    expect(hit).toBeDefined();
    expect(hit.node.snippet.text).toContain("<script>alert('xss')</script>");
    expect(marked(hit.node.snippet)).toEqual(expect.arrayContaining(['tillgängliga', 'script']));
    expect(JSON.stringify(hit.node.snippet)).not.toMatch(/<mark|<em|<b>/);
  });

  it('explains title matches separately from text matches', async () => {
    const result = await search('besöksnäringsstrategi', { kinds: ['DOCUMENT'] });
    const hit = result.edges.find((e: any) => e.node.document.title === 'Besöksnäringsstrategi för Solvik');
    expect(hit.node.why).toContainEqual({ field: 'title', terms: ['besöksnäringsstrategi'] });
    expect(marked(hit.node.title)).toEqual(['Besöksnäringsstrategi']);
  });

  it('counts hits as the indexes do', async () => {
    // in ALL mode the hits are exactly the index's; synonyms and themes only rank
    const result = await search('leverantörsdialog', { mode: 'ALL' }, 50);
    const documents = await lookup<number>(graph, "CALL db.index.fulltext.queryNodes('document_text', '+leverantörsdialog') YIELD node RETURN count(node) AS value");
    const goals = await lookup<number>(graph, "CALL db.index.fulltext.queryNodes('goal_text', '+leverantörsdialog') YIELD node RETURN count(node) AS value");
    expect(result.totalCount).toBe(documents + goals);
  });
});

describe('search through the concept layer and the themes', () => {
  it('finds a goal worded with a synonym, below the goal with the word itself, and says which concept expanded the query', async () => {
    const result = await search('fiber', {}, 50);
    expect(result.parsedQuery.words).toEqual(['fiber']);
    const expansion = result.parsedQuery.expanded.find((e: any) => e.concept === 'broadband');
    expect(expansion).toMatchObject({ label: 'bredband', from: 'fiber' });
    expect(expansion.terms).toEqual(expect.arrayContaining(['bredband', 'fibernät']));
    expect(result.parsedQuery.themes).toContainEqual({ id: 'digital-broadband', label: 'Digitalisering och bredband', from: 'fiber', concept: 'broadband' });

    const goals = result.edges.filter((e: any) => e.node.kind === 'GOAL').map((e: any) => e.node);
    const exact = goals.findIndex((n: any) => n.goal.text === EXACT_GOAL);
    const synonym = goals.findIndex((n: any) => n.goal.text === SYNONYM_GOAL);
    expect(exact).toBeGreaterThanOrEqual(0);
    expect(synonym).toBeGreaterThan(exact);
    const hit = goals[synonym];
    expect(hit.matchedTerms).toEqual([]);
    expect(hit.why).toContainEqual({ field: 'concept', terms: ['bredband'] });
    expect(marked(hit.snippet)).toEqual(['bredband']);
    expect(goals[exact].matchedTerms).toEqual(['fiber']);
    expect(goals[exact].score).toBeGreaterThan(hit.score);
  });

  it('reads base forms: "fibern" expands like "fiber"', async () => {
    const result = await search('fibern');
    expect(result.parsedQuery.expanded.map((e: any) => [e.concept, e.from])).toContainEqual(['broadband', 'fibern']);
    expect(result.edges.map((e: any) => e.node.goal?.text)).toContain(SYNONYM_GOAL);
  });

  it('finds a document by the theme the query names even when its text has none of the words, in ANY mode only', async () => {
    const result = await search('digitalisering', { kinds: ['DOCUMENT'] }, 50);
    expect(result.parsedQuery.themes.map((t: any) => t.id)).toContain('digital-broadband');
    const plan = result.edges.find((e: any) => e.node.document.title === 'Bredbandsplan för Solvik');
    expect(plan).toBeDefined();
    expect(plan.node.why).toContainEqual({ field: 'theme', terms: ['Digitalisering och bredband'] });
    expect(plan.node.matchedTerms).toEqual([]);
    const all = await search('digitalisering', { kinds: ['DOCUMENT'], mode: 'ALL' }, 50);
    expect(all.edges.some((e: any) => e.node.document.title === 'Bredbandsplan för Solvik')).toBe(false);
    // facets count what the search finds
    const { search: faceted } = await api.data('{ search(query: "digitalisering") { totalCount facets { kinds { value count } } } }');
    expect(faceted.facets.kinds.reduce((sum: number, f: any) => sum + f.count, 0)).toBe(faceted.totalCount);
  });

  it('ranks documents addressing the theme of the query above those that only mention its words', async () => {
    const result = await search('bredband', { kinds: ['DOCUMENT'] }, 10);
    expect(result.edges[0].node.document.title).toBe('Bredbandsplan för Solvik');
    expect(result.edges[0].node.why).toContainEqual({ field: 'theme', terms: ['Digitalisering och bredband'] });
  });
});

describe('search input that Lucene would choke on', () => {
  // each of these must give results or an empty list, never an error
  const tolerated = [
    'upphandling AND företag',
    'upphandling OR turism',
    'NOT turism',
    'title:upphandling',
    'text:"lokala företag"',
    '(upphandling)',
    '[2010 TO 2020]',
    '{upphandling}',
    'upphandling~',
    'upphandling~0.8',
    'upphandling^4',
    '"lokala företag"~3',
    '+upphandling -turism',
    'upphandling && företag || turism',
    '!upphandling',
    'upp?handling',
    'upphandl* *',
    'upphandling\\',
    'a/b upphandling',
    '"unbalanced quote upphandling',
    'upphandling"',
    ' "lokala företag" "" ',
    'CSR:',
    ':upphandling',
    'företag; DROP TABLE',
    "företag' OR '1'='1",
    'MATCH (n) DETACH DELETE n',
    '}) RETURN 1 //',
    'näringsliv\u0000',
    'Lerum 2016/281',
    'e-tjänster',
    'ÅÄÖ åäö',
    '🙂 upphandling',
    'ＵＰＰＨＡＮＤＬＩＮＧ',
  ];

  it.each(tolerated)('answers %j without an error', async (query) => {
    const response = await api.gql(SEARCH, { query, first: 5 });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.data!.search.totalCount).toBeGreaterThanOrEqual(0);
    expect(response.data!.search.parsedQuery.words.length + response.data!.search.parsedQuery.phrases.length + response.data!.search.parsedQuery.prefixes.length).toBeGreaterThan(0);
  });

  it('treats operators as ignored words, so "upphandling AND företag" means the two words', async () => {
    const withOperator = await search('upphandling AND företag');
    const plain = await search('upphandling företag');
    expect(withOperator.parsedQuery.ignored).toContain('AND');
    expect(withOperator.totalCount).toBe(plain.totalCount);
  });

  const rejected: [string, RegExp][] = [
    ['', /at least one word/],
    ['   ', /at least one word/],
    ['*', /at least one word/],
    ['~', /at least one word/],
    ['"', /at least one word/],
    ['"""', /at least one word/],
    ['AND OR NOT', /at least one word/],
    ['()[]{}:^', /at least one word/],
    ['och att det', /at least one word/],
    ['up*', /at least 3 letters/],
    ['x'.repeat(501), /too long/],
    [Array.from({ length: 21 }, (_, i) => `ord${i}`).join(' '), /at most 20/],
  ];

  it.each(rejected)('rejects %j with BAD_USER_INPUT and a clear message', async (query, message) => {
    const response = await api.gql(SEARCH, { query });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(message);
    expect(response.errors![0]!.extensions!.argument).toBe('query');
    expect(response.raw).not.toMatch(/Lucene|ParseException|queryNodes|stack/i);
  });

  it('applies the same rules to the text filters of documents and goals', async () => {
    expect(codes(await api.gql('{ documents(filter: {text: "*"}) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql('{ goals(filter: {text: "~"}) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    const response = await api.gql('{ goals(filter: {text: "title:(upphandling~"}) { totalCount } }');
    expect(response.errors).toBeUndefined();
  });

  it('rejects an empty kinds filter and a bad year range', async () => {
    expect(codes(await api.gql(SEARCH, { query: 'upphandling', filter: { kinds: [] } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql(SEARCH, { query: 'upphandling', filter: { yearFrom: 2020, yearTo: 2000 } }))).toEqual(['BAD_USER_INPUT']);
  });
});
