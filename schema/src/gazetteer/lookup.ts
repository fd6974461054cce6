/** One place to look up a municipality or county with everything the gazetteer knows about it. */
import { COUNTIES, type CountyFact } from './counties.js';
import { MUNICIPALITIES } from './municipalities.js';
import { genitive } from './names.js';
import { MUNICIPALITY_SEATS } from './seats.js';

export interface Municipality {
  /** SCB code, four digits */
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  /** the seat (centralort) and its WGS84 position */
  seat: string;
  lat: number;
  lon: number;
}

function combine(): Municipality[] {
  const counties = new Map(COUNTIES.map((c) => [c.code, c]));
  return MUNICIPALITIES.map((m) => {
    const seat = MUNICIPALITY_SEATS[m.code];
    const county = counties.get(m.countyCode);
    if (!seat) throw new Error(`Gazetteer: municipality ${m.code} ${m.name} has no entry in MUNICIPALITY_SEATS`);
    if (!county) throw new Error(`Gazetteer: municipality ${m.code} ${m.name} names unknown county ${m.countyCode}`);
    return { ...m, countyName: county.name, seat: seat.seat, lat: seat.lat, lon: seat.lon };
  });
}

const ALL: readonly Municipality[] = combine();
const BY_CODE: ReadonlyMap<string, Municipality> = new Map(ALL.map((m) => [m.code, m]));

const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** Name and genitive, lower-cased: "lerum" and "lerums" both find Lerum. No two municipalities collide. */
const BY_NAME: ReadonlyMap<string, Municipality> = new Map(
  ALL.flatMap((m) => [
    [nameKey(genitive(m.name)), m] as const,
    [nameKey(m.name), m] as const,
  ]),
);

const COUNTY_BY_CODE: ReadonlyMap<string, CountyFact> = new Map(COUNTIES.map((c) => [c.code, c]));

/** All 290 municipalities with county name and seat, in SCB code order. */
export function allMunicipalities(): readonly Municipality[] {
  return ALL;
}

/** The municipality with this SCB code ("1441"), or undefined. */
export function municipalityByCode(code: string): Municipality | undefined {
  return BY_CODE.get(code);
}

/** The municipality with this name, case-insensitive, also in the genitive ("Lerums"); undefined if none. */
export function municipalityByName(name: string): Municipality | undefined {
  return BY_NAME.get(nameKey(name));
}

/** The county with this two-digit SCB code ("14"), or undefined. */
export function countyByCode(code: string): CountyFact | undefined {
  return COUNTY_BY_CODE.get(code);
}
