import { describe, expect, it } from 'vitest';
import { structureText } from '../text/structure.js';
import { actorOf } from './actors.js';
import { extractGoals } from './extract.js';
import { measurableTarget } from './targets.js';

const goalsOf = (text: string, actorNames: string[] = []) => extractGoals(structureText(text), { actorNames });

describe('extractGoals', () => {
  it('expands an "X ska:" lead-in into one goal per verb bullet', () => {
    const goals = goalsOf(
      'Förvaltningen ska: - Ta initiativ för att skapa mötesplatser som efterfrågas av näringslivets olika aktörer. - Stimulera aktivt nätverksbyggande',
    );
    expect(goals.map((g) => [g.text, g.actor, g.level])).toEqual([
      ['Förvaltningen ska ta initiativ för att skapa mötesplatser som efterfrågas av näringslivets olika aktörer.', 'förvaltningen', 'aktivitet'],
      ['Förvaltningen ska stimulera aktivt nätverksbyggande.', 'förvaltningen', 'aktivitet'],
    ]);
  });

  it('joins noun bullets after a lead-in that does not end in the verb into one goal', () => {
    const goals = goalsOf('Förvaltningens näringslivsutveckling ska kännetecknas av: - Öppenhet - Delaktighet - Serviceanda Det betyder att vi lyssnar.');
    expect(goals.map((g) => g.text)).toEqual(['Förvaltningens näringslivsutveckling ska kännetecknas av öppenhet, delaktighet och serviceanda.']);
  });

  it('takes every commitment of a main clause, whatever its subject, and leaves explanations, needs and possibilities', () => {
    const goals = goalsOf(
      [
        'Kommunen ska ligga i framkant på IT-området.',
        'Det finns flera olika rankingar som mäter näringslivsklimat i Sverige.',
        'Näringslivsenheten behöver rätt resurser för att kunna svara upp mot behoven.',
        'Det ska framgå tydligt vilken mark som finns.',
        'Man ska vara effektiv.',
        'Evenemangen ska vara efterfrågade av näringen.',
        'Grupper som är underrepresenterade ska identifieras.',
        'Syftet är att det senare ska gå att mäta utvecklingen.',
        'Detta kan exempelvis vara olika näringslivsevenemang.',
        'Främst dessa två mätningar kommer att följas.',
        'Upphandlingsenheten bör erbjuda dialogmöten.',
        'Vi vill att fler unga startar företag.',
        'Företagen i kommunen ska växa.',
      ].join(' '),
    );
    expect(goals.map((g) => [g.text, g.actor, g.level])).toEqual([
      ['Kommunen ska ligga i framkant på IT-området.', 'kommunen', 'mål'],
      ['Det ska framgå tydligt vilken mark som finns.', null, 'mål'],
      ['Man ska vara effektiv.', null, 'mål'],
      ['Evenemangen ska vara efterfrågade av näringen.', null, 'mål'],
      ['Grupper som är underrepresenterade ska identifieras.', null, 'mål'],
      ['Syftet är att det senare ska gå att mäta utvecklingen.', null, 'mål'],
      ['Upphandlingsenheten bör erbjuda dialogmöten.', 'upphandlingen', 'mål'],
      ['Vi vill att fler unga startar företag.', 'kommunen', 'mål'],
      ['Företagen i kommunen ska växa.', null, 'mål'],
    ]);
  });

  it('reads goal phrases such as "ambitionen är att" and visions, with their targets', () => {
    const goals = goalsOf('Kommunens ambition är att inom mandatperioden: Ligga topp 5 i Svenskt Näringslivs ranking av kommunernas företagsklimat.');
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({
      text: 'Kommunens ambition är att inom mandatperioden ligga topp 5 i Svenskt Näringslivs ranking av kommunernas företagsklimat.',
      actor: 'kommunen',
      level: 'mål',
      measurable: true,
      target: { kind: 'ranking', value: 5, text: 'topp 5 i Svenskt Näringslivs ranking' },
    });
    const [vision] = goalsOf('Visionen är att Exempelby år 2030 är Sveriges bästa kommun för företagare.');
    expect(vision).toMatchObject({ level: 'vision', target: { kind: 'deadline', deadline: 2030 } });
  });

  it('gives goals under an inline label the label\'s level while the run of goals lasts', () => {
    const goals = goalsOf(
      'Kreativitet Inriktningsmål: Näringslivsarbetet är ett medel för att nå målet. Arbetet ska präglas av kreativitet. En del i arbetet är att stötta företagen. Kommunen ska våga satsa.',
    );
    expect(goals.map((g) => [g.level, g.section])).toEqual([
      ['inriktningsmål', 'Kreativitet'],
      ['inriktningsmål', 'Kreativitet'],
      ['mål', 'Kreativitet'],
    ]);
  });

  it('takes the lines under a goal heading as goals of that level', () => {
    const text = ['Effektmål', '- Antalet nystartade företag ska öka med 10 procent till 2026.', '- Fler unga i arbete', '', 'Bakgrund', 'Kommunen har många företag.'].join('\n');
    const goals = goalsOf(text);
    expect(goals.map((g) => [g.text, g.level])).toEqual([
      ['Antalet nystartade företag ska öka med 10 procent till 2026.', 'mål'],
      ['Fler unga i arbete.', 'mål'],
    ]);
    expect(goals[0]!.target).toMatchObject({ kind: 'percentage', value: 10, unit: '%', deadline: 2026 });
  });

  it('takes commitments without an actor: agentless, passive, after a fronted clause, with a relative clause', () => {
    const goals = goalsOf(
      [
        'Andelen företag som arbetar systematiskt med hållbarhet ska öka till 65 procent senast 2028.',
        'Handläggningstiden för bygglov ska vara högst 10 dagar.',
        'Evenemangen ska vara efterfrågade av näringen.',
        'Om fler företag startas ska andelen öka med 5 procent.',
        'Ersättningen ska betalas ut senast 2026.',
        'Grupper som är underrepresenterade ska identifieras.',
      ].join(' '),
    );
    expect(goals.map((g) => [g.text, g.actor, g.level, g.target?.kind ?? null])).toEqual([
      ['Andelen företag som arbetar systematiskt med hållbarhet ska öka till 65 procent senast 2028.', null, 'mål', 'percentage'],
      ['Handläggningstiden för bygglov ska vara högst 10 dagar.', null, 'mål', 'number'],
      ['Evenemangen ska vara efterfrågade av näringen.', null, 'mål', null],
      ['Om fler företag startas ska andelen öka med 5 procent.', null, 'mål', 'percentage'],
      ['Ersättningen ska betalas ut senast 2026.', null, 'mål', 'deadline'],
      ['Grupper som är underrepresenterade ska identifieras.', null, 'mål', null],
    ]);
  });

  it('recognises the document\'s own municipality by name', () => {
    expect(goalsOf('Lerum ska samverka med regionala aktörer.', ['Lerum'])[0]?.actor).toBe('kommunen');
    // without the name the goal is still a goal, of no known actor
    expect(goalsOf('Lerum ska samverka med regionala aktörer.').map((g) => g.actor)).toEqual([null]);
  });

  it('repairs words broken by PDF extraction in the goal text', () => {
    expect(goalsOf('Kommunen ska säkra att D et finns mark.')[0]!.text).toBe('Kommunen ska säkra att Det finns mark.');
  });
});

