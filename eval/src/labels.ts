/**
 * The development set's labels: what a careful reader marked in each real document, stored without
 * the document's text (which is third-party and never enters the repository). A goal is an offset and a
 * length into the document's text, with the sha1 of what it covers, so that a rebuilt folder can be
 * checked span by span.
 *
 * Offsets count UTF-16 code units (JavaScript string indices) in the text of the document file as
 * read (UTF-8, NFC, "\n" line breaks).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export type Split = 'tune' | 'frozen';

export interface Publisher {
  /** SCB code of the publishing municipality; null for a region, regional body or joint document */
  municipality: string | null;
  /** name of the region, regional body or company that publishes the document, if that is the publisher */
  organisation: string | null;
  /** SCB codes of every municipality behind a joint document (then municipality is null) */
  joint: string[];
}

export interface GoalLabel {
  start: number;
  length: number;
  sha1: string;
  measurable: boolean;
}

export interface DocumentLabel {
  id: string;
  /** file name in the development folder */
  file: string;
  textSha1: string;
  split: Split;
  /** the kind of strategy, as the development set is spread over them ("näringslivsstrategi", "avfallsplan" …) */
  topic: string;
  /** the product's document kind ("strategi", "policy" …) */
  kind: string;
  publisher: Publisher;
  themes: string[];
  goals: GoalLabel[];
}

export interface LabelSet {
  version: 1;
  documents: DocumentLabel[];
}

export function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/**
 * The split is fixed when a document enters the set: a third of the documents (by a hash of the id)
 * are frozen, never looked at while tuning, and reported separately.
 */
export function splitOf(id: string): Split {
  return Number.parseInt(sha1(`split:${id}`).slice(0, 8), 16) % 3 === 0 ? 'frozen' : 'tune';
}

export async function loadLabels(path: string): Promise<LabelSet> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the labels (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
  const set = parsed as Partial<LabelSet>;
  if (set.version !== 1 || !Array.isArray(set.documents)) {
    throw new Error(`${path}: not a label file (expected {"version": 1, "documents": [...]}).`);
  }
  return set as LabelSet;
}

/** The text each goal label covers, checked against its sha1; a mismatch names the document and the goal. */
export function goalTexts(label: DocumentLabel, text: string): string[] {
  return label.goals.map((goal, i) => {
    const covered = text.slice(goal.start, goal.start + goal.length);
    if (sha1(covered) !== goal.sha1) {
      throw new Error(`${label.file}: goal ${i + 1} (offset ${goal.start}, length ${goal.length}) does not match its sha1; the text differs from the labelled one.`);
    }
    return covered;
  });
}
