import { graphql } from '../../../gql';

export const MunicipalityQuery = graphql(`
  query Municipality($code: String!) {
    municipality(code: $code) {
      code
      name
      documentCount
      goalCount
      county {
        code
        name
        region
      }
      themeProfile {
        weight
        share
        documentCount
        goalCount
        theme {
          ...ThemeChipFields
        }
      }
      documents(first: 200, orderBy: YEAR_DESC) {
        totalCount
        edges {
          node {
            ...DocumentCardFields
            hasText
            goalCount
            organisation {
              name
            }
          }
        }
      }
      organisations(first: 50) {
        edges {
          node {
            id
            name
            kind
          }
        }
      }
    }
    similarMunicipalities(code: $code, first: 8) {
      edges {
        score
        themeSimilarity
        similarGoalCount
        node {
          code
          name
          county {
            name
          }
        }
        sharedThemes {
          ...ThemeChipFields
        }
      }
    }
    municipalities(first: 300, filter: { hasDocuments: true }) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

/** The municipality's goals with their themes, for "goals by theme". */
export const MunicipalityGoalsQuery = graphql(`
  query MunicipalityGoals($code: String!, $theme: String) {
    municipality(code: $code) {
      code
      goals(first: 300, filter: { theme: $theme }) {
        totalCount
        edges {
          node {
            id
            text
            level
            measurable
            themes {
              weight
              theme {
                ...ThemeChipFields
              }
            }
            document {
              id
              title
            }
          }
        }
      }
    }
  }
`);
