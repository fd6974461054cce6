import { graphql } from '../../../gql';

export const SearchQuery = graphql(`
  query Search($query: String!, $filter: SearchFilter, $first: Int!) {
    search(query: $query, filter: $filter, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      parsedQuery {
        words
        phrases
        prefixes
        ignored
        expanded {
          concept
          label
          from
          terms
        }
      }
      facets {
        kinds {
          value
          label
          count
        }
        counties {
          value
          label
          count
        }
        municipalities {
          value
          label
          count
        }
        themes {
          value
          label
          count
        }
        documentKinds {
          value
          label
          count
        }
        years {
          value
          label
          count
        }
      }
      edges {
        cursor
        node {
          kind
          score
          matchedTerms
          why {
            field
            terms
          }
          title {
            text
            highlights {
              start
              end
            }
            truncatedStart
            truncatedEnd
          }
          snippet {
            text
            highlights {
              start
              end
            }
            truncatedStart
            truncatedEnd
          }
          document {
            ...DocumentLinkFields
            kind
            hasText
            municipality {
              code
              name
            }
            organisation {
              id
              name
            }
          }
          goal {
            id
            level
            municipality {
              code
              name
            }
          }
        }
      }
    }
  }
`);
