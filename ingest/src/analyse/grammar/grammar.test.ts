import { describe, expect, it } from 'vitest';
import { analyseClause } from './clauses.js';
import { FINITE, IMPERATIVE, INFINITIVE, S_FORM, SUPINE, verbTags } from './verbs.js';

// Every sentence here is written for these tests.
const tags = (word: string): string[] =>
  ([[FINITE, 'finite'], [INFINITIVE, 'infinitive'], [IMPERATIVE, 'imperative'], [SUPINE, 'supine'], [S_FORM, 's-form']] as const)
    .filter(([bit]) => (verbTags(word) & bit) !== 0)
    .map(([, name]) => name);

describe('verb forms from the Hunspell dictionary', () => {
  it('knows the conjugations of regular verbs', () => {
    expect(tags('arbetar')).toEqual(['finite']);
    expect(tags('utveckla')).toEqual(['infinitive', 'imperative']);
    expect(tags('stärk')).toEqual(['imperative']);
    expect(tags('stärker')).toEqual(['finite']);
    expect(tags('ökas')).toEqual(['s-form']);
    expect(tags('nådde')).toEqual(['finite']);
  });

  it('knows strong verbs, also behind a particle', () => {
    expect(tags('är')).toEqual(['finite']);
    expect(tags('ska')).toEqual(['finite']);
    expect(tags('bidrar')).toEqual(['finite']);
    expect(tags('innebär')).toContain('finite');
    expect(tags('utgör')).toContain('finite');
    expect(tags('läggas')).toEqual(['s-form']);
  });

  it('takes no noun, adjective or function word for a verb', () => {
    for (const word of ['insatser', 'kommuner', 'åtgärder', 'bostäder', 'hållbara', 'lokala', 'målet', 'strategin', 'för', 'om', 'fler', 'samband'])
      expect(verbTags(word), word).toBe(0);
  });
});

