/**
 * Scores predictions against the labels, per split: municipality accuracy, goal precision/recall,
 * theme micro-P/R/F1 and measurable-target accuracy, plus each document's own errors so that the
 * worst ones can be shown.
 */
import type { LabelledDocument } from '../corpus.js';
import { goalTexts, type Split } from '../labels.js';
import { matchGoals } from './match.js';

export interface PredictedGoal {
  text: string;
  measurable: boolean;
}

export interface Prediction {
  municipality: string | null;
  organisation: string | null;
  kind: string | null;
  themes: string[];
  goals: PredictedGoal[];
}

export interface DocumentScore {
  id: string;
  split: Split;
  topic: string;
  municipalityRight: boolean;
  /** null when the labels name no organisation */
  organisationRight: boolean | null;
  goals: { tp: number; fp: number; fn: number };
  themes: { tp: number; fp: number; fn: number; missing: string[]; extra: string[] };
  measurable: { right: number; of: number };
  missedGoals: string[];
  extraGoals: string[];
}

export interface Figures {
  documents: number;
  municipalityAccuracy: number;
  organisationAccuracy: number | null;
  goals: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  themes: { precision: number; recall: number; f1: number };
  measurableAccuracy: number | null;
  documentsWithoutGoals: number;
}

/** Organisation names compare without case, punctuation or the words that vary between writings. */
function sameOrganisation(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/\b(?:ab|kommun|kommuns|län|läns)\b/gu, ' ').replace(/\s+/g, ' ').trim();
  const [x, y] = [norm(a), norm(b)];
  return x === y || (x.length > 3 && y.length > 3 && (x.includes(y) || y.includes(x)));
}

export function scoreDocument(doc: LabelledDocument, prediction: Prediction): DocumentScore {
  const { label } = doc;
  const gold = goalTexts(label, doc.text);
  const matching = matchGoals(prediction.goals.map((g) => g.text), gold);
  let right = 0;
  for (const [i, j] of matching.pairs) if (prediction.goals[i]!.measurable === label.goals[j]!.measurable) right++;
  const goldThemes = new Set(label.themes);
  const predictedThemes = new Set(prediction.themes);
  const missing = [...goldThemes].filter((t) => !predictedThemes.has(t));
  const extra = [...predictedThemes].filter((t) => !goldThemes.has(t));
  return {
    id: label.id,
    split: label.split,
    topic: label.topic,
    municipalityRight: prediction.municipality === label.publisher.municipality,
    organisationRight: label.publisher.organisation
      ? prediction.organisation !== null && sameOrganisation(prediction.organisation, label.publisher.organisation)
      : null,
    goals: { tp: matching.pairs.length, fp: matching.unmatchedPredicted.length, fn: matching.unmatchedGold.length },
    themes: { tp: goldThemes.size - missing.length, fp: extra.length, fn: missing.length, missing, extra },
    measurable: { right, of: matching.pairs.length },
    missedGoals: matching.unmatchedGold.map((j) => gold[j]!.replace(/\s+/g, ' ')),
    extraGoals: matching.unmatchedPredicted.map((i) => prediction.goals[i]!.text),
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function figures(scores: readonly DocumentScore[]): Figures {
  const sum = (f: (s: DocumentScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.goals.tp);
  const fp = sum((s) => s.goals.fp);
  const fn = sum((s) => s.goals.fn);
  const ttp = sum((s) => s.themes.tp);
  const tfp = sum((s) => s.themes.fp);
  const tfn = sum((s) => s.themes.fn);
  const withOrganisation = scores.filter((s) => s.organisationRight !== null);
  const measured = sum((s) => s.measurable.of);
  const goalP = ratio(tp, tp + fp);
  const goalR = ratio(tp, tp + fn);
  const themeP = ratio(ttp, ttp + tfp);
  const themeR = ratio(ttp, ttp + tfn);
  return {
    documents: scores.length,
    municipalityAccuracy: ratio(scores.filter((s) => s.municipalityRight).length, scores.length),
    organisationAccuracy: withOrganisation.length ? ratio(withOrganisation.filter((s) => s.organisationRight).length, withOrganisation.length) : null,
    goals: { precision: goalP, recall: goalR, f1: f1(goalP, goalR), tp, fp, fn },
    themes: { precision: themeP, recall: themeR, f1: f1(themeP, themeR) },
    measurableAccuracy: measured ? sum((s) => s.measurable.right) / measured : null,
    documentsWithoutGoals: scores.filter((s) => s.goals.tp + s.goals.fp === 0).length,
  };
}
