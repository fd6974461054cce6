/**
 * Swedish closed word classes: the small, fixed sets of words that carry clause structure. Open classes
 * (verbs) come from the dictionary (verbs.ts).
 */

/** modal auxiliaries that commit to something when they are the verb of a main clause */
export const COMMITTING_MODALS: ReadonlySet<string> = new Set(['ska', 'skall', 'bör']);

/** modals and auxiliaries that take a bare infinitive */
export const MODALS: ReadonlySet<string> = new Set([
  'ska', 'skall', 'bör', 'kan', 'vill', 'måste', 'får', 'skulle', 'borde', 'kunde', 'ville', 'må', 'lär', 'brukar',
]);

/** conjunctions and pronouns that open a subordinate clause (it has its own finite verb) */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'att', 'som', 'om', 'när', 'eftersom', 'där', 'då', 'vilket', 'vilka', 'vilken', 'vars', 'hur', 'vad', 'varför', 'innan',
  'medan', 'tills', 'ifall', 'fast', 'fastän', 'trots', 'sedan', 'emedan', 'huruvida', 'dit', 'varifrån', 'varav', 'vari',
  'såvida', 'ju', 'än', 'ty',
]);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'i', 'på', 'för', 'av', 'med', 'inom', 'till', 'om', 'hos', 'mellan', 'från', 'vid', 'under', 'genom', 'enligt', 'gällande',
  'kring', 'över', 'efter', 'före', 'inför', 'utan', 'mot', 'bland', 'åt', 'ur', 'utifrån', 'bakom', 'framför', 'sedan',
  'trots', 'per', 'via', 'runt', 'omkring', 'utöver', 'angående', 'beträffande', 'avseende', 'jämte', 'längs', 'tillsammans',
  'samt', 'bortom', 'ovan', 'nedan', 'innan', 'undan', 'emot', 'intill', 'hela',
]);

export const COORDINATORS: ReadonlySet<string> = new Set(['och', 'eller', 'men', 'samt', 'utan', 'så']);

/** subject pronouns: they stand right after the verb in an inverted main clause */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['vi', 'jag', 'du', 'ni', 'han', 'hon', 'den', 'det', 'de', 'man', 'denna', 'detta', 'dessa']);
/** pronouns in their object form: never a subject */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['mig', 'dig', 'oss', 'er', 'honom', 'henne', 'dem', 'sig']);

/** words that open a noun phrase */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'en', 'ett', 'den', 'det', 'de', 'denna', 'detta', 'dessa', 'vår', 'vårt', 'våra', 'alla', 'varje', 'all', 'allt', 'samtliga',
  'kommunens', 'regionens', 'fler', 'flera', 'många', 'mer', 'mindre', 'fler', 'andra', 'annan', 'annat', 'sådana', 'ingen',
  'inget', 'inga', 'någon', 'något', 'några', 'hela', 'båda', 'bägge', 'egen', 'eget', 'egna', 'dess', 'deras', 'sin', 'sitt', 'sina',
]);

/** sentence adverbs that may stand between the verb and the rest of the clause ("ska även", "ska alltid") */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'även', 'också', 'alltid', 'aktivt', 'fortsatt', 'fortsättningsvis', 'särskilt', 'därför', 'dessutom', 'vidare', 'gärna',
  'tydligt', 'kontinuerligt', 'därmed', 'ständigt', 'löpande', 'årligen', 'gemensamt', 'tillsammans', 'alltså', 'ju',
  'inte', 'aldrig', 'så', 'långt', 'möjligt', 'bl.a.', 'bland', 'annat', 'främst', 'framför', 'allt', 'huvudsakligen',
  'successivt', 'snarast', 'senast', 'därefter', 'sedan', 'nu', 'redan', 'fortfarande', 'fullt', 'ut', 'också', 'här', 'där',
  'snarare', 'längre', 'vidare', 'tidigare', 'senare', 'hellre', 'oftare', 'mer', 'mera', 'dessutom', 'annars',
]);

export const isNegation = (word: string): boolean => word === 'inte' || word === 'ej' || word === 'aldrig';
