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
        terms
        theme {
          id
          labelSv
          labelEn
        }
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
                id
                labelSv
                labelEn
              }
            }
          }
        }
      }
      related(first: 200) {
        totalCount
        edges {
          node {
            id
            title
            kind
            year
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
