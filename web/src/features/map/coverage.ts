/** What the map colours: one value 0..1 per municipality, from a theme's coverage or document counts. */
export interface CoverageRow {
  code: string;
  name: string;
  /** 0..1 relative to the strongest municipality */
  value: number;
  documents: number;
  goals: number;
}

export function fromDocumentCounts(rows: readonly { code: string; name: string; documentCount: number; goalCount: number }[]): CoverageRow[] {
  const max = Math.max(1, ...rows.map((r) => r.documentCount));
  return rows.filter((r) => r.documentCount > 0).map((r) => ({ code: r.code, name: r.name, value: r.documentCount / max, documents: r.documentCount, goals: r.goalCount }));
}

export function fromThemeShares(rows: readonly { share: number; documentCount: number; goalCount: number; node: { code: string; name: string } }[]): CoverageRow[] {
  return rows.map((r) => ({ code: r.node.code, name: r.node.name, value: r.share, documents: r.documentCount, goals: r.goalCount }));
}
