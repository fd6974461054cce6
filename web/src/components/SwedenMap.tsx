/**
 * Sweden's outline with one dot per municipality at its seat, coloured by a value in 0..1.
 * Each dot is an SVG link, so the map works with Tab/Enter and reads as a list of links;
 * views pair it with a table of the same data.
 */
import { geoPath, geoTransverseMercator } from 'd3-geo';
import outline from 'virtual:sweden-outline';
import { useMemo, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { NONE_COLOUR, strengthColour } from '../lib/colour.ts';
import { useI18n } from '../i18n/i18n.tsx';

export interface MapPoint {
  code: string;
  name: string;
  lat: number;
  lon: number;
  /** 0..1, or null for "not covered" */
  value: number | null;
  /** what a screen reader and the tooltip say about the value, e.g. "3 mål" */
  description: string;
}

const WIDTH = 360;
const HEIGHT = 760;

interface SwedenMapProps {
  points: readonly MapPoint[];
  title: string;
  hrefFor: (code: string) => string;
  /** a municipality drawn larger, e.g. the one the page is about */
  selected?: string | null;
}

export function SwedenMap({ points, title, hrefFor, selected }: SwedenMapProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  // SWEREF 99 TM is a transverse Mercator on 15° E: the projection Swedish maps use
  const { path, project } = useMemo(() => {
    const projection = geoTransverseMercator().rotate([-15, 0]).fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], outline);
    return { path: geoPath(projection)(outline) ?? '', project: (lon: number, lat: number) => projection([lon, lat]) };
  }, []);

  // covered municipalities last so their dots sit on top
  const ordered = useMemo(() => [...points].sort((a, b) => (a.value ?? 0) - (b.value ?? 0) || a.code.localeCompare(b.code)), [points]);

  function follow(event: MouseEvent<Element>, href: string) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(href);
  }

  return (
    <figure className="sweden-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={title}>
        <path d={path} className="sweden-outline" />
        {ordered.map((p) => {
          const xy = project(p.lon, p.lat);
          if (!xy) return null;
          const href = hrefFor(p.code);
          const isSelected = p.code === selected;
          const label = `${p.name}: ${p.description}`;
          return (
            <a key={p.code} href={href} onClick={(e) => follow(e, href)} aria-label={label} className="map-dot">
              <title>{label}</title>
              <circle cx={xy[0]} cy={xy[1]} r={isSelected ? 7 : p.value ? 4.5 : 3} fill={strengthColour(p.value)} className={isSelected ? 'selected' : undefined} />
            </a>
          );
        })}
      </svg>
      <figcaption className="map-legend">
        <span className="legend-item">
          <span className="legend-swatch" style={{ background: NONE_COLOUR }} aria-hidden="true" /> {t('map.legend.none')}
        </span>
        <span className="legend-item">
          <span className="legend-ramp" aria-hidden="true" style={{ background: `linear-gradient(to right, ${strengthColour(0.05)}, ${strengthColour(1)})` }} />
          {t('map.legend.low')} → {t('map.legend.high')}
        </span>
      </figcaption>
    </figure>
  );
}
