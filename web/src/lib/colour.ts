/** A calm sequential scale for "how strongly" (0..1), from pale sand to deep teal; null is "not at all". */
const LOW: readonly [number, number, number] = [0xe9, 0xdf, 0xc4];
const HIGH: readonly [number, number, number] = [0x0f, 0x4c, 0x5c];
export const NONE_COLOUR = '#c9cdd1';

export function strengthColour(value: number | null | undefined): string {
  if (value === null || value === undefined || !(value > 0)) return NONE_COLOUR;
  const t = Math.min(1, value);
  const channel = (i: 0 | 1 | 2) => Math.round(LOW[i] + (HIGH[i] - LOW[i]) * t).toString(16).padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
