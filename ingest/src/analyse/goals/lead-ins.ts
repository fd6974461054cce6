/**
 * What a sentence ending in a colon leads in to, read from its main clause:
 *  - "Kommunen ska:", "Vi ska därför:", "Förvaltningen vill:" — actions; each item that opens with a verb
 *    completes it ("Kommunen ska förenkla …"), level "aktivitet";
 *  - "Kommunen ska verka för att:", "Målet är att:", "Syftet är att:", "Vi arbetar för att:" — each item
 *    completes it, whatever its form;
 *  - "Förvaltningens arbete ska kännetecknas av:" — the items are words that complete one sentence;
 *  - "Kommunen har tre mål:", "Målen för perioden är:" — each item is a goal as written;
 *  - "Vi fokuserar miljöarbetet på:" — a commitment that ends in a preposition: each item completes it;
 *  - "Exempel på aktiviteter:", "Nätverket består av:" — the items illustrate; only a commitment is a goal;
 *  - "… fyra prioriterade utvecklingsområden:" — the items name areas; only a commitment is a goal;
 *  - "Regeringen har fastställt sex delmål:", "De nationella målen är:" — another level's goals, restated: none is a goal;
 *  - anything else — each item is judged on its own.
 */
import type { GoalLevel } from '@strategigrafen/schema';
import { analyseClause, type Clause } from '../grammar/clauses.js';
import { COMMITTING_MODALS, SENTENCE_ADVERBS } from '../grammar/words.js';
import { type Actor } from './actors.js';
import { commitmentOf, isExplanatory, isOwnSubject, reportsOtherLevel } from './commitment.js';
import { leadsAreas, leadsExamples } from './items.js';

export type LeadIn =
  | { kind: 'expand'; text: string; verbsOnly: boolean; level: GoalLevel; actor: Actor | null }
  /** "… fyra prioriterade utvecklingsområden:" — the items name areas; only an item that commits on its own is a goal */
  | { kind: 'areas' }
  | { kind: 'join'; text: string; level: GoalLevel; actor: Actor | null }
  | { kind: 'goals'; level: GoalLevel }
  | { kind: 'examples' }
  /** "Riksdagen har beslutat om fyra mål:" — another level's goals restated, not the document's own */
  | { kind: 'reported' }
  | { kind: 'plain' };

/** "Kommunen har tre mål:", "Strategins inriktningsmål är:", "Målen för perioden:" — a list of goals follows */
const GOAL_LIST =
  /(?:^|\s)(inriktningsmål(?:en)?|övergripande mål(?:en)?|effektmål(?:en)?|resultatmål(?:en)?|delmål(?:en)?|mål(?:en)?|målsättning(?:ar|arna|en)?|vision(?:en)?|åtgärder(?:na)?|aktiviteter(?:na)?|strategier(?:na)?|insatser(?:na)?|prioriteringar(?:na)?)(?:\s+(?:är|för\s[^:]{1,60}|(?:i|under|till)\s[^:]{1,40}))?\s*:$/iu;

/** The level of the goals a noun names: "visionen", "inriktningsmålen", "åtgärderna", "målen". */
function levelOfGoalNoun(noun: string): GoalLevel {
  if (/^(?:vision|målbild)/u.test(noun)) return 'vision';
  if (/^(?:åtgärd|aktivitet|strategi|insats|prioriter)/u.test(noun)) return 'aktivitet';
  return noun.startsWith('inriktning') || noun.startsWith('övergripande') ? 'inriktningsmål' : 'mål';
}

function goalListLevel(text: string): GoalLevel | null {
  const m = GOAL_LIST.exec(text.trim());
  return m ? levelOfGoalNoun(m[1]!.toLowerCase()) : null;
}

/** "Visionen är nedbruten i sex huvudpunkter:", "Målen konkretiseras i:": the goals themselves are the subject of the lead-in */
const GOAL_SUBJECT = /^(?:vision(?:en)?|målbild(?:en)?|inriktningsmål(?:en)?|övergripande mål(?:en)?|mål(?:en|et)?|målsättning(?:en|ar|arna)?|delmål(?:en)?)$/u;

