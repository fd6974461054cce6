// natural ships types only for its index, and importing the index loads every language and dotenv.
// These are the Swedish modules the analyser imports directly.
declare module 'natural/lib/natural/stemmers/porter_stemmer_sv.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_sv.js' {
  export default class AggressiveTokenizerSv {
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/util/stopwords_sv.js' {
  export const words: string[];
}
