/**
 * Real layouts: two columns, running headers and footers, hyphenated line ends, bold headings and a
 * file name as metadata title, in PDFs made here (fixtures/layout-pdf.ts, pdf-lib) from my own Swedish
 * text. The PDF must read back as the same text as the .txt, and analyse to the same municipality and goals.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseSource } from '../../src/pipeline/index.js';
import { parseBytes, readSource } from '../../src/read/index.js';
import { joinLines, orderLines, toLines, type TextRun } from '../../src/read/pdf-layout.js';
import { asText, writeLayoutPdf, type LayoutSpec } from '../fixtures/layout-pdf.js';

const KALMAR: LayoutSpec = {
  title: 'Näringslivsstrategi för Kalmar kommun 2024–2030',
  metadataTitle: 'naringslivsstrategi_2024_slutversion.docx',
  header: 'Kalmar kommun · Näringslivsstrategi 2024–2030',
  blocks: [
    { heading: 'Inledning' },
    {
      paragraph:
        'Kalmar kommun vill vara en plats där företag startar, växer och stannar. Strategin beskriver hur kommunen tillsammans med närings|livet, akademin och föreningslivet ska stärka den lokala konkurrens|kraften och skapa fler arbets|tillfällen i hela kommunen, i staden och på landsbygden.',
    },
    {
      paragraph:
        'Strategin har tagits fram i dialog med företagare, branschföreningar och invånare. Den antogs av kommun|fullmäktige och gäller för alla nämnder och bolag. Den ska läsas tillsammans med kommunens miljö- och klimatarbete och med den regionala utvecklings|strategin för Kalmar län.',
    },
    { heading: 'Mål för näringslivet' },
    { paragraph: 'Kalmar kommun ska bli en av landets tio bästa kommuner i Svenskt Näringslivs ranking av företags|klimatet senast år 2030.' },
    { paragraph: 'Antalet nystartade företag ska öka med 15 procent till år 2028 jämfört med år 2023.' },
    {
      paragraph:
        'Kommunen ska korta handläggnings|tiden för bygglov och serveringstillstånd så att ett beslut i normalfallet fattas inom fyra veckor från en komplett ansökan.',
    },
    { heading: 'Kompetensförsörjning' },
    {
      paragraph:
        'Tillgången på rätt kompetens är företagens största utmaning. Kommunen ska samarbeta med Linnéuniversitetet och gymnasieskolan så att fler unga väljer utbildningar som leder till jobb i regionen, och kompetens|försörjningen ska följas upp varje år i dialog med arbetsgivarna.',
    },
    { paragraph: 'Andelen elever som fullföljer ett yrkesprogram ska öka till 85 procent år 2030.' },
    { heading: 'Besöksnäring och handel' },
    {
      paragraph:
        'Besöks|näringen är en växande del av det lokala näringslivet. Kommunen ska utveckla stadskärnan, hamnen och Ölandsbron som mötesplatser och verka för att evenemang och konferenser förläggs till Kalmar under hela året, inte bara under sommaren.',
    },
    { paragraph: 'Antalet gästnätter ska öka med 20 procent till år 2030.' },
    { heading: 'Etableringar och infrastruktur' },
    {
      paragraph:
        'Företag som vill etablera sig ska mötas av en samlad service. Kommunen ska ha planlagd mark för verksamheter i alla delar av kommunen och arbeta för bättre förbindelser med tåg, flyg och väg, så att det blir enklare att pendla till och från Kalmar och att transportera gods.',
    },
    { paragraph: 'Kommunen ska ha minst 30 hektar planlagd och byggklar verksamhets|mark tillgänglig varje år.' },
    {
      paragraph:
        'Bredband med hög kapacitet är en förutsättning för företagande på landsbygden. Kommunen ska verka för att alla hushåll och företag får tillgång till snabbt bredband, och arbeta tillsammans med regionen och de privata nätägarna för att utbyggnaden ska gå fortare.',
    },
    { heading: 'Hållbart företagande' },
    {
      paragraph:
        'Omställningen till en fossilfri ekonomi ger nya möjligheter för företagen i Kalmar. Kommunen ska stödja företag som utvecklar hållbara produkter och tjänster, och ställa krav på miljö och arbetsvillkor i sina egna upphandlingar så att hållbarhets|arbetet lönar sig för dem som går före.',
    },
    { paragraph: 'Andelen upphandlingar med krav på minskad klimatpåverkan ska vara minst 50 procent år 2027.' },
    {
      paragraph:
        'Kommunen ska tillsammans med energibolaget och lantbrukarna undersöka hur mer förnybar energi kan produceras lokalt, och hur överskotts|värme från industrin kan tas till vara i fjärrvärmenätet.',
    },
    { heading: 'Digitalisering och service' },
    {
      paragraph:
        'Företagarna ska uppleva att kommunen är lätt att ha att göra med. Kommunen ska erbjuda fler e-tjänster för tillstånd och anmälningar, samla informationen till företag på ett ställe och följa upp hur företagen upplever servicen i den årliga mätningen av myndighets|utövningen.',
    },
    { paragraph: 'Företagens nöjdhet med kommunens service ska nå ett index på minst 80 år 2026.' },
    { heading: 'Uppföljning' },
    {
      paragraph:
        'Kommunstyrelsen ansvarar för att strategin följs upp. Näringslivs|kontoret sammanställer varje år en rapport om målen, och strategin som helhet utvärderas efter halva tiden, så att insatserna kan justeras om utvecklingen går åt fel håll eller om omvärlden förändras.',
    },
  ],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strategigrafen-pdf-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBoth(spec: LayoutSpec) {
  const pdf = await parseBytes(await writeLayoutPdf(spec), 'strategi.pdf');
  const txt = await parseBytes(Buffer.from(asText(spec)), 'strategi.txt');
  return { pdf, txt };
}

const analysis = (source: Parameters<typeof analyseSource>[0]) => {
  const doc = analyseSource(source);
  return { title: doc.title, municipality: doc.municipality?.code ?? null, kind: doc.kind, goals: doc.goals.map((g) => g.text) };
};

describe('a two-column PDF with running headers, footers and hyphenation', () => {
  it('reads back as exactly the text of the same document as .txt', async () => {
    const { pdf, txt } = await readBoth(KALMAR);
    expect(pdf.title).toBe(KALMAR.title); // the file-name metadata title is ignored for the first heading
    expect(pdf.text).toBe(txt.text);
  });

  it('spans pages and columns (the test is not trivially one column)', async () => {
    const bytes = await writeLayoutPdf(KALMAR);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(2);
  });

  it('has no running header, footer or page number left, joins hyphenated words and keeps "miljö- och"', async () => {
    const { pdf } = await readBoth(KALMAR);
    expect(pdf.text).not.toContain('Näringslivsstrategi 2024–2030 ·');
    expect(pdf.text).not.toMatch(/Kalmar kommun · /);
    expect(pdf.text).not.toMatch(/Sida \d/);
    expect(pdf.text).toContain('den lokala konkurrenskraften');
    expect(pdf.text).toContain('kommunens miljö- och klimatarbete');
    expect(pdf.text).not.toMatch(/konkurrens- ?kraft/);
    expect(pdf.text.split('\n\n')).toContain('Mål för näringslivet'); // the heading stands apart from the goal after it
  });

  it('analyses to the same municipality and goals as the .txt', async () => {
    const { pdf, txt } = await readBoth(KALMAR);
    const fromPdf = analysis(pdf);
    expect(fromPdf).toEqual(analysis(txt));
    expect(fromPdf.municipality).toBe('0880');
    expect(fromPdf.goals.length).toBeGreaterThanOrEqual(4);
  });

  it('reads the same text when the document is set in one column', async () => {
    const { pdf, txt } = await readBoth({ ...KALMAR, columns: 1, footer: '{n} ({total})' });
    expect(pdf.text).toBe(txt.text);
  });
});

describe('a scanned PDF', () => {
  it('is reported as needing OCR, naming the file, not ingested as empty', async () => {
    const scan = await PDFDocument.create();
    for (let i = 0; i < 3; i++) {
      const page = scan.addPage([595, 842]);
      page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.85) }); // a page image stands in
    }
    const file = join(dir, 'skannad-plan.pdf');
    await writeFile(file, await scan.save());
    const error = await readSource(file).catch((e: unknown) => e as Error & { code?: string });
    expect(error).toMatchObject({ code: 'no-text' });
    expect((error as Error).message).toMatch(/^skannad-plan\.pdf: the PDF has no text layer .*OCR is needed/);
  });

  it('counts a scan with only page numbers in its text layer as a scan too', async () => {
    const spec: LayoutSpec = { title: '', header: '', blocks: [] };
    const bytes = await writeLayoutPdf(spec);
    await expect(parseBytes(bytes, 'sidnummer.pdf')).rejects.toMatchObject({ code: 'no-text' });
  });
});

describe('joining lines', () => {
  it.each([
    [['konkurrens-', 'kraft ska öka'], 'konkurrenskraft ska öka'],
    [['kommunens miljö-', 'och klimatarbete'], 'kommunens miljö- och klimatarbete'],
    [['vård-', 'eller omsorgsboende'], 'vård- eller omsorgsboende'],
    [['stöd från EU-', 'programmen'], 'stöd från EU-programmen'],
    [['fler e-', 'tjänster'], 'fler e-tjänster'],
    [['Stockholm-', 'Mälardalen'], 'Stockholm-Mälardalen'],
    [['mellan 2024 -', '2030'], 'mellan 2024 - 2030'],
    [['mjuk\u00adav', 'stavning'], 'mjuk\u00adav stavning'],
    [['ett mjukt bindestreck i närings\u00ad', 'livet'], 'ett mjukt bindestreck i näringslivet'],
  ])('%j → %s', (lines, text) => {
    expect(joinLines(lines)).toBe(text);
  });
});

describe('reading order', () => {
  const run = (str: string, x: number, y: number, width = str.length * 5): TextRun => ({ str, x, y, width, fontSize: 10, hasEOL: true });

  it('reads the left column before the right one, and full-width lines as band breaks', () => {
    const runs = [
      run('Rubrik över hela sidan som är bred', 50, 800, 450),
      run('vänster ett', 50, 780, 200),
      run('höger ett', 300, 780, 200),
      run('vänster två', 50, 767, 200),
      run('höger två', 300, 767, 200),
      run('vänster tre', 50, 754, 200),
      run('höger tre', 300, 754, 200),
    ];
    expect(orderLines(toLines(runs)).map((l) => l.text)).toEqual([
      'Rubrik över hela sidan som är bred',
      'vänster ett',
      'vänster två',
      'vänster tre',
      'höger ett',
      'höger två',
      'höger tre',
    ]);
  });

  it('splits runs of one baseline at a column gutter even when pdf.js puts them on one line', () => {
    const runs: TextRun[] = [
      { str: 'vänster', x: 50, y: 700, width: 200, fontSize: 10, hasEOL: false },
      { str: 'höger', x: 300, y: 700, width: 200, fontSize: 10, hasEOL: true },
    ];
    expect(toLines(runs).map((l) => l.text)).toEqual(['vänster', 'höger']);
  });
});
