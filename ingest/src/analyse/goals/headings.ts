/** What a document's title, its headings and its goal labels say about the sentences under them. */
import type { GoalLevel } from '@strategigrafen/schema';
import { LABEL_HEADING } from '../text/labels.js';
import { isStatementHeading, type LocatedSentence } from '../text/structure.js';
import { commitmentOf } from './commitment.js';
import { wordCount, type FoundGoal } from './goal-text.js';

/** a heading or title that announces a vision: what follows describes the desired future in the present tense */
export const VISION_HEADING = /(?<!\p{L})(?:vision(?:en)?|framtidsvision(?:en)?|målbild(?:en)?|framtidsbild(?:en)?|visionsmål(?:et)?)(?!\p{L})/iu;
/**
 * a title that is a vision and nothing else ("Vision 2030", "Framtidsvision Hamnstad 2030", "Målbild 2025",
 * "Målbild för Norrvik"): the vision is what the title names, not one part joined to another ("Förord och vår målbild").
 * A subtitle after a dash or a colon is the vision's motto ("Vision 2030 – Tillsammans gör vi Norrvik bättre").
 */
const VISION_TITLE = /(?<!\p{L})(?:framtids)?(?:vision|målbild)(?:en)?(?!\p{L})/iu;
const OTHER_DOCUMENT = /(?:strategi|plan|program|policy|mål(?!bild)|riktlinje|handling|budget|rapport|uppdrag)/iu;
const JOINED = /(?:\s(?:och|samt)\s|,)/iu;
const SUBTITLE = /\s[-–—]\s|:\s/u;
export function isVisionTitle(fullTitle: string): boolean {
  const title = fullTitle.split(SUBTITLE, 1)[0]!.trim();
  const vision = VISION_TITLE.exec(title);
  return vision !== null && !JOINED.test(title.slice(0, vision.index)) && !OTHER_DOCUMENT.test(title) && wordCount(title) <= 5;
}
/** a heading that holds its goal after a colon: "Mål 1 år 2020–2023: 30 000 invånare 2030" */
const GOAL_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:strategiskt|övergripande|långsiktigt|kommunfullmäktiges)\s+)?(?:mål|delmål|effektmål|inriktningsmål|målområde|vision)\b[^:]{0,40}:\s*(\S.{3,})$/iu;

export const LABEL_LEVELS: Readonly<Record<string, GoalLevel>> = {
  Inriktning: 'inriktningsmål',
  Inriktningsmål: 'inriktningsmål',
  'Övergripande mål': 'inriktningsmål',
  'Strategiska mål': 'inriktningsmål',
  Mål: 'mål',
  Effektmål: 'mål',
  Resultatmål: 'mål',
  Verksamhetsmål: 'mål',
  Delmål: 'mål',
  Målsättning: 'mål',
  Målsättningar: 'mål',
  Vision: 'vision',
  Visionen: 'vision',
  Aktiviteter: 'aktivitet',
  Åtgärder: 'aktivitet',
  Strategier: 'aktivitet',
};

/**
 * The goal the heading of `s`'s section states itself, or null: "Mål 1: 30 000 invånare 2030", or a
 * statement under a goal heading ("Övergripande mål" … "Norrvik är en trygg kommun").
 */
export function headingGoal(s: LocatedSentence, source: string, names: readonly string[] = []): FoundGoal | null {
  const heading = s.section?.trim() ?? '';
  /** the heading itself as the goal, where it stands in the source */
  const asGoal = (level: GoalLevel, actor: FoundGoal['actor']): FoundGoal | null => {
    const at = source.lastIndexOf(heading, s.start);
    return at >= 0 ? { text: heading, level, actor, start: at, end: at + heading.length } : null;
  };
  // a heading that is itself a commitment of the organisation: "Kommunen vill skapa goda villkor för småföretag"
  const committed = heading && wordCount(heading) >= 4 && isStatementHeading(heading) ? commitmentOf(heading, names) : null;
  // (a present tense "Så arbetar vi med visionen" introduces how the work is done: only a modal or "vill" commits)
  const verb = committed ? committed.clause.tokens[committed.clause.verb]!.lower : '';
  if (committed && (committed.kind === 'modal' || verb === 'vill') && committed.actor !== null) {
    const goal = asGoal(committed.level, committed.actor);
    if (goal) return goal;
  }
  if (s.labelSource === 'heading' && s.label && heading && !LABEL_HEADING.test(heading) && isStatementHeading(heading)) {
    const goal = asGoal(LABEL_LEVELS[s.label] ?? 'mål', null);
    if (goal) return goal;
  }
  const headed = heading ? GOAL_HEADING.exec(heading) : null;
  if (!headed) return null;
  const at = source.lastIndexOf(headed[1]!.trim().split(/\s+/)[0]!, s.start);
  return { text: headed[1]!, level: 'mål', actor: null, start: at >= 0 ? at : s.start, end: at >= 0 ? at + headed[1]!.length : s.start };
}