describe('actorOf', () => {
  it('normalises the subject to the actor vocabulary', () => {
    expect(actorOf('Lerums kommun')).toBe('kommunen');
    expect(actorOf('Kommunens näringslivsenhet')).toBe('näringslivsenheten');
    expect(actorOf('Den kommunala upphandlingen')).toBe('upphandlingen');
    expect(actorOf('Göteborgs Stad')).toBe('kommunen');
    expect(actorOf('Kommunens mark- och lokalförsörjningsplaner')).toBe('kommunen');
    expect(actorOf('Region Gävleborg')).toBe('regionen');
    expect(actorOf('Arbetet')).toBe('kommunen');
    expect(actorOf('IT-enheten')).toBe('förvaltningen');
    expect(actorOf('Turistbyrån')).toBe('förvaltningen');
    expect(actorOf('Kommunikationsenheten')).toBe('förvaltningen');
    expect(actorOf('Stadsbyggnadskontoret')).toBe('förvaltningen');
    expect(actorOf('Landsbygdsutvecklaren')).toBe('tjänstemännen');
    expect(actorOf('Varje chef')).toBe('tjänstemännen');
    expect(actorOf('Destinationsbolaget')).toBe('bolaget');
    expect(actorOf('Företagen i kommunen')).toBeNull();
    expect(actorOf('Arbetsförmedlingen')).toBeNull();
    expect(actorOf('Arbetsmarknaden')).toBeNull();
  });
});

