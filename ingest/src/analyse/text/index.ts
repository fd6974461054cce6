export { indexTerms, termTokens, buildLexicon, getDefaultLexicon, type Lexicon, type TermToken } from './terms.js';
export { analyseWord, type WordAnalysis } from './lexicon.js';
export { splitSentences, type Sentence } from './sentences.js';
export { structureText, blankPageMarkers, type LocatedSentence, type StructuredText } from './structure.js';
export { STOPWORDS, isStopword } from './stopwords.js';
