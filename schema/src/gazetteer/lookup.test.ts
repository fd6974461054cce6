import { describe, expect, it } from 'vitest';
import { COUNTIES } from './counties.js';
import { allMunicipalities, countyByCode, municipalityByCode, municipalityByName } from './lookup.js';
import { MUNICIPALITIES } from './municipalities.js';
import {
  AMBIGUOUS_MUNICIPALITY_NAMES,
  AMBIGUOUS_SEAT_NAMES,
  MUNICIPALITY_COLLOQUIAL_NAMES,
  MUNICIPALITY_NAME_VARIANTS,
  countyShortName,
  countyShortNames,
  genitive,
} from './names.js';
import { MUNICIPALITY_SEATS } from './seats.js';

describe('gazetteer lookup', () => {
  it('combines each municipality with its county and seat', () => {
    expect(municipalityByCode('1441')).toEqual({
      code: '1441',
      name: 'Lerum',
      countyCode: '14',
      countyName: 'Västra Götalands län',
      seat: 'Lerum',
      lat: 57.7705,
      lon: 12.269,
    });
    expect(municipalityByCode('0117')?.seat).toBe('Åkersberga');
    expect(municipalityByCode('9999')).toBeUndefined();
    expect(allMunicipalities()).toHaveLength(290);
  });

  it('finds municipalities by name, in any case and in the genitive', () => {
    expect(municipalityByName('Lerum')?.code).toBe('1441');
    expect(municipalityByName('lerums')?.code).toBe('1441');
    expect(municipalityByName('GÖTEBORGS')?.code).toBe('1480');
    expect(municipalityByName('Borås')?.code).toBe('1490');
    expect(municipalityByName(' Upplands  Väsby ')?.code).toBe('0114');
    expect(municipalityByName('Atlantis')).toBeUndefined();
  });

  it('has no name that is another municipality’s genitive', () => {
    for (const m of MUNICIPALITIES) {
      expect(municipalityByName(m.name)?.code, m.name).toBe(m.code);
      expect(municipalityByName(genitive(m.name))?.code, genitive(m.name)).toBe(m.code);
    }
  });

  it('lists only real municipalities as ambiguous or with variant names', () => {
    const names = new Set(MUNICIPALITIES.map((m) => m.name));
    for (const n of AMBIGUOUS_MUNICIPALITY_NAMES) expect(names, n).toContain(n);
    for (const code of Object.keys(MUNICIPALITY_NAME_VARIANTS)) expect(municipalityByCode(code), code).toBeDefined();
    for (const code of Object.keys(MUNICIPALITY_COLLOQUIAL_NAMES)) expect(municipalityByCode(code), code).toBeDefined();
    for (const seat of AMBIGUOUS_SEAT_NAMES) expect(Object.values(MUNICIPALITY_SEATS).map((s) => s.seat)).toContain(seat);
  });

  it('knows counties by code and by short name', () => {
    expect(countyByCode('23')?.name).toBe('Jämtlands län');
    expect(COUNTIES.map(countyShortName)).toContain('Västra Götaland');
    expect(countyShortName({ name: 'Dalarnas län' })).toBe('Dalarna');
    expect(countyShortName({ name: 'Skåne län' })).toBe('Skåne');
    expect(countyShortNames('23')).toEqual(['Jämtland Härjedalen', 'Jämtland']);
  });

  it('forms genitives the Swedish way', () => {
    expect(genitive('Lerum')).toBe('Lerums');
    expect(genitive('Borås')).toBe('Borås');
    expect(genitive('Kalix')).toBe('Kalix');
  });
});
