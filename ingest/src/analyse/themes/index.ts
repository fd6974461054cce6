export { tagDocumentThemes, tagThemes, MIN_WEIGHT, TITLE_WEIGHT } from './tag.js';
export { compileThemeMatcher, getDefaultThemeMatcher, matchThemes, matchTokens, type TermMatch, type ThemeMatcher } from './matcher.js';
