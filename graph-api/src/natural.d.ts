// natural's Swedish stemmer, imported from its own module so that natural's index (which loads dotenv) stays out.
declare module 'natural/lib/natural/stemmers/porter_stemmer_sv.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
