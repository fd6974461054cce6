import { graphql } from '../../../gql';

/** Around a municipality: its themes, its goals, and the most similar goals elsewhere. */
export const MunicipalityNetworkQuery = graphql(`
  query MunicipalityNetwork($code: String!, $goals: Int!) {
    municipality(code: $code) {
      code
      name
      themeProfile {
        share
        theme {
          ...ThemeChipFields
        }
      }
      goals(first: $goals) {
        edges {
          node {
            id
            text
            themes {
              weight
              theme {
                id
              }
            }
            similar(first: 3) {
              edges {
                score
                node {
                  id
                  text
                  municipality {
                    code
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** Around a theme: the municipalities that address it most and their goals on it. */
export const ThemeNetworkQuery = graphql(`
  query ThemeNetwork($id: String!, $municipalities: Int!) {
    theme(id: $id) {
      ...ThemeChipFields
      municipalities(first: $municipalities) {
        edges {
          share
          node {
            code
            name
          }
          goals(first: 4) {
            edges {
              node {
                id
                text
                themes {
                  weight
                  theme {
                    ...ThemeChipFields
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** Around a goal: its themes and the similar goals with their municipalities. */
export const GoalNetworkQuery = graphql(`
  query GoalNetwork($id: String!) {
    goal(id: $id) {
      id
      text
      municipality {
        code
        name
      }
      themes {
        weight
        theme {
          ...ThemeChipFields
        }
      }
      similar(first: 20, otherMunicipalitiesOnly: false) {
        edges {
          score
          node {
            id
            text
            municipality {
              code
              name
            }
            themes {
              weight
              theme {
                ...ThemeChipFields
              }
            }
          }
        }
      }
    }
  }
`);

export const NetworkOptionsQuery = graphql(`
  query NetworkOptions {
    municipalities(first: 300, filter: { hasDocuments: true }) {
      edges {
        node {
          code
          name
        }
      }
    }
    themes(first: 100) {
      edges {
        node {
          ...ThemeChipFields
        }
      }
    }
  }
`);