describe('the main clause of a sentence', () => {
  const main = (s: string) => {
    const c = analyseClause(s);
    return { verb: c.tokens[c.verb]?.text ?? null, subject: c.subject.map((t) => t.text).join(' '), inverted: c.inverted };
  };

  it('finds the verb in second position after a subject, however long', () => {
    expect(main('Hamnstadens nya cykelplan ska vara klar i höst.')).toEqual({ verb: 'ska', subject: 'Hamnstadens nya cykelplan', inverted: false });
    expect(main('Den som handlar in mat till skolorna ska välja ekologiskt.').verb).toBe('ska');
    expect(main('Föreningar som hyr kommunens lokaler ska få rabatt.').verb).toBe('ska');
    expect(main('Alla som arbetar och bor i byn ska nå service inom en halvtimme.').verb).toBe('ska');
  });

  it('reads inverted word order after a fronted adverbial, with the subject after the verb', () => {
    expect(main('Vid varje nybygge ska solceller övervägas.')).toEqual({ verb: 'ska', subject: 'solceller', inverted: true });
    expect(main('År 2035 ska hamnen vara fossilfri.')).toMatchObject({ verb: 'ska', subject: 'hamnen', inverted: true });
    expect(main('För att klara målet ska alla förvaltningar delta.')).toMatchObject({ verb: 'ska', subject: 'alla förvaltningar' });
    expect(main('Tre år senare ska alla byar ha fiber.')).toMatchObject({ verb: 'ska', inverted: true });
    expect(main('När skolan byggs om ska biblioteket flytta dit.')).toMatchObject({ verb: 'ska', subject: 'biblioteket' });
  });

  it('reads "där" and "då" first and right before a finite verb as adverbs of the main clause', () => {
    expect(main('Där slogs fast att hamnen ska växa.')).toMatchObject({ verb: 'slogs', inverted: true });
    expect(main('Då krävs nya lösningar.')).toMatchObject({ verb: 'krävs', inverted: true });
    expect(main('Där vi bor finns en skola.')).toMatchObject({ verb: 'finns', inverted: true });
  });

  it('takes no pronoun in its object form for an inverted subject', () => {
    expect(main('Detta ger oss styrka.')).toEqual({ verb: 'ger', subject: 'Detta', inverted: false });
    expect(main('Därför ger vi dem stöd.')).toMatchObject({ subject: 'vi', inverted: true });
  });

  it('leaves a modal inside a subordinate clause to that clause', () => {
    expect(main('Vi vet att hamnen ska växa.').verb).toBe('vet');
    expect(main('Det är viktigt att skolan ska synas.').verb).toBe('är');
    expect(main('Om byn ska kunna växa behövs fler hus.').verb).toBe('behövs');
    expect(main('Möjligheten att söka om bidrag ska finnas för alla.').verb).toBe('ska');
  });

  it('takes a participle after a genitive for an adjective, and a heading for no clause', () => {
    expect(main('Invånarnas samlade hälsa ska förbättras.').verb).toBe('ska');
    expect(main('Hållbar turism i fjällen').verb).toBeNull();
  });

  it('takes a participle after a preposition for an adjective, and a plural noun after a plural determiner for the subject\'s head', () => {
    expect(main('Andelen män inom kvinnligt dominerade yrken ska öka.')).toMatchObject({ verb: 'ska', subject: 'Andelen män inom kvinnligt dominerade yrken' });
    expect(main('Elever med anpassade scheman ska få stöd.').verb).toBe('ska');
    expect(main('Alla delar av förvaltningen ska minska sina utsläpp.')).toMatchObject({ verb: 'ska', subject: 'Alla delar av förvaltningen' });
    // without a modal to come the same word is the verb
    expect(main('Alla delar på ansvaret.').verb).toBe('delar');
    expect(main('Skolan införde nya scheman.').verb).toBe('införde');
  });

  it('reads "som" first before an indefinite article as "as", and no verb right after an indefinite article', () => {
    expect(main('Som en del i arbetet för bättre hälsa ska skolan erbjuda frukost.')).toMatchObject({ verb: 'ska', subject: 'skolan', inverted: true });
    expect(main('Som ett led i planen ska nämnden bjuda in föreningarna.')).toMatchObject({ verb: 'ska', subject: 'nämnden' });
    // "som" opening a clause of its own still waits for that clause's verb
    expect(main('Som vi ser det behövs fler bostäder.').verb).toBe('behövs');
  });

  it('reads "som" before a bare noun as "as" when no other verb comes for the main clause', () => {
    expect(main('Kommunen som arbetsgivare ska erbjuda goda villkor.')).toMatchObject({ verb: 'ska', subject: 'Kommunen som arbetsgivare' });
    expect(main('Invånarnas bild av Hamnstad som ort att bo i ska bli bättre.')).toMatchObject({ verb: 'ska' });
    // a relative clause with a subject of its own keeps its modal: a noun phrase, not a clause
    expect(main('De mål som vi ska nå').verb).toBeNull();
    expect(main('Insatser som ska stärka handeln').verb).toBeNull();
    // after a comma the "som" clause is over
    expect(main('Planen, som antogs i fjol, visar hur skolan ska växa.').verb).not.toBe('ska');
  });

  it('takes a past form that opens a noun phrase joined to the subject for an adjective', () => {
    expect(main('Skolornas fordon och inhyrda transporter ska vara eldrivna.')).toMatchObject({ verb: 'ska', subject: 'Skolornas fordon och inhyrda transporter' });
    expect(main('Skolan och förskolan samarbetade kring maten.').verb).toBe('samarbetade');
    expect(main('Tre utvalda skolor ska prova metoden.').verb).toBe('ska');
    // a year before it is an adverbial, and the past form the verb
    expect(main('2015 startade projektet i Hamnstad.').verb).toBe('startade');
  });

  it('takes a present passive coordinated with an infinitive for an infinitive', () => {
    expect(main('Att ge företagen plats att växa och utvecklas är vårt mål.')).toMatchObject({ verb: 'är' });
    expect(main('Företagen växer och utvecklas.').verb).toBe('växer');
  });
});
