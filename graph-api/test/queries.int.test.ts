/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here; the assertions check their shape */
/**
 * Every query of the API against the real Neo4j, on the fixture graph built by the ingest pipeline:
 * results checked against the graph itself (Cypher in the test) and against facts of the fixture texts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@strategigrafen/graph-db';
import { COUNTIES, THEMES } from '@strategigrafen/schema';
import { testGraph } from '../../test/neo4j.js';
import { codes, startApi, walk, type ConnectionPage, type RunningApi } from './api.js';
import { buildFixture, fixtureCodes, goalId, LERUM, lookup, plantSimilarity, removeSimilarity, SHARED_PASSAGE } from './fixture.js';

let graph: Graph;
let api: RunningApi;
let norrvik: string;
let asbacka: string;
let lerumDocument: string;

const count = (cypher: string, params: Record<string, unknown> = {}) => lookup<number>(graph, cypher, params);

beforeAll(async () => {
  graph = testGraph();
  await buildFixture(graph);
  ({ norrvik, asbacka } = await fixtureCodes(graph));
  lerumDocument = await lookup<string>(graph, "MATCH (:Municipality {code: '1441'})-[:PUBLISHED]->(d:Document) WHERE d.hasText RETURN d.id AS value");
  api = await startApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('stats', () => {
  it('counts what the graph holds and reports the last ingest run', async () => {
    const { stats } = await api.data(`{ stats { counties municipalities municipalitiesWithDocuments organisations documents documentsWithText goals measurableGoals themes similarGoalLinks reuseLinks
      lastIngestRun { id startedAt finishedAt files ok failed failures } } }`);
    expect(stats).toMatchObject({
      counties: 21,
      municipalities: await count('MATCH (m:Municipality) RETURN count(m) AS value'),
      documents: await count('MATCH (d:Document) RETURN count(d) AS value'),
      documentsWithText: await count('MATCH (d:Document {hasText: true}) RETURN count(d) AS value'),
      goals: await count('MATCH (g:Goal) RETURN count(g) AS value'),
      measurableGoals: await count('MATCH (g:Goal {measurable: true}) RETURN count(g) AS value'),
      themes: THEMES.length,
      organisations: await count('MATCH (o:Organisation) RETURN count(o) AS value'),
    });
    expect(stats.municipalities).toBeGreaterThanOrEqual(290);
    expect(stats.goals).toBeGreaterThan(100);
    expect(stats.lastIngestRun).toMatchObject({ files: 5, ok: 5, failed: 0, failures: [] });
    expect(Date.parse(stats.lastIngestRun.finishedAt)).toBeGreaterThanOrEqual(Date.parse(stats.lastIngestRun.startedAt));
  });
});

describe('counties', () => {
  it('lists all 21 by code, with their regions and municipalities', async () => {
    const { counties } = await api.data('{ counties { totalCount edges { node { code name region municipalityCount } } } }');
    expect(counties.totalCount).toBe(21);
    expect(counties.edges.map((e: any) => e.node.code)).toEqual(COUNTIES.map((c) => c.code));
    expect(counties.edges.map((e: any) => e.node.region)).toEqual(COUNTIES.map((c) => c.region));
    expect(counties.edges.reduce((sum: number, e: any) => sum + e.node.municipalityCount, 0)).toBe(290);
  });

  it('finds one county, its municipalities alphabetically, paged', async () => {
    const { county } = await api.data('{ county(code: "14") { name region municipalityCount documentCount municipalities(first: 100) { totalCount edges { node { code name } } } } }');
    expect(county).toMatchObject({ name: 'Västra Götalands län', region: 'Västra Götalandsregionen', municipalityCount: 49 });
    const names = county.municipalities.edges.map((e: any) => e.node.name);
    expect(names).toContain('Lerum');
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'sv')));
    expect(county.documentCount).toBe(await count("MATCH (:County {code: '14'})<-[:IN_COUNTY]-(:Municipality)-[:PUBLISHED]->(d:Document) RETURN count(d) AS value"));
  });

  it('says NOT_FOUND for an unknown county and BAD_USER_INPUT for a malformed code', async () => {
    expect(codes(await api.gql('{ county(code: "99") { name } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql('{ county(code: "1 4") { name } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('municipalities', () => {
  it('lists all municipalities alphabetically by default', async () => {
    const { municipalities } = await api.data('{ municipalities(first: 5) { totalCount edges { node { code name } } } }');
    expect(municipalities.totalCount).toBe(await count('MATCH (m:Municipality) RETURN count(m) AS value'));
    const names = municipalities.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort());
  });

  it('filters by county, name and theme', async () => {
    const byCounty = await api.data('{ municipalities(filter: {county: "14"}, first: 100) { totalCount edges { node { county { code } } } } }');
    expect(byCounty.municipalities.totalCount).toBe(49);
    expect(byCounty.municipalities.edges.every((e: any) => e.node.county.code === '14')).toBe(true);

    // part of the name, any case: "LERU" is in Lerum and in Mellerud
    const byText = await api.data('{ municipalities(filter: {text: "LERU"}) { edges { node { code name } } } }');
    expect(byText.municipalities.edges.map((e: any) => e.node)).toEqual([
      { code: LERUM.code, name: LERUM.name },
      { code: '1461', name: 'Mellerud' },
    ]);

    const byTheme = await api.data('{ municipalities(filter: {theme: "procurement"}, first: 300) { totalCount edges { node { code } } } }');
    const expected = await count(
      'MATCH (m:Municipality) WHERE EXISTS { (m)-[:PUBLISHED]->(:Document)-[:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(:Theme {id: "procurement"}) } RETURN count(m) AS value',
    );
    expect(byTheme.municipalities.totalCount).toBe(expected);
    expect(byTheme.municipalities.edges.map((e: any) => e.node.code)).toEqual(expect.arrayContaining([norrvik, asbacka]));
  });

  it('filters by having documents and orders by document count', async () => {
    const { municipalities } = await api.data('{ municipalities(filter: {hasDocuments: true}, orderBy: DOCUMENTS, first: 300) { totalCount edges { node { documentCount documents(first: 0) { totalCount } } } } }');
    const counts = municipalities.edges.map((e: any) => e.node.documentCount);
    expect(counts.every((n: number) => n > 0)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(municipalities.edges.every((e: any) => e.node.documentCount === e.node.documents.totalCount)).toBe(true);
    const without = await api.data('{ municipalities(filter: {hasDocuments: false}) { totalCount } }');
    expect(without.municipalities.totalCount + municipalities.totalCount).toBe(await count('MATCH (m:Municipality) RETURN count(m) AS value'));
  });

  it('finds one municipality by code or by name, with its county, documents, goals and theme profile', async () => {
    const query = `query ($code: String, $name: String) { municipality(code: $code, name: $name) {
      code name lat lon county { code name } documentCount goalCount
      documents { totalCount edges { node { title } } }
      goals(first: 3) { totalCount edges { node { text municipality { code } } } }
      themeProfile { theme { id } weight share documentCount goalCount } } }`;
    const { municipality } = await api.data(query, { code: '1441' });
    expect(municipality).toMatchObject({ code: '1441', name: 'Lerum', county: { code: '14', name: 'Västra Götalands län' } });
    expect(municipality.lat).toBeGreaterThan(57);
    expect(municipality.lat).toBeLessThan(58.5);
    expect(municipality.lon).toBeGreaterThan(11.5);
    expect(municipality.lon).toBeLessThan(13);
    expect(municipality.documents.edges.map((e: any) => e.node.title)).toContain('Förklaringsdokument till näringslivsstrategi för Lerums kommun');
    expect(municipality.goals.totalCount).toBe(municipality.goalCount);
    expect(municipality.goalCount).toBe(await count("MATCH (:Municipality {code: '1441'})-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(g) RETURN count(g) AS value"));
    expect(municipality.goals.edges.every((e: any) => e.node.municipality.code === '1441')).toBe(true);
    const profile = municipality.themeProfile;
    expect(profile.length).toBeGreaterThan(3);
    expect(profile[0].share).toBe(1);
    expect(profile.map((p: any) => p.weight)).toEqual([...profile.map((p: any) => p.weight)].sort((a, b) => b - a));
    expect(profile.map((p: any) => p.theme.id)).toContain('business-climate');

    const byName = await api.data(query, { name: 'lerum' });
    expect(byName.municipality.code).toBe('1441');
  });

  it('filters a municipality\'s documents and goals', async () => {
    const { municipality } = await api.data(`{ municipality(code: "${norrvik}") {
      tourism: goals(filter: {theme: "tourism"}) { edges { node { themes { theme { id parent { id } } } } } }
      measurable: goals(filter: {measurable: true}) { totalCount edges { node { measurable target { text } } } }
      strategies: documents(filter: {kind: "strategi"}) { edges { node { kind } } }
      policies: documents(filter: {kind: "policy"}) { edges { node { kind } } } } }`);
    expect(municipality.tourism.edges.length).toBeGreaterThan(0);
    for (const edge of municipality.tourism.edges) expect(edge.node.themes.map((t: any) => t.theme.id)).toContain('tourism');
    expect(municipality.measurable.totalCount).toBeGreaterThan(0);
    expect(municipality.measurable.edges.every((e: any) => e.node.measurable && e.node.target?.text)).toBe(true);
    expect(municipality.strategies.edges.map((e: any) => e.node.kind)).toEqual(['strategi']);
    expect(municipality.policies.edges.map((e: any) => e.node.kind)).toEqual(['policy']);
  });

  it('answers NOT_FOUND and BAD_USER_INPUT for the wrong lookups', async () => {
    expect(codes(await api.gql('{ municipality(code: "9999") { name } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql('{ municipality(name: "Atlantis") { name } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql('{ municipality { name } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql('{ municipality(code: "1441", name: "Lerum") { name } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql('{ municipality(code: "14\'41") { name } }'))).toEqual(['BAD_USER_INPUT']);
    const notFound = await api.gql('{ municipality(code: "9999") { name } }');
    expect(notFound.data).toEqual({ municipality: null });
    expect(notFound.errors![0]!.message).toBe('No municipality with code 9999.');
  });
});

describe('organisations', () => {
  it('lists organisations by kind and finds one with its county and documents', async () => {
    const { organisations } = await api.data('{ organisations(filter: {kind: "region"}) { totalCount edges { node { kind } } } }');
    expect(organisations.totalCount).toBe(await count("MATCH (o:Organisation {kind: 'region'}) RETURN count(o) AS value"));
    expect(organisations.edges.every((e: any) => e.node.kind === 'region')).toBe(true);

    const { organisation } = await api.data('{ organisation(id: "region-gavleborg") { name kind county { code } municipality { code } documents { totalCount edges { node { organisation { id } } } } } }');
    expect(organisation).toMatchObject({ name: 'Region Gävleborg', kind: 'region', county: { code: '21' }, municipality: null });
    expect(organisation.documents.totalCount).toBeGreaterThan(0);
    expect(organisation.documents.edges[0].node.organisation.id).toBe('region-gavleborg');
  });

  it('lists the organisations of a municipality, and counts their documents as the municipality\'s', async () => {
    const { municipality } = await api.data('{ municipality(code: "0180") { documentCount organisations { edges { node { id municipality { code } } } } documents(first: 50) { edges { node { organisation { id } municipality { code } } } } } }');
    const ids = municipality.organisations.edges.map((e: any) => e.node.id);
    expect(ids).toContain('stockholm-business-region');
    const viaOrganisation = municipality.documents.edges.filter((e: any) => e.node.organisation);
    expect(viaOrganisation.length).toBeGreaterThan(0);
    expect(viaOrganisation.every((e: any) => ids.includes(e.node.organisation.id))).toBe(true);
  });

  it('rejects an unknown kind and says NOT_FOUND for an unknown id', async () => {
    expect(codes(await api.gql('{ organisations(filter: {kind: "kommun"}) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql('{ organisation(id: "no-such-body") { name } }'))).toEqual(['NOT_FOUND']);
  });
});

describe('documents', () => {
  it('returns a document with its metadata, text, sections, goals in order, themes and related documents', async () => {
    const { document } = await api.data(`query ($id: String!) { document(id: $id) {
      id title kind year adoptedBy adoptedOn dnr path hasText synthetic text
      sections { heading text start end }
      municipality { code } organisation { id } goalCount
      goals(first: 100) { totalCount edges { node { position start end text document { id } } } }
      themes { theme { id labelSv } weight terms }
      related(first: 200) { totalCount edges { node { id title hasText } } } } }`, { id: lerumDocument });
    expect(document).toMatchObject({ id: lerumDocument, kind: 'förklaringsdokument', hasText: true, synthetic: false, path: 'seed/lerum-naringslivsstrategi-forklaring.txt', municipality: { code: '1441' }, organisation: null });
    expect(document.text).toContain('Svenskt Näringslivs');
    // sections come from the ingest's outline: Lerum's transcript is organised under these headings
    expect(document.sections.map((s: any) => s.heading)).toEqual(expect.arrayContaining(['Inflytande', 'Kreativitet', 'Hållbarhet']));
    for (const section of document.sections) expect(section.text).toBe(document.text.slice(section.start, section.end));
    const positions = document.goals.edges.map((e: any) => e.node.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(document.goals.totalCount).toBe(document.goalCount);
    expect(document.goals.totalCount).toBe(await count('MATCH (:Document {id: $id})-[:HAS_GOAL]->(g) RETURN count(g) AS value', { id: lerumDocument }));
    for (const { node } of document.goals.edges) {
      expect(node.document.id).toBe(lerumDocument);
      expect(node.end).toBeGreaterThan(node.start);
    }
    expect(document.themes.map((t: any) => t.weight)).toEqual([...document.themes.map((t: any) => t.weight)].sort((a, b) => b - a));
    expect(document.themes[0].terms.length).toBeGreaterThan(0);
    // the seed page lists ~100 related titles; each is a title-only document
    expect(document.related.totalCount).toBe(await count('MATCH (:Document {id: $id})-[:RELATED_TO]-(d) RETURN count(DISTINCT d) AS value', { id: lerumDocument }));
    expect(document.related.totalCount).toBeGreaterThan(80);
    expect(document.related.edges.some((e: any) => e.node.title === 'Näringslivspolicy för Lidingö stad' && e.node.hasText === false)).toBe(true);
  });

  it('reads RELATED_TO both ways: a listed title leads back to the seed document', async () => {
    const { documents } = await api.data('{ documents(filter: {municipality: "0186"}) { edges { node { title hasText related { edges { node { id } } } } } } }');
    const lidingo = documents.edges.find((e: any) => e.node.title === 'Näringslivspolicy för Lidingö stad');
    expect(lidingo.node.hasText).toBe(false);
    expect(lidingo.node.related.edges.map((e: any) => e.node.id)).toContain(lerumDocument);
  });

  it('filters by municipality, county, kind, theme, years and text', async () => {
    const q = `query ($filter: DocumentFilter, $orderBy: DocumentOrder) { documents(filter: $filter, orderBy: $orderBy, first: 300) {
      totalCount edges { node { id kind year hasText municipality { code county { code } } organisation { county { code } } themes { theme { id parent { id } } } } } } }`;
    const nodes = async (filter: object, orderBy = 'TITLE') => (await api.data(q, { filter, orderBy })).documents.edges.map((e: any) => e.node);

    const inCounty = await nodes({ county: '14' });
    expect(inCounty.length).toBeGreaterThan(3);
    expect(inCounty.every((d: any) => (d.municipality?.county?.code ?? d.organisation?.county?.code) === '14')).toBe(true);

    const policies = await nodes({ kind: 'policy' });
    expect(policies.length).toBe(await count("MATCH (d:Document {kind: 'policy'}) RETURN count(d) AS value"));

    const years = await nodes({ yearFrom: 2015, yearTo: 2020 }, 'YEAR_DESC');
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((d: any) => d.year >= 2015 && d.year <= 2020)).toBe(true);
    expect(years.map((d: any) => d.year)).toEqual([...years.map((d: any) => d.year)].sort((a, b) => b - a));

    const titleOnly = await nodes({ hasText: false });
    expect(titleOnly.every((d: any) => !d.hasText)).toBe(true);
    expect(titleOnly.length).toBe(await count('MATCH (d:Document) WHERE NOT d.hasText RETURN count(d) AS value'));

    // a parent theme includes its subthemes: procurement is under business-climate
    const business = await nodes({ theme: 'business-climate' });
    const procurement = await nodes({ theme: 'procurement' });
    expect(procurement.length).toBeGreaterThan(0);
    const businessIds = new Set(business.map((d: any) => d.id));
    expect(procurement.every((d: any) => businessIds.has(d.id))).toBe(true);
    expect(procurement.every((d: any) => d.themes.some((t: any) => t.theme.id === 'procurement'))).toBe(true);

    const text = await nodes({ text: 'leverantörsdialog', municipality: norrvik });
    expect(text.length).toBe(1);
    expect(text[0].municipality.code).toBe(norrvik);
  });

  it('orders by most recently ingested', async () => {
    const { documents } = await api.data('{ documents(orderBy: RECENT, first: 300) { edges { node { synthetic } } } }');
    // the synthetic corpus slice was written after the ingest run; documents without a run come last
    expect(documents.edges[0].node.synthetic).toBe(true);
  });

  it('rejects unknown kinds and reversed year ranges, and says NOT_FOUND for unknown ids', async () => {
    expect(codes(await api.gql('{ documents(filter: {kind: "roman"}) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql('{ documents(filter: {yearFrom: 2020, yearTo: 2010}) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql('{ document(id: "nope") { title } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql('{ municipality(code: "1441") { documents(filter: {text: "x"}) { totalCount } } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows passages reused between two documents side by side, from both ends (found by the ingest linker)', async () => {
    const ids = await graph.read<{ id: string; name: string }>(
      "MATCH (m:Municipality)-[:PUBLISHED]->(d:Document) WHERE m.name IN ['Norrvik', 'Åsbacka'] AND d.text CONTAINS $passage RETURN d.id AS id, m.name AS name ORDER BY m.name DESC",
      { passage: SHARED_PASSAGE },
    );
    const [norrvikDoc, asbackaDoc] = [ids.find((r) => r.name === 'Norrvik')!.id, ids.find((r) => r.name === 'Åsbacka')!.id];
    const q = `query ($id: String!) { document(id: $id) { reusedPassages { totalCount edges { node { overlap document { id } passages { start end text otherStart otherEnd otherText } } } } } }`;
    for (const [me, other] of [
      [norrvikDoc, asbackaDoc],
      [asbackaDoc, norrvikDoc],
    ]) {
      const { document } = await api.data(q, { id: me });
      const reuse = document.reusedPassages.edges.find((e: any) => e.node.document.id === other)?.node;
      expect(reuse).toBeDefined();
      expect(reuse.overlap).toBeGreaterThan(0);
      const passage = reuse.passages.find((p: any) => p.text.includes(SHARED_PASSAGE));
      expect(passage.text).toBe(passage.otherText);
      expect(passage.text).toMatch(/dela upp kontrakt i mindre delar/);
      const texts = await graph.read<{ mine: string; theirs: string }>('MATCH (a:Document {id: $me}), (b:Document {id: $other}) RETURN a.text AS mine, b.text AS theirs', { me, other });
      expect(texts[0]!.mine.slice(passage.start, passage.end)).toBe(passage.text);
      expect(texts[0]!.theirs.slice(passage.otherStart, passage.otherEnd)).toBe(passage.otherText);
    }
  });
});

describe('goals', () => {
  it('filters goals by municipality, theme, level, measurability and text', async () => {
    const q = `query ($filter: GoalFilter) { goals(filter: $filter, first: 300) { totalCount edges { node { id text level measurable target { text kind value deadline } deadline actor
      municipality { code } document { kind } themes { theme { id parent { id } } } } } } }`;
    const nodes = async (filter: object) => (await api.data(q, { filter })).goals.edges.map((e: any) => e.node);

    const procurement = await nodes({ municipality: norrvik, theme: 'procurement' });
    expect(procurement.map((g: any) => g.text)).toContain(
      'Den kommunala upphandlingen ska förbättra möjligheterna för små och lokala företag att bli leverantörer till kommunen.',
    );
    expect(procurement.every((g: any) => g.municipality.code === norrvik)).toBe(true);

    const measurable = await nodes({ measurable: true, municipality: norrvik });
    const ranking = measurable.find((g: any) => g.text.includes('topp 10'));
    expect(ranking.target.text).toMatch(/topp 10/);
    expect(ranking.deadline).toBe(2027);

    for (const level of ['mål', 'aktivitet']) {
      const { goals } = await api.data(q, { filter: { level } });
      expect(goals.edges.every((e: any) => e.node.level === level)).toBe(true);
      expect(goals.totalCount).toBe(await count('MATCH (g:Goal {level: $level}) RETURN count(g) AS value', { level }));
    }

    // the text filter goes through the Swedish full-text index: every goal that says "gästnätter", and only those
    const text = await nodes({ text: 'gästnätter' });
    expect(text.length).toBe(await count("MATCH (g:Goal) WHERE toLower(g.text) CONTAINS 'gästnätter' RETURN count(g) AS value"));
    expect(text.every((g: any) => /gästnätter/i.test(g.text))).toBe(true);
    expect(text.some((g: any) => /gästnätter med 20 procent/.test(g.text))).toBe(true);

    const { goals: documentKind } = await api.data(q, { filter: { documentKind: 'förklaringsdokument' } });
    expect(documentKind.totalCount).toBe(await count("MATCH (d:Document {kind: 'förklaringsdokument'})-[:HAS_GOAL]->(g) RETURN count(g) AS value"));
  });

  it('finds one goal with its document, municipality and themes', async () => {
    const id = await goalId(graph, 'Åsbacka', 'Upphandlingsenheten ska underlätta');
    const { goal } = await api.data(`{ goal(id: "${id}") { id text actor level position document { title municipality { name } } municipality { code name } themes { theme { id } weight terms } } }`);
    expect(goal).toMatchObject({ id, municipality: { code: asbacka, name: 'Åsbacka' }, document: { title: 'Näringslivsprogram för Åsbacka kommun', municipality: { name: 'Åsbacka' } } });
    expect(goal.themes.map((t: any) => t.theme.id)).toContain('procurement');
    expect(codes(await api.gql('{ goal(id: "missing") { text } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql('{ goals(filter: {level: "önskan"}) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });

  describe('similar goals (links computed by the ingest linker)', () => {
    let norrvikGoal: string;
    let sameMunicipalityGoal: string;

    const similar = async (id: string, args = '') =>
      (await api.data(`{ goal(id: "${id}") { municipality { code } similar${args} { totalCount edges { score sharedTerms node { id text municipality { code } } } } } }`)).goal;

    /** the links as stored, read undirected, strongest first */
    const stored = (id: string) =>
      graph.read<{ id: string; score: number; sharedTerms: string[]; municipality: string | null }>(
        `MATCH (:Goal {id: $id})-[s:SIMILAR_TO]-(g:Goal)<-[:HAS_GOAL]-(d:Document)
         RETURN g.id AS id, s.score AS score, s.sharedTerms AS sharedTerms, [(m:Municipality)-[:PUBLISHED]->(d) | m.code][0] AS municipality
         ORDER BY score DESC, id`,
        { id },
      );

    beforeAll(async () => {
      norrvikGoal = await goalId(graph, 'Norrvik', 'små och lokala företag att bli leverantörer');
      sameMunicipalityGoal = await goalId(graph, 'Norrvik', 'lämnar anbud');
      // the linker only links goals of different publishers; plant one within Norrvik to test the filter
      await plantSimilarity(graph, norrvikGoal, sameMunicipalityGoal, 0.95, ['lokal', 'företag']);
    });

    afterAll(() => removeSimilarity(graph, norrvikGoal, sameMunicipalityGoal));

    it('lists goals of other municipalities by score, each with the shared terms that explain it', async () => {
      const goal = await similar(norrvikGoal, '(first: 100)');
      const edges = goal.similar.edges;
      const expected = (await stored(norrvikGoal)).filter((l) => l.municipality !== norrvik);
      expect(expected.length).toBeGreaterThan(2);
      expect(goal.similar.totalCount).toBe(expected.length);
      expect(edges.map((e: any) => ({ id: e.node.id, score: e.score, sharedTerms: e.sharedTerms }))).toEqual(
        expected.map(({ id, score, sharedTerms }) => ({ id, score, sharedTerms })),
      );
      expect(edges.every((e: any) => e.node.municipality?.code !== norrvik && e.sharedTerms.length > 0)).toBe(true);
      // the fixture's procurement goal finds other procurement goals
      expect(edges[0].node.text).toMatch(/upphandl|leverantör/i);
    });

    it('reads links in both directions', async () => {
      const top = (await similar(norrvikGoal)).similar.edges[0];
      const back = await similar(top.node.id, '(first: 100)');
      expect(back.similar.edges.find((e: any) => e.node.id === norrvikGoal)).toMatchObject({ score: top.score, sharedTerms: top.sharedTerms });
    });

    it('applies minScore and can include the same municipality', async () => {
      const links = await stored(norrvikGoal);
      const threshold = links[Math.floor(links.length / 2)]!.score;
      const strict = await similar(norrvikGoal, `(first: 100, minScore: ${threshold})`);
      expect(strict.similar.edges.every((e: any) => e.score >= threshold)).toBe(true);
      expect(strict.similar.totalCount).toBe(links.filter((l) => l.score >= threshold && l.municipality !== norrvik).length);

      const all = await similar(norrvikGoal, '(first: 100, otherMunicipalitiesOnly: false)');
      expect(all.similar.totalCount).toBe(links.length);
      expect(all.similar.edges.find((e: any) => e.node.id === sameMunicipalityGoal)).toMatchObject({ score: 0.95, node: { municipality: { code: norrvik } } });
      expect((await similar(norrvikGoal)).similar.edges.map((e: any) => e.node.id)).not.toContain(sameMunicipalityGoal);
    });

    it('rejects a score outside 0..1', async () => {
      expect(codes(await api.gql(`{ goal(id: "${norrvikGoal}") { similar(minScore: 1.5) { totalCount } } }`))).toEqual(['BAD_USER_INPUT']);
    });

    it('ranks similar municipalities by theme profile and goal links', async () => {
      const { similarMunicipalities } = await api.data(
        `{ similarMunicipalities(code: "${norrvik}", first: 300) { totalCount edges { score themeSimilarity goalOverlap similarGoalCount sharedThemes { id } node { code } } } }`,
      );
      const edges = similarMunicipalities.edges;
      expect(edges.length).toBe(similarMunicipalities.totalCount);
      expect(edges.map((e: any) => e.score)).toEqual([...edges.map((e: any) => e.score)].sort((a, b) => b - a));
      expect(edges.map((e: any) => e.node.code)).not.toContain(norrvik);
      const maxLinks = Math.max(...edges.map((e: any) => e.similarGoalCount));
      expect(maxLinks).toBeGreaterThan(0);
      for (const edge of edges.slice(0, 10)) {
        expect(edge.score).toBeCloseTo((edge.themeSimilarity + edge.goalOverlap) / 2, 10);
        expect(edge.goalOverlap).toBeCloseTo(edge.similarGoalCount / maxLinks, 10);
        expect(edge.similarGoalCount).toBe(
          await count(
            'MATCH (:Municipality {code: $a})-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(:Goal)-[s:SIMILAR_TO]-(:Goal)<-[:HAS_GOAL]-(:Document)<-[:PUBLISHED]-(:Municipality {code: $b}) RETURN count(s) AS value',
            { a: norrvik, b: edge.node.code },
          ),
        );
      }
      // Åsbacka's fixture text covers the same ground as Norrvik's: among the closest theme profiles
      const byTheme = [...edges].sort((a: any, b: any) => b.themeSimilarity - a.themeSimilarity).slice(0, 3);
      const asbackaEdge = edges.find((e: any) => e.node.code === asbacka);
      expect(byTheme.map((e: any) => e.node.code)).toContain(asbacka);
      expect(asbackaEdge.sharedThemes.map((t: any) => t.id)).toEqual(expect.arrayContaining(['procurement', 'business-climate']));
      expect(codes(await api.gql('{ similarMunicipalities(code: "9999") { totalCount } }'))).toEqual(['NOT_FOUND']);
    });
  });
});