describe('measurableTarget', () => {
  it('finds rankings, percentages, counts and deadlines', () => {
    expect(measurableTarget('Ligga topp 5 i Svenskt Näringslivs ranking av kommunernas företagsklimat.')).toEqual({
      text: 'topp 5 i Svenskt Näringslivs ranking',
      kind: 'ranking',
      value: 5,
    });
    expect(measurableTarget('Kommunen ska vara bland de 50 bästa kommunerna senast 2027.')).toMatchObject({ kind: 'ranking', value: 50, deadline: 2027 });
    expect(measurableTarget('Andelen ska öka till 75 % av företagen.')).toMatchObject({ kind: 'percentage', value: 75, unit: '%' });
    expect(measurableTarget('Skapa 1 500 nya arbetstillfällen till 2030.')).toMatchObject({ kind: 'number', value: 1500, unit: 'arbetstillfällen', deadline: 2030 });
    expect(measurableTarget('Lerums kommun har en vision att bli ledande miljökommun 2025.')).toEqual({
      text: '2025',
      kind: 'deadline',
      value: 2025,
      deadline: 2025,
    });
  });

  it('finds benchmarks, measures, bounds and frequencies', () => {
    expect(measurableTarget('Tryggheten ska öka och ligga över rikssnittet.')).toEqual({ text: 'över rikssnittet', kind: 'benchmark' });
    expect(measurableTarget('Nyföretagandet ska nå länsgenomsnittet senast 2030.')).toEqual({ text: 'nå länsgenomsnittet', kind: 'benchmark', deadline: 2030 });
    expect(measurableTarget('Kostnaderna ska ligga i nivå med riket.')).toMatchObject({ kind: 'benchmark' });
    expect(measurableTarget('Omdömet ska uppgå till 4,2 på en 6-gradig skala.')).toMatchObject({ kind: 'number', value: 4.2, unit: 'av 6' });
    expect(measurableTarget('Alla hushåll ska kunna få bredband om minst 1 000 Mbit/s.')).toMatchObject({ kind: 'number', value: 1000, unit: 'mbit/s' });
    expect(measurableTarget('Kommunen ska växa till 12 000 medborgare.')).toMatchObject({ kind: 'number', value: 12000, unit: 'medborgare' });
    expect(measurableTarget('Minst 5 nedlagda deponier ska saneras varje år.')).toMatchObject({ kind: 'number', value: 5, unit: 'nedlagda deponier' });
    expect(measurableTarget('Träffa näringslivsrådet 3–4 gånger per år.')).toMatchObject({ kind: 'number', value: 4, unit: 'gånger per år' });
    // the same words without a published level or a number are no target
    expect(measurableTarget('Tryggheten ska öka i hela kommunen.')).toBeNull();
    expect(measurableTarget('Vi ska ligga under snittet för kostnader.')).toBeNull();
  });

  it('does not take the year of a referenced document for a deadline', () => {
    expect(measurableTarget('Nedskräpningen ska minska. (Avfallsplan 2024–2031).')).toBeNull();
    expect(measurableTarget('Nedskräpningen ska minska till 2031.')).toMatchObject({ kind: 'deadline', value: 2031 });
  });

  it('does not take any number for a target', () => {
    expect(measurableTarget('Under 2016 påbörjade förvaltningen en uppdatering av strategin.')).toBeNull();
    expect(measurableTarget('Kommunen ska arbeta enligt 3 § i lagen.')).toBeNull();
    expect(measurableTarget('Kommunen ska samverka med andra kommuner.')).toBeNull();
  });
});
