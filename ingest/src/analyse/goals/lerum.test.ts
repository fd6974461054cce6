import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { structureText } from '../text/structure.js';
import { extractGoals } from './extract.js';

/**
 * The goals of Lerum's explanatory document for its business strategy (samples/seed), pinned after
 * reading the transcript sentence by sentence. The first 33 were pinned when goals needed an actor of the
 * municipality; the eight commitments without one were added when the analysis learned real documents'
 * forms (agentless and passive "ska", a subject with a relative clause, a purpose): "Man ska vara
 * effektiv …", "Evenemangen ska vara efterfrågade …", "Arbetsmarknaden ska vara till för alla …", "Det
 * ska framgå tydligt …", "Det regionala … perspektivet … ska stärkas …", "Grupper som är
 * underrepresenterade … ska identifieras …", "Syftet är att det senare ska gå att mäta …",
 * "Kompetensutveckling ska ske genom …". Left out, as explanation rather than goal: "Det finns flera
 * olika rankingar …", "Näringslivsenheten behöver rätt resurser …", "Kommunen behöver satsa på moderna
 * e-tjänster …", "Det sociala ansvaret är … och detta ska arbetas vidare med …" (its "ska" is in a
 * coordinated clause after a statement of fact). The orphaned bullets "- Effektivitet - Tillhandahållande
 * av relevant information" (noun phrases after a verb list; PDF column order) are not goals either.
 */
const seedPath = fileURLToPath(new URL('../../../../samples/seed/lerum-naringslivsstrategi-forklaring.txt', import.meta.url));
const page = readFileSync(seedPath, 'utf8');
const body = page.slice(page.indexOf('Transkript:') + 'Transkript:'.length).trim();

const PINNED: [level: string, actor: string | null, section: string, text: string][] = [
  ['inriktningsmål', 'kommunen', 'Inflytande', 'Lerums kommun ska utvärdera samt använda resultatet av relevanta undersökningar som medel för att i samverkan uppnå ett starkt Näringslivsklimat.'],
  ['mål', 'näringslivsenheten', 'Inflytande', 'Kommunens näringslivsenhet ska vara stark och funktionell.'],
  ['mål', 'näringslivsenheten', 'Inflytande', 'Näringslivsenheten ska aktivt samverka med både interna och externa aktörer.'],
  ['mål', 'förvaltningen', 'Inflytande', 'Förvaltningens näringslivsutveckling ska kännetecknas av öppenhet, delaktighet och serviceanda.'],
  ['mål', 'kommunen', 'Inflytande', 'Näringslivsservice och myndighetsutövning riktat till företag ska alltid kännetecknas av god tillgänglighet, professionellt bemötande, tilltro och lyhördhet, hög kompetens och rättssäkerhet.'],
  ['mål', 'tjänstemännen', 'Inflytande', 'Kommunens tjänstemän ska vara lätta att få kontakt med, arbeta professionellt och inneha hög kompetens inom sitt område.'],
  ['mål', null, 'Inflytande', 'Man ska vara effektiv men ändå tillhandahålla mycket hög rättsäkerhet samt relevant och riktig information.'],
  ['aktivitet', 'förvaltningen', 'Inflytande', 'Förvaltningen ska ta initiativ för att skapa mötesplatser som efterfrågas av näringslivets olika aktörer.'],
  ['aktivitet', 'förvaltningen', 'Inflytande', 'Förvaltningen ska stimulera aktivt nätverksbyggande.'],
  ['mål', null, 'Inflytande', 'Evenemangen ska vara efterfrågade av näringen och främst göras i samverkan med andra aktörer.'],
  ['aktivitet', 'förvaltningen', 'Inflytande', 'Förvaltningen ska stödja samverkan mellan skola-näringsliv för att bland annat arbeta med framtida kompetensförsörjningsbehov.'],
  ['inriktningsmål', 'kommunen', 'Kreativitet', 'Näringslivsarbetet är ett medel för att nå målet - arbetstillfällen för alla.'],
  ['inriktningsmål', 'kommunen', 'Kreativitet', 'Arbetet ska präglas av ett kreativt och innovativt förhållningssätt.'],
  ['mål', null, 'Kreativitet', 'Arbetsmarknaden ska vara till för alla dvs även personer som står längre ifrån arbetsmarknaden ska beredas plats och det är en fråga för förvaltningen att beakta ifrån olika enheter och sektorer.'],
  ['mål', 'kommunen', 'Kreativitet', 'Kommunen ska våga satsa på innovativa framtidslösningar och visa djärvhet och kreativitet i framtidsplaneringen.'],
  ['mål', 'kommunen', 'Kreativitet', 'Kommunens ska samverka för att öka ett hållbart nyföretagande samt underlätta för olika befintliga företag att växa och utvecklas.'],
  ['mål', 'näringslivsenheten', 'Kreativitet', 'Näringslivsenheten ska verka för att det ska vara lätt att starta företag i form av att det finns stöd och vägledning att tillgå.'],
  ['mål', 'kommunen', 'Kreativitet', 'Kommunens mark- och lokalförsörjningsplaner ska tydliggöras och stärka näringslivsutvecklingen samt uppmärksamma nya och kreativa arbetssätt.'],
  ['mål', null, 'Kreativitet', 'Det ska framgå tydligt vilken mark och vilka lokaler som finns tillgängliga för företag som vill utvecklas alternativt etablera sig i kommunen.'],
  ['mål', 'förvaltningen', 'Kreativitet', 'Förvaltningen ska arbeta proaktivt för att tillgodose försörjning av både mark och lokaler genom egen försorg och i samverkan med privata aktörer.'],
  ['mål', null, 'Kreativitet', 'Det regionala, nationella samt globala perspektivet på näringslivsutvecklingen i Lerums kommun ska stärkas genom ett aktivt kunskapsinhämtande samt ett nära samarbete med relevanta regionala aktörer.'],
  ['mål', 'kommunen', 'Kreativitet', 'Lerum ska samverka med regionala aktörer gällande marknadsföring, nationellt och internationellt, av kommunen som en attraktiv kommun att bo i, verka i samt besöka.'],
  ['mål', 'näringslivsenheten', 'Kreativitet', 'Näringslivsenheten ska verka som en brygga mellan det lokala näringslivet och de regionala organisationerna.'],
  ['mål', 'näringslivsenheten', 'Kreativitet', 'Näringslivsenheten ska vara en brygga emellan parterna.'],
  ['mål', 'näringslivsenheten', 'Kreativitet', 'Näringslivsenheten ska skapa/främja arenor där kreativa och innovativa företag möter mer traditionella näringar.'],
  ['mål', 'näringslivsenheten', 'Kreativitet', 'Näringslivsenheten ska främja och stödja sådana mötesplatser.'],
  ['mål', 'kommunen', 'Kreativitet', 'Kommunen ska främja mångfald och särskilt stödja grupper som är underrepresenterande i kommunens aktiva nätverk.'],
  ['mål', null, 'Kreativitet', 'Grupper som är underrepresenterade i kommunens nätverk och samverkansprojekt eller som efterfrågar extra stöd ska identifieras och extra uppmärksammas utefter sina behov.'],
  ['mål', 'kommunen', 'Kreativitet', 'Kommunen ska ligga i framkant på IT-området.'],
  ['mål', 'näringslivsenheten', 'Kreativitet', 'Näringslivsenheten ska i linje med kommunens bredbandsstrategi bevaka den utvecklingen.'],
  ['inriktningsmål', 'förvaltningen', 'Hållbarhet', 'Förvaltningen ska arbeta för ett hållbart näringsliv i Lerums kommun.'],
  ['vision', 'kommunen', 'Hållbarhet', 'Lerums kommun har en vision att bli ledande miljökommun 2025.'],
  ['mål', 'kommunen', 'Hållbarhet', 'Lerums kommun ska vara inkluderande och främja olika typer av företagande med fokus på en hållbar utveckling i alla tre dimensionerna.'],
  ['mål', 'kommunen', 'Hållbarhet', 'Kommunen ska aktivt arbeta för att öka samhällsansvaret (CSR - Corporate Social Responsibility) inom näringslivet.'],
  ['mål', null, 'Hållbarhet', 'Syftet är att det senare ska gå att mäta och följa upp CSR-utvecklingen i kommunen.'],
  ['aktivitet', 'kommunen', 'Hållbarhet', 'Lerums kommun ska skapa förutsättningar för kreativa arenor som kan attrahera hållbara företag.'],
  ['aktivitet', 'kommunen', 'Hållbarhet', 'Lerums kommun ska främja kompetensutveckling för kommunens näringsliv med fokus på hållbarhetsarbete och arbeta för att öka andelen företag som systematiskt kvalitetssäkrar sina verksamheter.'],
  ['mål', null, 'Hållbarhet', 'Kompetensutveckling ska ske genom utbildningar och informationsträffar eller andra utbildningsarenor.'],
  ['aktivitet', 'kommunen', 'Hållbarhet', 'Lerums kommun ska stötta ungt företagande med fokus på hållbarhet.'],
  ['aktivitet', 'upphandlingen', 'Hållbarhet', 'Den kommunala upphandlingen ska förbättra möjligheterna för företag inom närområdet att bli leverantörer till kommunen.'],
  ['aktivitet', 'upphandlingen', 'Hållbarhet', 'Den kommunala upphandlingen ska verka för att stimulera socialt ansvarstagande.'],
];

