import { graphql } from '../../../gql';

export const CompareQuery = graphql(`
  query Compare($codes: [String!]!) {
    compare(codes: $codes) {
      municipalities {
        code
        name
        county {
          name
        }
      }
      rows {
        theme {
          ...ThemeChipFields
        }
        cells {
          weight
          documentCount
          goalCount
          covered
          municipality {
            code
          }
          goals(first: 6) {
            totalCount
            edges {
              node {
                id
                text
              }
            }
          }
        }
      }
      shared {
        ...ThemeChipFields
      }
      gaps {
        theme {
          ...ThemeChipFields
        }
        coveredBy {
          code
          name
        }
        missing {
          code
          name
        }
      }
    }
  }
`);

export const CompareOptionsQuery = graphql(`
  query CompareOptions {
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
