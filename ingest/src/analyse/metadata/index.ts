/**
 * A document's metadata read from its title and text: kind, policy area, year, adopting body and date,
 * diarienummer. Pure and fast; each part lives in its own module with the rules it follows.
 */
import type { DocumentKind } from '@strategigrafen/schema';
import { readAdoption } from './adoption.js';
import { readArea } from './area.js';
import { findDnrs } from './dnr.js';
import { readKind } from './kind.js';
import { documentYear } from './year.js';

export { AREAS, type Area } from './area.js';

export interface DocumentMetadata {
  kind: DocumentKind;
  /** short Swedish label of the policy area (AREAS), e.g. "näringsliv", "CSR", "IT" */
  area: string | null;
  year: number | null;
  /** "kommunfullmäktige", "kommunstyrelsen", "regionfullmäktige", "<x>nämnden" … */
  adoptedBy: string | null;
  /** ISO date yyyy-mm-dd, or yyyy when only the year is written */
  adoptedOn: string | null;
  dnr: string | null;
}

const BODY_LIMIT = 100_000;

export function readMetadata(title: string, text: string): DocumentMetadata {
  const t = title.normalize('NFC');
  const body = text.normalize('NFC');
  const { adoptedBy, adoptedOn } = readAdoption(t, body);
  const titleDnrs = findDnrs(t);
  const dnr = titleDnrs[0] ?? findDnrs(body.slice(0, BODY_LIMIT))[0] ?? null;
  return {
    kind: readKind(t, body),
    area: readArea(t, body),
    year: documentYear(t, adoptedOn, titleDnrs, dnr),
    adoptedBy,
    adoptedOn,
    dnr: dnr?.dnr ?? null,
  };
}
