/** What ThemeChip and ThemeChips show, spread by every query that shows a theme or a document's or goal's theme tags. */
import { graphql } from '../gql';

/** A theme as a chip (or any label) shows it: its id for the link, its label in both languages. */
export const ThemeChipFields = graphql(`
  fragment ThemeChipFields on Theme {
    id
    labelSv
    labelEn
  }
`);

/** A theme tag as ThemeChips shows it: the theme, and the terms that triggered the tag (the chip's title). */
export const ThemeTagFields = graphql(`
  fragment ThemeTagFields on ThemeTag {
    terms
    theme {
      ...ThemeChipFields
    }
  }
`);
