import { graphql } from '../../../gql';

export const MapThemesQuery = graphql(`
  query MapThemes {
    themes(first: 100) {
      edges {
        node {
          ...ThemeChipFields
          municipalityCount
        }
      }
    }
  }
`);

/** Coverage of one theme: every municipality that addresses it, with its share of the strongest. */
export const ThemeCoverageQuery = graphql(`
  query ThemeCoverage($theme: String!) {
    theme(id: $theme) {
      ...ThemeChipFields
      municipalities(first: 300) {
        edges {
          share
          documentCount
          goalCount
          node {
            code
            name
          }
        }
      }
    }
  }
`);

/** Without a theme: how many documents each municipality has. */
export const DocumentCoverageQuery = graphql(`
  query DocumentCoverage {
    municipalities(first: 300, filter: { hasDocuments: true }, orderBy: DOCUMENTS) {
      edges {
        node {
          code
          name
          documentCount
          goalCount
        }
      }
    }
  }
`);
