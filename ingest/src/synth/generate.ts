/**
 * The synthetic corpus: strategy documents of fictional municipalities, for benchmarks and load tests.
 *
 * Each document is a function of (seed, index) alone, so any slice of the corpus can be produced
 * without the rest and the same seed always gives the same bytes. A document has a title, an adoption
 * line, an introduction, two to four theme sections with "ska" goals, "X ska:" bullet lists and
 * explanatory prose, measurable targets and common boilerplate — about 30 goals on average. Some
 * paragraphs come from a shared pool and appear verbatim in documents of different municipalities,
 * which gives reuse detection something to find. Every text says it is synthetic.
 */
import { THEMES } from '@strategigrafen/schema';
import type { SourceDocument } from '../types.js';
import { FICTIONAL_MUNICIPALITIES, type FictionalMunicipality } from './gazetteer.js';
import { Random } from './prng.js';
import { BOILERPLATE, QUALIFIERS, VOCABULARY, type ThemeVocabulary } from './vocabulary.js';

export const SYNTHETIC_MARKER = 'Syntetiskt dokument – genererat för prestandatester.';

export interface SynthOptions {
  seed?: number | string;
  /** size of the whole corpus; sets how many documents share each pooled paragraph (default: the n given to synthDocuments) */
  total?: number;
}

interface DocumentType {
  /** how the title starts, e.g. "Näringslivsstrategi för" */
  title: string;
  /** how the introduction refers to the document, e.g. "denna näringslivsstrategi" */
  noun: string;
  themes: readonly string[];
}

const TYPES: readonly DocumentType[] = [
  { title: 'Näringslivsstrategi för', noun: 'denna näringslivsstrategi', themes: ['business-climate', 'entrepreneurship', 'collaboration-dialogue'] },
  { title: 'Näringslivsprogram för', noun: 'detta näringslivsprogram', themes: ['business-climate', 'service-permits', 'land-and-premises'] },
  { title: 'Näringslivspolicy för', noun: 'denna näringslivspolicy', themes: ['business-climate', 'service-permits'] },
  { title: 'Upphandlingspolicy för', noun: 'denna upphandlingspolicy', themes: ['procurement', 'csr-sustainability'] },
  { title: 'Besöksnäringsstrategi för', noun: 'denna besöksnäringsstrategi', themes: ['tourism', 'marketing-attractiveness'] },
  { title: 'Handlingsplan för kompetensförsörjning i', noun: 'denna handlingsplan', themes: ['skills-supply', 'school-business', 'labour-market'] },
  { title: 'Landsbygdsprogram för', noun: 'detta landsbygdsprogram', themes: ['rural-development', 'digital-broadband'] },
  { title: 'Internationell strategi för', noun: 'denna internationella strategi', themes: ['international', 'marketing-attractiveness'] },
  { title: 'Digitaliseringsstrategi för', noun: 'denna digitaliseringsstrategi', themes: ['digital-broadband', 'innovation'] },
  { title: 'Miljö- och klimatprogram för', noun: 'detta miljö- och klimatprogram', themes: ['environment-climate', 'csr-sustainability'] },
  { title: 'Integrationsplan för', noun: 'denna integrationsplan', themes: ['diversity-inclusion', 'labour-market'] },
  { title: 'Riktlinjer för markanvisning och etablering i', noun: 'dessa riktlinjer', themes: ['land-and-premises', 'infrastructure'] },
  { title: 'Kulturstrategi för', noun: 'denna kulturstrategi', themes: ['culture', 'tourism'] },
  { title: 'Personalpolitiskt program för', noun: 'detta personalpolitiska program', themes: ['personnel-leadership'] },
  { title: 'Vision och strategisk plan för', noun: 'denna strategiska plan', themes: ['marketing-attractiveness', 'infrastructure', 'innovation'] },
];

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'augusti', 'september', 'oktober', 'november', 'december'];
const THEME_IDS = THEMES.map((t) => t.id);

/** n synthetic documents, generated one at a time (memory stays flat for any n). */
export function* synthDocuments(n: number, seed: number | string = 1): Generator<SourceDocument> {
  for (let i = 0; i < n; i++) yield synthDocument(i, { seed, total: n });
}

