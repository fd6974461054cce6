import { describe, expect, it } from 'vitest';
import { commitmentOf } from './commitment.js';

// Every sentence here is written for these tests.
const kind = (s: string, names: string[] = []) => commitmentOf(s, names)?.kind ?? null;

describe('commitments of one sentence', () => {
  it('takes a main-clause "ska", "skall" or "bör", whatever the subject and word order', () => {
    expect(kind('Kommunen ska halvera matsvinnet i skolorna.')).toBe('modal');
    expect(kind('Planen ska vägleda alla nämnder.')).toBe('modal');
    expect(kind('Gång- och cykelvägarna skall byggas ut.')).toBe('modal');
    expect(kind('Andelen ekologiska livsmedel bör öka.')).toBe('modal');
    expect(kind('Vid varje upphandling ska sociala krav prövas.')).toBe('modal');
    expect(kind('Den ska även underlätta för nya företag.')).toBe('modal');
  });

  it('takes a "måste" that the organisation takes on, or in the passive, but not what others must do', () => {
    expect(kind('Vi måste också minska matsvinnet i köken.')).toBe('modal');
    expect(kind('Kommunen måste bli bättre på att svara företagen.')).toBe('modal');
    expect(kind('Möbler som redan finns måste tas tillvara.')).toBe('modal');
    expect(kind('Företagen måste kunna rekrytera rätt kompetens.')).toBeNull();
  });

  it('takes the organisation\'s state in a target year named right after the verb, not what it did that year', () => {
    expect(kind('Hamnstad har 2030 ett varierat näringsliv.', ['Hamnstad'])).toBe('future-state');
    expect(kind('Kommunen är år 2035 fossilfri.')).toBe('future-state');
    expect(kind('Kommunen har 2023 antagit en plan för skolan.')).toBeNull();
    expect(kind('Företagen har 2030 fler anställda.')).toBeNull();
    // and a bare year after the state
    expect(kind('Kommunens fordon och inhyrda transporter är fossilfria 2028.')).toBe('future-state');
    expect(kind('Planen antogs 2023.')).toBeNull();
  });

  it('takes what the organisation holds important to do, but not what is important to others or in general', () => {
    expect(kind('Det är viktigt för oss att korta handläggningstiderna.')).toBe('phrase');
    expect(kind('Det är en självklarhet för kommunen att bemöta alla med respekt.')).toBe('phrase');
    expect(kind('I skolans kök är det av högsta prioritet att minska matsvinnet.')).toBe('phrase');
    expect(kind('Det är viktigt att barn får röra på sig.')).toBeNull();
    expect(kind('Det är viktigt för företagen att hitta personal.')).toBeNull();
  });

  it('takes intents of the organisation and goal phrases', () => {
    expect(kind('Vi vill att fler ungdomar stannar i kommunen.')).toBe('intent');
    expect(kind('Kommunen strävar efter en giftfri förskola.')).toBe('intent');
    expect(kind('Hamnstads kommun arbetar aktivt för fler lärlingsplatser.', ['Hamnstad'])).toBe('intent');
    expect(kind('Uppföljningen kommer att ske varje höst.')).toBe('intent');
    expect(kind('Det övergripande målet för fritidsarbetet är att alla barn ska ha en fritidsaktivitet.')).toBe('phrase');
    expect(kind('Vår ambition är att bli länets bästa skolkommun.')).toBe('phrase');
    expect(kind('Invånarmålet för 2040 är 30 000 invånare.')).toBe('phrase');
    expect(kind('Kommunen har som mål att alla hushåll ska ha fiber.')).toBe('phrase');
    expect(kind('Planen syftar till att minska buller längs lederna.')).toBe('phrase');
    expect(kind('År 2035 är byn en plats där unga vill bo.')).toBe('future-state');
    expect(kind('Planen revideras varje mandatperiod.')).toBe('procedure');
  });

  it('takes a promise, and a joint subject that includes the organisation, as its intent', () => {
    expect(kind('Kommunen lovar att svara på alla synpunkter inom en vecka.')).toBe('intent');
    expect(kind('Kommunen och polisen lovar att genomföra fler trygghetsvandringar.')).toBe('intent');
    expect(kind('Kommunen och företagen arbetar för fler lärlingsplatser.')).toBe('intent');
    expect(kind('Företagen och föreningarna arbetar för fler lärlingsplatser.')).toBeNull();
  });

  it('takes a wish whose clause commits the organisation itself, not one that binds others', () => {
    expect(kind('Med planen vill jag att vi ska bygga fler hyresrätter.')).toBe('intent');
    expect(kind('Jag vill att kommunen ska bli snabbare i sina beslut.')).toBe('intent');
    expect(kind('Jag vill att ni ska läsa planen noga.')).toBeNull();
    expect(kind('Regeringen vill att kommunerna ska ta ett större ansvar.')).toBeNull();
  });

  it('reads a goal phrase past the adverbs after its verb', () => {
    expect(kind('Målet är också att halvera matsvinnet i skolorna.')).toBe('phrase');
    expect(kind('Fokus är därför att ge skolorna bättre lokaler.')).toBe('phrase');
    expect(kind('Nämnden har också som mål att öppna fler fritidsgårdar.')).toBe('phrase');
    expect(kind('Förhoppningen är att planen ska locka fler byggherrar.')).toBe('phrase');
    expect(kind('I planen ligger en ambition om att bygga ut cykelnätet.')).toBe('phrase');
    expect(kind('I kommunen finns ett stort intresse att starta företag.')).toBeNull();
    expect(kind('Målen är också långsiktiga.')).toBeNull();
  });

  it('reads a goal phrase past an insertion between dashes', () => {
    expect(kind('Målet för arbetet är – liksom i förra planen – att alla barn ska simma.')).toBe('phrase');
    expect(kind('Det övergripande målet är - precis som länets mål - att halvera utsläppen.')).toBe('phrase');
    expect(kind('Målen är – liksom förut – långsiktiga.')).toBeNull();
  });

  it('reads an estimate in the passive as a forecast, not a procedure the plan binds itself to', () => {
    expect(kind('Planen beräknas vara klar till sommaren.')).toBeNull();
    expect(kind('Nya inriktningsmål bedöms gå till fullmäktige i höst.')).toBeNull();
    expect(kind('Programmet antas bli dyrare än väntat.')).toBeNull();
    // the same plan with a binding passive is one
    expect(kind('Planen revideras till sommaren.')).toBe('procedure');
  });

  it('takes an intent in inverted order, in a second main clause, and a goal noun after a formal "det"', () => {
    expect(kind('Utifrån målen kommer kommunstyrelsen att besluta om effektmål.')).toBe('intent');
    expect(kind('Under 2026 kommer nämnden att löpande följa upp planen.')).toBe('intent');
    expect(kind('Förutsättningarna ändras och därför kommer kommunen att följa utvecklingen noga.')).toBe('intent');
    expect(kind('Det är vår ambition att alla ska känna sig välkomna.')).toBe('phrase');
    expect(kind('Därför är det Norrviks kommuns mål att fler ska cykla.')).toBe('phrase');
    expect(kind('Vi har många äldre och därför behövs fler bostäder.')).toBeNull();
    expect(kind('Det är kommunens uppgift att ta hand om avfallet.')).toBeNull();
  });

  it('takes what a decision or an agreement commits to, not a decision to do something once', () => {
    expect(kind('Fullmäktige har beslutat att kommunen ska vara fossilfri 2030.')).toBe('modal');
    expect(kind('Nämnden beslutade 2024 att alla skolor ska ha solceller.')).toBe('modal');
    expect(kind('Där slogs fast att vår vision är att hamnen ska vara Sveriges grönaste.')).toBe('phrase');
    expect(kind('Norrvik och Sörvik har enats om att arbeta tillsammans med besöksnäringen.')).toBe('intent');
    expect(kind('År 1998 beslutade fullmäktige att bygga en ishall.')).toBeNull();
    expect(kind('Vi vet att hamnen ska växa.')).toBeNull();
  });

  it('leaves facts, forecasts, needs, questions, explanations and descriptions of the document', () => {
    for (const s of [
      'Kommunen har 12 000 invånare.',
      'Befolkningen kommer att minska.',
      'Kommunen behöver fler bostäder.',
      'Ska vi bygga en ny simhall?',
      'Det innebär att skolan ska byggas om.',
      'Syftet med planen är att beskriva kommunens arbete.',
      'Planen ska innehålla mål och åtgärder.',
      'Programmet ska gälla under mandatperioden 2027–2030.',
      'Handlingsplanen ska vara ett levande dokument.',
      'Det är viktigt att alla ska känna sig trygga.',
      'Målen är långsiktiga och kopplade till Agenda 2030.',
      'Varje kommun ska ha en plan för krisberedskap.',
      'I länet påverkas kommunerna av omvärlden.',
      'Kommunen ska:',
      'Målet är att',
      'Kommunens nyttjande av bredband ökar varje år.',
      'Vi kommer att behöva bygga fler förskolor.',
      'Kommunen kommer därför att behöva se över taxorna.',
      'Här publicerar vi kommunens styrande dokument.',
    ])
      expect(kind(s), s).toBeNull();
  });
});
