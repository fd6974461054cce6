import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { MIGRATIONS } from '@strategigrafen/schema';
import { boltAnswers, resetGraph } from '../src/index.js';
import { resetDatabase, testGraph, testTarget } from '../../test/neo4j.js';

describe('graph gateway against the real Neo4j', () => {
  const graph = testGraph();
  beforeAll(() => resetDatabase(graph));
  afterAll(() => graph.close());

  it('writes and reads back with plain numbers, not driver Integers', async () => {
    await graph.write('CREATE (:Municipality {code: $code, name: $name, population: $pop})', { code: '1441', name: 'Lerum', pop: neo4j.int(43000) });
    const rows = await graph.read<{ name: string; population: number }>('MATCH (m:Municipality {code: $code}) RETURN m.name AS name, m.population AS population', { code: '1441' });
    expect(rows).toEqual([{ name: 'Lerum', population: 43000 }]);
  });

  it('applies the schema idempotently, including the Swedish full-text indexes', async () => {
    await resetDatabase(graph);
    await resetDatabase(graph);
    const constraints = await graph.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((c) => c.name)).toEqual(expect.arrayContaining(['municipality_code', 'document_id', 'goal_id', 'theme_id']));
    const fulltext = await graph.read<{ name: string; analyzer: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer ORDER BY name",
    );
    expect(fulltext).toEqual([
      { name: 'document_text', analyzer: 'swedish' },
      { name: 'goal_text', analyzer: 'swedish' },
    ]);
    expect(MIGRATIONS.length).toBeGreaterThan(10);
  });

  it('rejects a uniqueness violation, so MERGE keys really are unique', async () => {
    await graph.write("CREATE (:Theme {id: 'procurement'})");
    await expect(graph.write("CREATE (:Theme {id: 'procurement'})")).rejects.toThrow(/already exists/);
  });

  it('empties the graph in batches and keeps the schema', async () => {
    await resetDatabase(graph);
    await graph.write('UNWIND range(1, 7000) AS i CREATE (:Goal {id: toString(i)})-[:IN]->(:Document {id: toString(i)})');
    expect(await resetGraph(graph)).toBe(14000);
    expect(await graph.read('MATCH (n) RETURN n LIMIT 1')).toEqual([]);
    expect(await resetGraph(graph)).toBe(0);
    const constraints = await graph.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((c) => c.name)).toContain('goal_id');
  });

  it('tells whether a Bolt server answers', async () => {
    expect(await boltAnswers(testTarget())).toBe(true);
    expect(await boltAnswers({ ...testTarget(), uri: 'bolt://127.0.0.1:1' }, 500)).toBe(false);
  });
});