/** The index-th document of the corpus with this seed. */
export function synthDocument(index: number, options: SynthOptions = {}): SourceDocument {
  const seed = options.seed ?? 1;
  const rnd = new Random(`${seed}:doc:${index}`);
  const municipality = rnd.pick(FICTIONAL_MUNICIPALITIES);
  const type = rnd.pick(TYPES);
  const year = rnd.int(2010, 2024);
  const title = `${type.title} ${municipality.genitive} kommun ${year}–${year + rnd.int(3, 6)}`;
  const others = rnd.sample(THEME_IDS.filter((id) => !type.themes.includes(id)), rnd.int(1, 3));
  const themes = [...type.themes, ...others].slice(0, 4);
  const pool = poolSize(options.total);

  const paragraphs: string[] = [
    SYNTHETIC_MARKER + ' Kommunen och texten är påhittade.',
    `Antagen av kommunfullmäktige i ${municipality.genitive} kommun ${rnd.int(1, 28)} ${rnd.pick(MONTHS)} ${year}, § ${rnd.int(10, 250)}. Dnr KS ${year}/${rnd.int(10, 999)}.`,
    'Inledning',
    `${municipality.genitive} kommun har tagit fram ${type.noun} för att ge en gemensam riktning för arbetet de kommande åren. ` +
      sentences(rnd, vocab(type.themes[0]!).prose, 2) +
      ' ' +
      rnd.pick(BOILERPLATE),
  ];
  if (rnd.chance(0.6)) paragraphs.push(pooledParagraph(seed, rnd.int(0, pool - 1)));
  for (const id of themes) paragraphs.push(...section(rnd, vocab(id), municipality));
  if (rnd.chance(0.25)) paragraphs.push(pooledParagraph(seed, rnd.int(0, pool - 1)));
  paragraphs.push('Mål och uppföljning');
  paragraphs.push(themes.slice(0, rnd.int(2, 4)).map((id) => target(rnd, vocab(id))).join(' '));
  paragraphs.push(rnd.sample(BOILERPLATE, 2).join(' '));

  return {
    path: `synth/${slug(municipality.name)}/${String(index).padStart(5, '0')}-${slug(type.title)}.txt`,
    title,
    text: paragraphs.join('\n\n'),
    relatedTitles: [],
    synthetic: true,
  };
}

/** a theme section: heading, an inriktningsmål with prose, goals in prose, and an "X ska:" list */
function section(rnd: Random, v: ThemeVocabulary, municipality: FictionalMunicipality): string[] {
  const actor = () => rnd.pick([...v.actors, `${municipality.genitive} kommun`]);
  const goal = (withQualifier: boolean) => `${actor()} ska ${rnd.pick(v.goals)}${withQualifier ? ` ${rnd.pick(QUALIFIERS)}` : ''}.`;
  const bullets = rnd.sample(v.goals, rnd.int(3, Math.min(5, v.goals.length))).map((g) => `- ${capitalise(g)}.`);
  return [
    v.heading,
    `Inriktningsmål: ${goal(false)} ${sentences(rnd, v.prose, 2)}${rnd.chance(0.5) ? ' ' : '\n\n'}${goal(true)} ${rnd.pick(v.prose)} ${goal(rnd.chance(0.5))}`,
    // lists as in word-processed originals (one item per line) or as in text scraped from PDFs (run together)
    `${actor()} ska:${rnd.chance(0.5) ? `\n${bullets.join('\n')}` : ` ${bullets.join(' ')}`}`,
    ...(rnd.chance(0.4) ? [`${sentences(rnd, v.prose, 2)} ${goal(true)} ${rnd.pick(BOILERPLATE)}`] : []),
  ];
}

function target(rnd: Random, v: ThemeVocabulary): string {
  return rnd
    .pick(v.targets)
    .replace('{n}', String(rnd.pick([3, 5, 10, 20, 25, 50, 100, 400])))
    .replace('{p}', String(rnd.int(2, 18) * 5))
    .replace('{year}', String(rnd.int(2025, 2035)));
}

/**
 * Pooled paragraphs are shared between documents. The pool grows with the corpus (one paragraph per
 * four documents) so that each paragraph turns up in a handful of documents, as copied text does, rather
 * than in so many that it looks like boilerplate.
 */
function poolSize(total = 1000): number {
  return Math.max(8, Math.ceil(total / 4));
}

function pooledParagraph(seed: number | string, k: number): string {
  const rnd = new Random(`${seed}:pool:${k}`);
  const v = vocab(rnd.pick(THEME_IDS));
  const [first, ...rest] = rnd.sample(v.prose, 3);
  const [goal1, goal2] = rnd.sample(v.goals, 2);
  return [first, `Kommunen ska ${goal1} ${rnd.pick(QUALIFIERS)}.`, ...rest, `Förvaltningen ska ${goal2 ?? goal1}.`, rnd.pick(BOILERPLATE)].join(' ');
}

function vocab(themeId: string): ThemeVocabulary {
  const v = VOCABULARY[themeId];
  if (!v) throw new Error(`synth: no vocabulary for theme "${themeId}"; add it to synth/vocabulary.ts`);
  return v;
}

function sentences(rnd: Random, from: readonly string[], k: number): string {
  return rnd.sample(from, k).join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

function slug(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
