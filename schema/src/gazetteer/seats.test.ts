import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { COUNTIES } from './counties.js';
import { MUNICIPALITIES } from './municipalities.js';
import { MUNICIPALITY_SEATS } from './seats.js';

const EARTH_RADIUS_KM = 6371;
/** Coastal and island seats (Öckerö, Vaxholm, Skärhamn…) may fall just outside a 1:10m coastline. */
const COAST_BUFFER_KM = 5;

function swedenOutline(): Feature<Polygon | MultiPolygon> {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  const sweden = countries.features.find((f) => f.id === '752');
  if (!sweden) throw new Error('world-atlas countries-10m.json has no feature with id 752 (Sweden)');
  return sweden as Feature<Polygon | MultiPolygon>;
}

function outlinePoints(outline: Feature<Polygon | MultiPolygon>): Position[] {
  const g = outline.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.flat(2);
}

function distanceKm(a: [number, number], b: Position): number {
  return geoDistance(a, [b[0]!, b[1]!]) * EARTH_RADIUS_KM;
}

/**
 * Rough extent of each county (lat and lon ranges, generous by a few kilometres): a seat outside its
 * county's box means a typo or a swapped code.
 */
const COUNTY_BOXES: Record<string, { lat: [number, number]; lon: [number, number] }> = {
  '01': { lat: [58.7, 60.3], lon: [17.2, 19.5] },
  '03': { lat: [59.3, 60.7], lon: [16.7, 18.9] },
  '04': { lat: [58.6, 59.6], lon: [15.6, 17.7] },
  '05': { lat: [57.7, 58.95], lon: [14.4, 17.0] },
  '06': { lat: [56.9, 58.2], lon: [13.1, 15.6] },
  '07': { lat: [56.3, 57.3], lon: [13.2, 15.6] },
  '08': { lat: [56.2, 58.1], lon: [15.3, 17.2] },
  '09': { lat: [56.9, 58.4], lon: [18.0, 19.4] },
  '10': { lat: [56.0, 56.5], lon: [14.4, 16.0] },
  '12': { lat: [55.3, 56.5], lon: [12.4, 14.6] },
  '13': { lat: [56.3, 57.6], lon: [11.9, 13.6] },
  '14': { lat: [57.1, 59.3], lon: [11.0, 14.8] },
  '17': { lat: [58.9, 61.1], lon: [11.6, 14.5] },
  '18': { lat: [58.6, 60.2], lon: [14.3, 15.6] },
  '19': { lat: [59.2, 60.2], lon: [15.4, 16.9] },
  '20': { lat: [59.8, 62.3], lon: [12.1, 16.8] },
  '21': { lat: [60.2, 62.4], lon: [14.4, 17.7] },
  '22': { lat: [62.1, 63.6], lon: [15.0, 19.3] },
  '23': { lat: [61.5, 65.2], lon: [11.8, 17.0] },
  '24': { lat: [63.4, 66.4], lon: [14.3, 21.5] },
  '25': { lat: [65.0, 69.1], lon: [15.5, 24.2] },
};

describe('MUNICIPALITY_SEATS', () => {
  it('has a seat for every one of the 290 municipalities and nothing else', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(Object.keys(MUNICIPALITY_SEATS).sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
  });

  it('names each seat and gives it finite coordinates', () => {
    for (const [code, s] of Object.entries(MUNICIPALITY_SEATS)) {
      expect(s.seat, code).toMatch(/^\p{Lu}[\p{L} -]+$/u);
      expect(Number.isFinite(s.lat) && Number.isFinite(s.lon), `${code} ${s.seat}`).toBe(true);
    }
  });

  it('places every seat inside Sweden (or within a few km of its coast)', () => {
    const outline = swedenOutline();
    const points = outlinePoints(outline);
    const outside = Object.entries(MUNICIPALITY_SEATS).flatMap(([code, s]) => {
      const p: [number, number] = [s.lon, s.lat];
      if (geoContains(outline, p)) return [];
      const nearest = Math.min(...points.map((q) => distanceKm(p, q)));
      return nearest <= COAST_BUFFER_KM ? [] : [`${code} ${s.seat} is ${nearest.toFixed(1)} km outside Sweden`];
    });
    expect(outside).toEqual([]);
  });

  it('places every seat within its county', () => {
    expect(Object.keys(COUNTY_BOXES).sort()).toEqual(COUNTIES.map((c) => c.code).sort());
    const misplaced = MUNICIPALITIES.flatMap((m) => {
      const s = MUNICIPALITY_SEATS[m.code]!;
      const box = COUNTY_BOXES[m.countyCode]!;
      const inside = s.lat >= box.lat[0] && s.lat <= box.lat[1] && s.lon >= box.lon[0] && s.lon <= box.lon[1];
      return inside ? [] : [`${m.code} ${m.name} (${s.lat}, ${s.lon}) outside county ${m.countyCode}`];
    });
    expect(misplaced).toEqual([]);
  });

  it('puts Norrbotten north of 65°N and Skåne south of 56.5°N', () => {
    for (const m of MUNICIPALITIES) {
      const s = MUNICIPALITY_SEATS[m.code]!;
      if (m.countyCode === '25') expect(s.lat, m.name).toBeGreaterThan(65);
      if (m.countyCode === '12') expect(s.lat, m.name).toBeLessThan(56.5);
    }
  });

  it('has no two seats at the same place (a copy-paste slip)', () => {
    const entries = Object.entries(MUNICIPALITY_SEATS);
    const tooClose: string[] = [];
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [ca, a] = entries[i]!;
        const [cb, b] = entries[j]!;
        if (distanceKm([a.lon, a.lat], [b.lon, b.lat]) < 1) tooClose.push(`${ca} ${a.seat} / ${cb} ${b.seat}`);
      }
    }
    expect(tooClose).toEqual([]);
  });

  it('knows well-known seats to within a kilometre', () => {
    const known: [string, string, number, number][] = [
      ['1441', 'Lerum', 57.77, 12.27],
      ['0180', 'Stockholm', 59.33, 18.07],
      ['2584', 'Kiruna', 67.86, 20.23],
      ['1480', 'Göteborg', 57.71, 11.97],
      ['1280', 'Malmö', 55.6, 13.0],
      ['0980', 'Visby', 57.64, 18.3],
    ];
    for (const [code, seat, lat, lon] of known) {
      const s = MUNICIPALITY_SEATS[code]!;
      expect(s.seat).toBe(seat);
      expect(distanceKm([s.lon, s.lat], [lon, lat]), seat).toBeLessThan(1);
    }
  });
});
