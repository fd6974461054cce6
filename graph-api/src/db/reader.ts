/**
 * The API's only door to Neo4j: read transactions through the project's Graph gateway, each with the
 * configured timeout, and driver failures translated into the API's typed errors.
 */
import type { Graph, Params } from '@strategigrafen/neo4j-local/gateway';
import { fromDriverError } from '../errors.js';

export class GraphReader {
  constructor(
    readonly graph: Graph,
    private readonly timeoutMs: number,
  ) {}

  async rows<T>(cypher: string, params: Params = {}): Promise<T[]> {
    try {
      return await this.graph.read<T>(cypher, params, this.timeoutMs);
    } catch (error) {
      throw fromDriverError(error) ?? error;
    }
  }

  async first<T>(cypher: string, params: Params = {}): Promise<T | undefined> {
    return (await this.rows<T>(cypher, params))[0];
  }
}