function goalSubjectLevel(clause: Clause): GoalLevel | null {
  if (clause.verb < 0 || clause.inverted) return null;
  const words = clause.subject.filter((t) => !t.punct).map((t) => t.lower);
  const m = GOAL_SUBJECT.exec(words.slice(-2).join(' ')) ?? GOAL_SUBJECT.exec(words[words.length - 1] ?? '');
  return m && words.length <= 3 ? levelOfGoalNoun(m[0]) : null;
}

/** the state, the parliament, the EU or the UN as the subject of a lead-in: what follows is theirs */
const OTHER_LEVEL_SUBJECT = /^(?:sveriges\s+)?(?:regeringen|riksdagen|staten|eu|europeiska unionen|fn|förenta nationerna)$/u;

const QUALITY_VERBS = new Set(['är', 'har', 'erbjuder', 'präglas', 'kännetecknas', 'står']);

const ELLIPSIS = /\s*(?:…|\.\.\.)$/u;

/** "Hamnstad ska vara en plats…": a sentence broken off for its items to go on from */
export function continuesInItems(text: string): boolean {
  return ELLIPSIS.test(text);
}

/** The lead-in without the colon or ellipsis that hands over to its items. */
export function withoutLeadMark(text: string): string {
  return text.replace(/\s*:$/u, '').replace(ELLIPSIS, '').trim();
}

export function leadInOf(text: string, names: readonly string[], labelLevel?: GoalLevel): LeadIn {
  const bare = withoutLeadMark(text);
  if (isExplanatory(bare) || leadsExamples(bare)) return { kind: 'examples' };
  const clause = analyseClause(bare);
  const verb = clause.verb >= 0 ? clause.tokens[clause.verb]!.lower : '';
  const after = clause.tokens
    .slice(clause.verb + 1)
    .filter((t) => !t.punct && !SENTENCE_ADVERBS.has(t.lower))
    .map((t) => t.lower);
  if (OTHER_LEVEL_SUBJECT.test(clause.subject.filter((t) => !t.punct).map((t) => t.lower).join(' ')) || reportsOtherLevel(bare, clause)) return { kind: 'reported' };
  const commitment = commitmentOf(bare, names, { leadIn: true });
  const actor = commitment?.actor ?? null;
  const modal = COMMITTING_MODALS.has(verb) || (verb === 'vill' && isOwnSubject(clause.subject, names));
  if (modal && after.length === 0) return { kind: 'expand', text: bare, verbsOnly: true, level: 'aktivitet', actor };
  if (/\batt$/u.test(bare) && (commitment || labelLevel)) {
    return { kind: 'expand', text: bare, verbsOnly: false, level: commitment?.level === 'vision' ? 'vision' : modal ? 'aktivitet' : 'mål', actor };
  }
  const list = goalListLevel(text) ?? goalSubjectLevel(clause);
  if (list) return { kind: 'goals', level: list };
  // "Hamnstad är attraktivt med:", "Kommunen kännetecknas av:": the organisation's qualities, listed — a vision's parts
  if (clause.verb >= 0 && isOwnSubject(clause.subject, names) && QUALITY_VERBS.has(verb) && !leadsAreas(bare)) return { kind: 'goals', level: 'vision' };
  if (leadsAreas(bare)) return { kind: 'areas' };
  if ((modal || commitment) && /(?:av|med|genom|på|i|till|för|mot|om)$/u.test(bare)) {
    return modal ? { kind: 'join', text: bare, level: labelLevel ?? 'mål', actor } : { kind: 'expand', text: bare, verbsOnly: false, level: 'mål', actor };
  }
  // "Hamnstad ska vara en plats…" + "med hållbar tillväxt": the sentence goes on in each item, whatever its form
  if ((modal || commitment) && continuesInItems(text)) return { kind: 'expand', text: bare, verbsOnly: false, level: commitment?.level ?? 'mål', actor };
  if (modal || commitment) return { kind: 'expand', text: bare, verbsOnly: true, level: modal ? 'aktivitet' : commitment!.level, actor };
  return { kind: 'plain' };
}
