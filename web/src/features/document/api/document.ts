import { graphql } from '../../../gql';

export const DocumentQuery = graphql(`
  query Document($id: String!) {
    document(id: $id) {
      id
      title
      kind
      area
      year
      adoptedBy
      adoptedOn
      dnr
      path
      sourceUrl
      fetchedAt
      fileName
      published
      hasText
      synthetic
      text
      goalCount
      sections {
        heading
        start
        end
      }
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
        kind
      }
      themes {
        weight
        ...ThemeTagFields
      }
      goals(first: 300) {
        totalCount
        edges {
          node {
            id
            text
            level
            actor
            measurable
            position
            start
            end
            target {
              text
            }
            themes {
              theme {
                ...ThemeChipFields
              }
            }
          }
        }
      }
      related(first: 200) {
        totalCount
        edges {
          node {
            ...DocumentLinkFields
            kind
            hasText
            municipality {
              code
              name
            }
            organisation {
              name
            }
          }
        }
      }
      reusedPassages(first: 10) {
        totalCount
        edges {
          node {
            overlap
            document {
              id
              title
              municipality {
                code
                name
              }
            }
            passages {
              start
              end
              text
              otherStart
              otherEnd
              otherText
            }
          }
        }
      }
    }
  }
`);
