import { graphql } from '../../../gql';

export const StartQuery = graphql(`
  query Start {
    stats {
      documents
      documentsWithText
      goals
      municipalitiesWithDocuments
      similarGoalLinks
    }
    themes(first: 100) {
      edges {
        node {
          ...ThemeChipFields
          documentCount
          goalCount
          municipalityCount
        }
      }
    }
    documents(first: 40, orderBy: RECENT) {
      edges {
        node {
          ...DocumentLinkFields
          kind
          hasText
          municipality {
            code
            name
            county {
              name
            }
          }
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);
