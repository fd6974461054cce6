/// <reference types="vite/client" />

declare module 'virtual:sweden-outline' {
  import type { Feature, MultiPolygon, Polygon } from 'geojson';
  /** Sweden's outline from Natural Earth (world-atlas countries-10m), see vite/sweden-outline.ts */
  const outline: Feature<Polygon | MultiPolygon, { name: string }>;
  export default outline;
}
