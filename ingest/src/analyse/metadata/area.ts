/**
 * The policy area a document belongs to, as one short Swedish label (AREAS). The title decides: the
 * earliest word in it that belongs to an area ("Kommunikationspolicy" → kommunikation, "Linköpings kommuns
 * riktlinjer för arbetsmarknad och integration" → arbetsmarknad). Two labels are only used when no
 * subject area is named, because they usually qualify another one: hållbarhet ("hållbar tillväxt") and
 * övergripande, for the municipality's overall steering (vision, strategisk plan, politisk inriktning,
 * styrdokument). A title with no area at all ("Med sikte på framtiden") falls back to the body, where
 * an area needs at least 3 words and more than any other area. Garbled titles ("Nä ringslivssträtegi") are
 * read a second time with their split words joined.
 */
import { joinSplitWords, words, type Word } from './words.js';

export const AREAS = [
  'näringsliv',
  'besöksnäring',
  'CSR',
  'internationellt',
  'personal',
  'kommunikation',
  'IT',
  'landsbygd',
  'integration',
  'kultur',
  'arbetsmarknad',
  'miljö',
  'hållbarhet',
  'övergripande',
] as const;
export type Area = (typeof AREAS)[number];

type Test = (w: Word) => boolean;
const has = (part: string): Test => (w) => w.folded.includes(part);
const starts = (prefix: string): Test => (w) => w.folded.startsWith(prefix);
const is = (...forms: string[]): Test => (w) => forms.includes(w.folded);

/** Subject areas, most specific first: a word that belongs to two takes the first. */
const SUBJECT_AREAS: readonly [Area, Test[]][] = [
  ['besöksnäring', [has('besoksnaring'), has('turism'), has('besoksmal'), starts('destination')]],
  ['CSR', [is('csr'), has('samhallsansvar')]],
  ['landsbygd', [has('landsbygd')]],
  ['internationellt', [starts('internation')]],
  ['näringsliv', [has('naringsliv'), starts('foretag'), has('foretagsklimat'), starts('tillvaxt'), is('business')]],
  ['personal', [starts('personal'), starts('ledar'), starts('medarbetar'), starts('arbetsgivar')]],
  ['kommunikation', [(w) => w.folded.startsWith('kommunikation') && !/^kommunikationer(?:na)?$/.test(w.folded)]],
  ['IT', [(w) => w.written === 'IT', starts('digitali'), starts('bredband'), starts('informationsteknik')]],
  ['integration', [starts('integr'), starts('nyanland'), starts('mangfald')]],
  ['kultur', [has('kultur')]],
  ['arbetsmarknad', [has('arbetsmarknad'), starts('sysselsattning'), has('kompetensforsorjning')]],
  ['miljö', [starts('miljo'), starts('klimat')]],
];

const SUSTAINABILITY: Test[] = [starts('hallbar')];
const STEERING: Test[] = [starts('vision'), starts('framtidsbild'), starts('styrdokument'), starts('styrmodell')];
/** Two-word phrases for overall steering: "strategisk plan", "strategiska planen", "politisk inriktning", "strategisk styrning". */
const STEERING_PHRASE = /\b(?:strategisk|strategiska)\s+(?:plan|planen|styrning)\b|\bpolitisk\s+inriktning\b/;

function subjectArea(ws: Word[]): Area | null {
  for (const w of ws) {
    for (const [area, tests] of SUBJECT_AREAS) if (tests.some((t) => t(w))) return area;
  }
  return null;
}

function areaOfTitle(title: string): Area | null {
  const ws = words(title);
  const subject = subjectArea(ws);
  if (subject) return subject;
  if (ws.some((w) => SUSTAINABILITY.some((t) => t(w)))) return 'hållbarhet';
  const folded = ws.map((w) => w.folded).join(' ');
  if (ws.some((w) => STEERING.some((t) => t(w))) || STEERING_PHRASE.test(folded)) return 'övergripande';
  return null;
}

const BODY_LIMIT = 100_000;
const MIN_BODY_WORDS = 3;

function areaOfBody(text: string): Area | null {
  const counts = new Map<Area, number>();
  for (const w of words(text.slice(0, BODY_LIMIT))) {
    const area = subjectArea([w]);
    if (area) counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_BODY_WORDS || (second && second[1] === first[1])) return null;
  return first[0];
}

export function readArea(title: string, text: string): Area | null {
  return areaOfTitle(title) ?? areaOfTitle(joinSplitWords(title)) ?? areaOfBody(text);
}
