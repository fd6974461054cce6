import { graphql } from '../../../gql';

/** The theme, its municipalities ranked by weight (all of them, for the map) and a few goals of the strongest. */
export const ThemeQuery = graphql(`
  query Theme($id: String!) {
    theme(id: $id) {
      ...ThemeChipFields
      description
      terms
      documentCount
      goalCount
      municipalityCount
      parent {
        ...ThemeChipFields
      }
      children {
        ...ThemeChipFields
      }
      municipalities(first: 300) {
        totalCount
        edges {
          weight
          share
          documentCount
          goalCount
          node {
            code
            name
            county {
              name
            }
          }
        }
      }
    }
  }
`);

/** Goals on the theme, grouped by municipality: the strongest municipalities first. */
export const ThemeGoalsQuery = graphql(`
  query ThemeGoals($id: String!, $first: Int!) {
    theme(id: $id) {
      id
      municipalities(first: $first) {
        edges {
          node {
            code
            name
          }
          goals(first: 8) {
            totalCount
            edges {
              node {
                id
                text
                level
                measurable
                document {
                  ...DocumentLinkFields
                }
              }
            }
          }
        }
      }
    }
  }
`);
