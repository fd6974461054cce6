import { badInput, notFound } from '../errors.js';
import type { MunicipalityService, ThemeProfileEntry } from '../municipality/municipality.service.js';
import type { Municipality } from '../municipality/municipality.type.js';
import type { ThemeService } from '../theme/theme.service.js';
import type { Theme } from '../theme/theme.type.js';
import { checkCode } from '../validate.js';
import type { Comparison, ComparisonCell, ComparisonRow } from './compare.type.js';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

/** Compares municipalities on their theme profiles: built from the batched profile loader, so one round trip for all of them. */
export class CompareService {
  constructor(
    private readonly municipalities: MunicipalityService,
    private readonly themes: ThemeService,
  ) {}

  async compare(codes: string[], themeIds: string[] | null): Promise<Comparison> {
    const distinct = [...new Set(codes)];
    if (distinct.length < MIN_COMPARED || distinct.length > MAX_COMPARED) {
      throw badInput(`Compare ${MIN_COMPARED} to ${MAX_COMPARED} different municipalities (got ${distinct.length}).`, 'codes');
    }
    distinct.forEach((code) => checkCode(code, 'codes'));
    const [found, profiles, chosen] = await Promise.all([
      Promise.all(distinct.map((code) => this.municipalities.byCode(code))),
      Promise.all(distinct.map((code) => this.municipalities.themeProfile(code))),
      themeIds ? Promise.all(themeIds.map((id) => this.themes.byId(id))) : Promise.resolve(null),
    ]);
    const missing = distinct.filter((_, i) => !found[i]);
    if (missing.length) throw notFound(`No municipality with code ${missing.join(', ')}.`);
    const unknownThemes = themeIds?.filter((_, i) => !chosen?.[i]) ?? [];
    if (unknownThemes.length) throw notFound(`No theme with id ${unknownThemes.join(', ')}.`);
    return buildComparison(found as Municipality[], profiles, chosen as Theme[] | null);
  }
}

/**
 * The theme matrix (rows: themes, strongest in total first; cells: municipalities in the given order),
 * the themes all cover, and the gaps: themes some cover and others do not.
 */
export function buildComparison(municipalities: Municipality[], profiles: ThemeProfileEntry[][], themes: Theme[] | null): Comparison {
  const universe = new Map<string, Theme>();
  if (themes) themes.forEach((t) => universe.set(t.id, t));
  else profiles.flat().forEach((entry) => universe.set(entry.theme.id, entry.theme));

  const rows: ComparisonRow[] = [...universe.values()].map((theme) => ({
    theme,
    cells: municipalities.map((municipality, i): ComparisonCell => {
      const entry = profiles[i]!.find((e) => e.theme.id === theme.id);
      const weight = entry?.weight ?? 0;
      const goalCount = entry?.goalCount ?? 0;
      return { municipality, weight, documentCount: entry?.documentCount ?? 0, goalCount, covered: weight > 0 || goalCount > 0, themeId: theme.id };
    }),
  }));
  const total = (row: ComparisonRow) => row.cells.reduce((sum, c) => sum + c.weight, 0);
  rows.sort((a, b) => total(b) - total(a) || a.theme.id.localeCompare(b.theme.id));

  const shared = rows.filter((r) => r.cells.every((c) => c.covered)).map((r) => r.theme);
  const gaps = rows
    .filter((r) => r.cells.some((c) => c.covered) && r.cells.some((c) => !c.covered))
    .map((r) => ({ theme: r.theme, coveredBy: r.cells.filter((c) => c.covered).map((c) => c.municipality), missing: r.cells.filter((c) => !c.covered).map((c) => c.municipality) }));
  return { municipalities, rows, shared, gaps };
}
