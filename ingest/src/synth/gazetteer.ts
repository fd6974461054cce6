/**
 * The synthetic corpus's own municipalities, as many as Sweden has: invented names made of common
 * place-name parts ("Norr" + "vik"), with every combination that is the name of a real municipality
 * or municipal seat left out, and codes that cannot be SCB codes ("S001"). Synthetic text is only
 * ever attributed to these.
 */
import { allMunicipalities, genitive, type MunicipalityRef } from '@strategigrafen/schema';

const PREFIXES = [
  'Norr', 'Ås', 'Sol', 'Björk', 'Gran', 'Sjö', 'Ek', 'Lind', 'Tall', 'Fjäll', 'Hag', 'Ljung', 'Rönn', 'Asp', 'Vide',
  'Björn', 'Strand', 'Lärk', 'Furu', 'Moss', 'Sälg', 'Klöver', 'Havs', 'Myr', 'Kvarn', 'Orr', 'Tjärn', 'Vallmo',
  'Käll', 'Häll', 'Orm', 'Lom', 'Trast', 'Uggle', 'Dov', 'Svan', 'Hassel', 'Sten', 'Sand', 'Rosen', 'Lilje', 'Ugg',
];
const SUFFIXES = ['vik', 'backa', 'dala', 'hamn', 'by', 'sjö', 'näs', 'bo', 'holm', 'lunda', 'mo', 'fors', 'torp', 'ryd'];

export const FICTIONAL_MUNICIPALITY_COUNT = 290;

export interface FictionalMunicipality extends MunicipalityRef {
  /** the name in the genitive, as in "Norrviks kommun" */
  genitive: string;
}

function inventNames(): string[] {
  const real = new Set(allMunicipalities().flatMap((m) => [m.name, m.seat]).map((n) => n.toLocaleLowerCase('sv')));
  const names: string[] = [];
  // suffix-major order spreads the first names over many prefixes
  for (const suffix of SUFFIXES) {
    for (const prefix of PREFIXES) {
      const name = prefix + suffix;
      if (prefix.toLocaleLowerCase('sv') !== suffix && !real.has(name.toLocaleLowerCase('sv'))) names.push(name);
    }
  }
  return names.slice(0, FICTIONAL_MUNICIPALITY_COUNT);
}

export const FICTIONAL_MUNICIPALITIES: readonly FictionalMunicipality[] = inventNames().map((name, i) => ({
  code: `S${String(i + 1).padStart(3, '0')}`,
  name,
  genitive: genitive(name),
}));

const BY_NAME = new Map(FICTIONAL_MUNICIPALITIES.map((m) => [m.name, m]));
const PATTERN = new RegExp(
  `(?<!\\p{L})(${[...BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})s?(?!\\p{L})`,
  'u',
);

/** The first fictional municipality named in the title, else in the text; null if none is. */
export function findFictionalMunicipality(title: string, text: string): MunicipalityRef | null {
  const match = PATTERN.exec(title) ?? PATTERN.exec(text);
  const found = match?.[1] ? BY_NAME.get(match[1]) : undefined;
  return found ? { code: found.code, name: found.name } : null;
}
