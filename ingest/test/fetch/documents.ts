/**
 * Strategy documents for the fetch tests, in my own Swedish: one municipality each, a few goals each,
 * distinct enough that every document has its own content hash; as PDF, DOCX or HTML bytes.
 */
import { writeDocx } from '../fixtures/docx-writer.js';
import { writePdf } from '../fixtures/pdf-writer.js';

export const MUNICIPALITIES = [
  'Alingsås', 'Borås', 'Kalmar', 'Växjö', 'Umeå', 'Luleå', 'Gävle', 'Falun', 'Karlstad', 'Örebro',
  'Västerås', 'Uppsala', 'Norrköping', 'Linköping', 'Jönköping', 'Halmstad', 'Kristianstad', 'Ystad', 'Östersund', 'Sundsvall',
  'Skellefteå', 'Piteå',
];

const TOPICS = [
  { title: 'Näringslivsstrategi', aim: 'stärka näringslivet och öka antalet arbetstillfällen', goal: 'antalet nya företag ska öka med 10 procent till år 2030' },
  { title: 'Miljöprogram', aim: 'minska klimatpåverkan och skydda naturen', goal: 'utsläppen av växthusgaser ska minska med 60 procent till år 2030' },
  { title: 'Upphandlingspolicy', aim: 'göra hållbara och affärsmässiga inköp', goal: 'andelen upphandlingar med sociala krav ska vara minst 30 procent år 2027' },
  { title: 'Besöksnäringsstrategi', aim: 'utveckla turismen och besöksnäringen', goal: 'antalet gästnätter ska öka med 20 procent till år 2030' },
  { title: 'Kompetensförsörjningsplan', aim: 'trygga kompetensförsörjningen i kommunens verksamheter', goal: 'andelen medarbetare som rekommenderar kommunen som arbetsgivare ska öka till 80 procent' },
];

export interface TestDocument {
  municipality: string;
  title: string;
  paragraphs: string[];
}

export function testDocument(index: number): TestDocument {
  const municipality = MUNICIPALITIES[index % MUNICIPALITIES.length]!;
  const topic = TOPICS[index % TOPICS.length]!;
  const title = `${topic.title} för ${municipality} kommun`;
  return {
    municipality,
    title,
    paragraphs: [
      `${municipality} kommun antog denna ${topic.title.toLowerCase()} i kommunfullmäktige. Dokumentet beskriver hur kommunen ska ${topic.aim} under de kommande åren, och det gäller för alla nämnder och bolag.`,
      `Mål`,
      `${municipality} kommun ska ${topic.aim}. Till det hör att ${topic.goal}.`,
      `Kommunen ska samverka med företag, föreningar och invånare i ${municipality} för att nå målen, och resultaten ska följas upp varje år i årsredovisningen.`,
      `Arbetet bygger på en bred dialog där invånare, företagare och föreningar i ${municipality} har lämnat synpunkter. Kommunen vill vara en pålitlig partner och ta tillvara den kraft som finns i hela kommunen, i tätorterna och på landsbygden.`,
      `Uppföljning`,
      `Kommunstyrelsen ansvarar för att strategin följs upp. Nämnderna redovisar sina insatser i samband med delårsrapporten, och arbetet i ${municipality} utvärderas i sin helhet efter fyra år.`,
    ],
  };
}

export function asPdf(doc: TestDocument): Buffer {
  return writePdf({ title: doc.title, pages: [[`# ${doc.title}`, ...doc.paragraphs.map((p) => (p.length < 20 ? `# ${p}` : p))]] });
}

export async function asDocx(doc: TestDocument): Promise<Buffer> {
  return writeDocx([{ heading: doc.title }, ...doc.paragraphs.map((p) => (p.length < 20 ? { heading: p, level: 2 as const } : { paragraph: p }))]);
}

export function asHtml(doc: TestDocument): string {
  const body = doc.paragraphs.map((p) => (p.length < 20 ? `<h2>${p}</h2>` : `<p>${p}</p>`)).join('\n');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${doc.title}</title></head><body><nav><a href="/">Start</a></nav><main><h1>${doc.title}</h1>\n${body}\n</main></body></html>`;
}

/** a listing page linking to the given paths */
export function linkPage(title: string, links: { href: string; text: string }[]): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><ul>${links
    .map((l) => `<li><a href="${l.href}">${l.text}</a></li>`)
    .join('')}</ul></body></html>`;
}
