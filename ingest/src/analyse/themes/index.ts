export { tagDocumentThemes, tagThemes, type ThemeEvidence } from './tag.js';
export { compileThemeMatcher, getDefaultThemeMatcher, matchThemes, matchTokens, type TermMatch, type TermSet, type ThemeMatcher } from './matcher.js';
