/**
 * The graph's stored format for values Neo4j cannot hold as one plain property: it has no map
 * properties and no nulls inside lists, so a goal's target is spread over several properties and
 * outlines, spans and run notes are JSON strings. The ingest writes with `encode…`, the API reads
 * with `decode…`; nothing else reads or writes these properties.
 */
import type { MeasurableTarget, TextSection } from '../model.js';

/** Goal properties carrying its measurable target; all null for a goal without one. */
export interface StoredTarget {
  /** the phrase that carries the target */
  target: string | null;
  targetKind: MeasurableTarget['kind'] | null;
  targetValue: number | null;
  targetUnit: string | null;
  targetBaseline: number | null;
  /** the target's deadline year, which is also the goal's (an integer in Neo4j) */
  deadline: number | null;
}

const TARGET_KINDS: ReadonlySet<string> = new Set<MeasurableTarget['kind']>(['number', 'percentage', 'ranking', 'benchmark', 'deadline']);

export function encodeTarget(target: MeasurableTarget | null): StoredTarget {
  return {
    target: target?.text ?? null,
    targetKind: target?.kind ?? null,
    targetValue: target?.value ?? null,
    targetUnit: target?.unit ?? null,
    targetBaseline: target?.baseline ?? null,
    deadline: target?.deadline ?? null,
  };
}

/** The target from a Goal's properties; null when it has none (or an unreadable one). */
export function decodeTarget(props: { readonly [K in keyof StoredTarget]?: unknown }): MeasurableTarget | null {
  const { target: text, targetKind: kind } = props;
  if (typeof text !== 'string' || typeof kind !== 'string' || !TARGET_KINDS.has(kind)) return null;
  const target: MeasurableTarget = { text, kind: kind as MeasurableTarget['kind'] };
  const value = number(props.targetValue);
  const unit = props.targetUnit;
  const deadline = number(props.deadline);
  const baseline = number(props.targetBaseline);
  if (value !== null) target.value = value;
  if (typeof unit === 'string') target.unit = unit;
  if (deadline !== null) target.deadline = deadline;
  if (baseline !== null) target.baseline = baseline;
  return target;
}

/** A section of Document.text: its heading and offsets; the text itself is stored once, in `text`. */
export type StoredSection = Pick<TextSection, 'heading' | 'start' | 'end'>;

/** Document.sections: a JSON list of {heading, start, end}, or null when the text has no sections. */
export function encodeSections(sections: readonly StoredSection[]): string | null {
  return sections.length ? JSON.stringify(sections.map(({ heading, start, end }) => ({ heading, start, end }))) : null;
}

export function decodeSections(stored: unknown): StoredSection[] {
  return parseList(stored).flatMap((item) => {
    const { heading, start, end } = item;
    return offset(start) && offset(end) && (heading === null || typeof heading === 'string') ? [{ heading, start, end }] : [];
  });
}

/**
 * A passage two documents share, on the REUSES relationship: offsets into the start node's text (a)
 * and the end node's (b), and the passage as it reads in a.
 */
export interface StoredSpan {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  text: string;
}

/** REUSES.spans: a JSON list of StoredSpan. */
export function encodeSpans(spans: readonly StoredSpan[]): string {
  return JSON.stringify(spans.map(({ aStart, aEnd, bStart, bEnd, text }) => ({ aStart, aEnd, bStart, bEnd, text })));
}

export function decodeSpans(stored: unknown): StoredSpan[] {
  return parseList(stored).flatMap((item) => {
    const { aStart, aEnd, bStart, bEnd, text } = item;
    return offset(aStart) && offset(aEnd) && offset(bStart) && offset(bEnd) && typeof text === 'string' ? [{ aStart, aEnd, bStart, bEnd, text }] : [];
  });
}

/** A file an ingest run could not ingest, and why. */
export interface RunFailure {
  path: string;
  error: string;
}

/** Something worth telling about a file an ingest run did ingest. */
export interface RunWarning {
  path: string;
  warning: string;
}

/** IngestRun.failures: one JSON string {path, error} per failed file. */
export function encodeRunFailures(failures: readonly RunFailure[]): string[] {
  return failures.map(({ path, error }) => JSON.stringify({ path, error }));
}

/** IngestRun.warnings: one JSON string {path, warning} per warning. */
export function encodeRunWarnings(warnings: readonly RunWarning[]): string[] {
  return warnings.map(({ path, warning }) => JSON.stringify({ path, warning }));
}

export function decodeRunFailures(stored: unknown): RunFailure[] {
  return Array.isArray(stored)
    ? stored.flatMap((note) => {
        const { path, error } = parseObject(note);
        return typeof path === 'string' && typeof error === 'string' ? [{ path, error }] : [];
      })
    : [];
}

export function decodeRunWarnings(stored: unknown): RunWarning[] {
  return Array.isArray(stored)
    ? stored.flatMap((note) => {
        const { path, warning } = parseObject(note);
        return typeof path === 'string' && typeof warning === 'string' ? [{ path, warning }] : [];
      })
    : [];
}

const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

const offset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The objects of a stored JSON list; a value that is not one reads as empty rather than failing the request. */
function parseList(stored: unknown): Record<string, unknown>[] {
  const list = parseJson(stored);
  return Array.isArray(list) ? list.filter(isObject) : [];
}

function parseObject(stored: unknown): Record<string, unknown> {
  const object = parseJson(stored);
  return isObject(object) ? object : {};
}

function parseJson(stored: unknown): unknown {
  if (typeof stored !== 'string') return null;
  try {
    return JSON.parse(stored);
  } catch {
    return null;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
