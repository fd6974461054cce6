/**
 * A Vite plugin that serves `virtual:sweden-outline`: Sweden's outline (Natural Earth 1:10m via the
 * world-atlas package) extracted at build time, so the browser downloads ~70 kB of one country
 * instead of the 3.6 MB world file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:sweden-outline';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** ISO 3166-1 numeric code world-atlas uses as the feature id */
const SWEDEN_ID = '752';

export function swedenOutline(): Plugin {
  return {
    name: 'strategigrafen:sweden-outline',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const require = createRequire(import.meta.url);
      const path = require.resolve('world-atlas/countries-10m.json');
      const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
      const sweden = topology.objects.countries.geometries.find((g) => String(g.id) === SWEDEN_ID);
      if (!sweden) throw new Error(`${path}: no country with id ${SWEDEN_ID} (Sweden); is world-atlas installed and unchanged?`);
      const outline = feature(topology, sweden);
      // three decimals (~100 m) is far finer than one screen pixel at any zoom the map offers
      const json = JSON.stringify(outline, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value));
      return `export default ${json};`;
    },
  };
}