describe('themes', () => {
  it('lists the taxonomy with counts that include subthemes', async () => {
    const { themes } = await api.data('{ themes { totalCount edges { node { id labelSv labelEn description terms parent { id } children { id } documentCount goalCount municipalityCount } } } }');
    expect(themes.totalCount).toBe(THEMES.length);
    const byId = new Map<string, any>(themes.edges.map((e: any) => [e.node.id, e.node]));
    for (const theme of THEMES) {
      const node = byId.get(theme.id);
      expect(node).toMatchObject({ labelSv: theme.labelSv, labelEn: theme.labelEn, parent: theme.parentId ? { id: theme.parentId } : null });
    }
    const business = byId.get('business-climate');
    expect(business.children.map((c: any) => c.id)).toContain('procurement');
    expect(business.documentCount).toBe(
      await count("MATCH (d:Document) WHERE EXISTS { (d)-[:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(:Theme {id: 'business-climate'}) } RETURN count(d) AS value"),
    );
    expect(byId.get('procurement').goalCount).toBe(await count("MATCH (g:Goal)-[:ABOUT]->(:Theme {id: 'procurement'}) RETURN count(DISTINCT g) AS value"));
    const roots = await api.data('{ themes(rootsOnly: true) { edges { node { parent { id } } } } }');
    expect(roots.themes.edges.every((e: any) => e.node.parent === null)).toBe(true);
    const children = await api.data('{ themes(parent: "business-climate") { edges { node { parent { id } } } } }');
    expect(children.themes.edges.length).toBe(THEMES.filter((t) => t.parentId === 'business-climate').length);
  });

  it('ranks the municipalities addressing a theme by weight, each with its goals on it', async () => {
    const { theme } = await api.data(`{ theme(id: "procurement") { id labelSv municipalityCount
      municipalities(first: 40) { totalCount edges { weight share documentCount goalCount node { code } goals(first: 15) { totalCount edges { node { municipality { code } themes { theme { id } } } } } } }
      documents(first: 1) { totalCount } goals(first: 1) { totalCount } } }`);
    const edges = theme.municipalities.edges;
    expect(theme.municipalities.totalCount).toBe(theme.municipalityCount);
    expect(edges.length).toBe(Math.min(40, theme.municipalityCount));
    expect(edges.map((e: any) => e.weight)).toEqual([...edges.map((e: any) => e.weight)].sort((a, b) => b - a));
    expect(edges[0].share).toBe(1);
    expect(edges.map((e: any) => e.node.code)).toEqual(expect.arrayContaining([norrvik, asbacka, LERUM.code]));
    for (const edge of edges) {
      expect(edge.goals.totalCount).toBe(edge.goalCount);
      for (const goal of edge.goals.edges) {
        expect(goal.node.municipality.code).toBe(edge.node.code);
        expect(goal.node.themes.map((t: any) => t.theme.id)).toContain('procurement');
      }
    }
    const norrvikEdge = edges.find((e: any) => e.node.code === norrvik);
    expect(norrvikEdge.goalCount).toBeGreaterThanOrEqual(2);
    expect(theme.documents.totalCount).toBe(await count("MATCH (d:Document)-[:ADDRESSES]->(:Theme {id: 'procurement'}) RETURN count(d) AS value"));
  });

  it('narrows a theme\'s municipalities to a county and says NOT_FOUND for unknown themes', async () => {
    const { theme } = await api.data('{ theme(id: "business-climate") { municipalities(county: "14", first: 100) { edges { node { county { code } } } } } }');
    expect(theme.municipalities.edges.length).toBeGreaterThan(0);
    expect(theme.municipalities.edges.every((e: any) => e.node.county.code === '14')).toBe(true);
    expect(codes(await api.gql('{ theme(id: "astrology") { id } }'))).toEqual(['NOT_FOUND']);
  });
});