describe('goals of the Lerum transcript', () => {
  const goals = extractGoals(structureText(body), { actorNames: ['Lerum'] });

  it('are exactly the pinned list, in document order', () => {
    expect(goals.map((g) => [g.level, g.actor, g.section, g.text])).toEqual(PINNED);
    expect(goals.map((g) => g.position)).toEqual(PINNED.map((_, i) => i));
  });

  it('include the two goals the issue names and not its example of prose', () => {
    const texts = goals.map((g) => g.text);
    expect(texts.some((t) => t.startsWith('Lerums kommun ska utvärdera samt använda resultatet av relevanta undersökningar'))).toBe(true);
    expect(texts).toContain('Den kommunala upphandlingen ska förbättra möjligheterna för företag inom närområdet att bli leverantörer till kommunen.');
    expect(texts.some((t) => t.includes('Det finns flera olika rankingar'))).toBe(false);
  });

  it('point at their source in the text', () => {
    for (const goal of goals) {
      const source = body.slice(goal.start, goal.end).replace(/\s+/g, ' ');
      expect(goal.end).toBeGreaterThan(goal.start);
      // the source holds the goal's own words: the whole sentence, or the bullet of an expanded lead-in
      const firstWords = goal.level === 'aktivitet' ? goal.text.split(' ska ')[1]!.slice(1, 30) : goal.text.slice(0, 30);
      expect(source).toContain(firstWords);
    }
  });

  it('carry the measurable target where the text has one', () => {
    const vision = goals.find((g) => g.level === 'vision')!;
    expect(vision.measurable).toBe(true);
    expect(vision.target).toMatchObject({ kind: 'deadline', deadline: 2025 });
    expect(goals.filter((g) => g.measurable)).toHaveLength(1);
  });
});
