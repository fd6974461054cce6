/**
 * Goal labels: the words that introduce goals, as a heading line ("Mål", "3.2 Effektmål", "Vision:")
 * or at the start of a sentence ("Inriktningsmål: Kommunen ska …", "Inflytande Inriktning: …").
 */

/** Labels that introduce goals (and plain headings with these names). Longest first. */
const GOAL_LABELS = [
  'Övergripande mål', 'Strategiska mål', 'Inriktningsmål', 'Effektmål', 'Resultatmål', 'Verksamhetsmål', 'Delmål',
  'Målsättningar', 'Målsättning', 'Inriktning', 'Visionen', 'Vision', 'Mål', 'Aktiviteter', 'Åtgärder', 'Strategier',
  'Syfte',
];
const LABEL_PATTERN = GOAL_LABELS.join('|');

/** "Inflytande Inriktning: …", "Inriktningsmål: …" at the start of a sentence: [prefix, inline heading, label]. */
export const INLINE_LABEL = new RegExp(
  `^(?:((?:\\p{Lu}[\\p{Ll}\\-]+)(?:\\s+(?:och|&)\\s+\\p{Ll}+|\\s+\\p{Ll}+)?)\\s+)?(${LABEL_PATTERN})\\s*:\\s*`,
  'u',
);

/**
 * A heading line that is itself a label: "Mål", "3.2 Effektmål", "Vision:", "Mål 2030", and short headings
 * that open or close with one ("Vision landsbygd", "Vår vision", "Kommunens övergripande mål", "Mål för Norrvik 2040").
 */
export const LABEL_HEADING = new RegExp(
  `^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:(?:vår|vårt|våra|kommunens|regionens|strategins|planens|programmets|\\p{Lu}\\p{Ll}+s)\\s+)?(${LABEL_PATTERN})(?:\\s+\\d{4}|\\s+\\p{Ll}+|\\s+för\\s+\\p{L}+(?:\\s\\p{L}+)?(?:\\s+\\d{4})?)?\\s*:?$`,
  'iu',
);

/** "effektmål" → "Effektmål", "ÖVERGRIPANDE MÅL" → "Övergripande mål" */
export function normaliseLabel(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1).toLowerCase();
}