describe('compare', () => {
  const query = `query ($codes: [String!]!, $themes: [String!]) { compare(codes: $codes, themes: $themes) {
    municipalities { code }
    rows { theme { id } cells { municipality { code } weight documentCount goalCount covered goals(first: 20) { totalCount edges { node { municipality { code } themes { theme { id } } } } } } }
    shared { id } gaps { theme { id } coveredBy { code } missing { code } } } }`;

  it('puts municipalities side by side: theme matrix, goals per theme, shared themes and gaps', async () => {
    const { compare } = await api.data(query, { codes: [norrvik, asbacka, LERUM.code] });
    expect(compare.municipalities.map((m: any) => m.code)).toEqual([norrvik, asbacka, LERUM.code]);
    for (const row of compare.rows) {
      expect(row.cells.map((c: any) => c.municipality.code)).toEqual([norrvik, asbacka, LERUM.code]);
      for (const cell of row.cells) {
        expect(cell.covered).toBe(cell.weight > 0 || cell.goalCount > 0);
        expect(cell.goals.totalCount).toBe(cell.goalCount);
        for (const goal of cell.goals.edges) {
          expect(goal.node.municipality.code).toBe(cell.municipality.code);
          expect(goal.node.themes.map((t: any) => t.theme.id)).toContain(row.theme.id);
        }
      }
    }
    const shared = compare.shared.map((t: any) => t.id);
    expect(shared).toEqual(expect.arrayContaining(['procurement', 'business-climate', 'skills-supply']));
    const tourism = compare.gaps.find((g: any) => g.theme.id === 'tourism');
    expect(tourism.coveredBy.map((m: any) => m.code)).toContain(norrvik);
    expect(tourism.missing.map((m: any) => m.code)).toContain(asbacka);
    for (const gap of compare.gaps) expect(gap.coveredBy.length + gap.missing.length).toBe(3);
    for (const row of compare.rows) {
      const covered = row.cells.filter((c: any) => c.covered).length;
      expect(shared.includes(row.theme.id)).toBe(covered === 3);
    }
  });

  it('compares on chosen themes only', async () => {
    const { compare } = await api.data(query, { codes: [norrvik, asbacka], themes: ['tourism', 'procurement'] });
    expect(compare.rows.map((r: any) => r.theme.id).sort()).toEqual(['procurement', 'tourism']);
  });

  it('needs 2–6 distinct, existing municipalities and known themes', async () => {
    expect(codes(await api.gql(query, { codes: [norrvik] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql(query, { codes: [norrvik, norrvik] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql(query, { codes: ['0114', '0115', '0117', '0120', '0123', '0125', '0126'] }))).toEqual(['BAD_USER_INPUT']);
    const missing = await api.gql(query, { codes: [norrvik, '9999'] });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.errors![0]!.message).toMatch(/9999/);
    expect(codes(await api.gql(query, { codes: [norrvik, asbacka], themes: ['astrology'] }))).toEqual(['NOT_FOUND']);
  });
});

describe('pagination', () => {
  // each list, walked three at a time, must give exactly what one big page gives: [name, field (with any enclosing selections), node selection, picker]
  const lists: [string, string, string, (data: any) => ConnectionPage<any>][] = [
    ['municipalities', 'municipalities(filter: {hasDocuments: true}, first: $first, after: $after)', 'code', (d) => d.municipalities],
    ['documents', 'documents(filter: {county: "14"}, orderBy: YEAR_DESC, first: $first, after: $after)', 'id', (d) => d.documents],
    ['goals', 'goals(filter: {theme: "procurement"}, first: $first, after: $after)', 'id', (d) => d.goals],
    ['organisations', 'organisations(first: $first, after: $after)', 'id', (d) => d.organisations],
    ['themes', 'themes(first: $first, after: $after)', 'id', (d) => d.themes],
    ['counties', 'counties(first: $first, after: $after)', 'code', (d) => d.counties],
    ['theme.municipalities', 'theme(id: "procurement") { municipalities(first: $first, after: $after)', 'code', (d) => d.theme.municipalities],
    ['municipality.goals', 'municipality(code: "1441") { goals(first: $first, after: $after)', 'id', (d) => d.municipality.goals],
    ['document.related', 'documents(filter: {municipality: "1441", hasText: true}, first: 1) { edges { node { related(first: $first, after: $after)', 'id', (d) => d.documents.edges[0].node.related],
    ['search', 'search(query: "upphandling", first: $first, after: $after)', 'kind document { id } goal { id }', (d) => d.search],
    ['similarMunicipalities', 'similarMunicipalities(code: "1441", first: $first, after: $after)', 'code', (d) => d.similarMunicipalities],
  ];

  it.each(lists)('walks %s page by page', async (_name, field, selection, pick) => {
    const closing = ' }'.repeat((field.match(/\{ /g) ?? []).length);
    const query = `query ($first: Int, $after: String) { ${field} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${selection} } } }${closing} }`;
    const whole = pick(await api.data(query, { first: 300 }));
    expect(whole.totalCount).toBeGreaterThan(3);
    expect(whole.edges.length).toBe(whole.totalCount);
    const { nodes, pages } = await walk((after) => api.data(query, { first: 3, after }).then(pick));
    expect(nodes).toEqual(whole.edges.map((e) => e.node));
    expect(pages.length).toBe(Math.ceil(whole.totalCount / 3));
    expect(pages.every((p) => p.totalCount === whole.totalCount)).toBe(true);
    expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
    expect(pages.slice(1).every((p) => p.pageInfo.hasPreviousPage)).toBe(true);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
    const cursors = pages.flatMap((p) => p.edges.map((e) => e.cursor));
    expect(new Set(cursors).size).toBe(cursors.length);
  });
});
