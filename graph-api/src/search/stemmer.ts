/**
 * natural's Swedish stemmer (Snowball), loaded from its own module: natural's index would load dotenv,
 * and natural has no type declarations for its deep paths.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const swedish = require('natural/lib/natural/stemmers/porter_stemmer_sv.js') as { stem(word: string): string };

/** The Swedish stem of a lower-case word. */
export const stemSwedish = (word: string): string => swedish.stem(word);
