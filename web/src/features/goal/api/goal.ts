import { graphql } from '../../../gql';

export const GoalQuery = graphql(`
  query Goal($id: String!, $otherMunicipalitiesOnly: Boolean!) {
    goal(id: $id) {
      id
      text
      actor
      level
      measurable
      deadline
      section
      position
      target {
        text
        kind
        value
        unit
        deadline
      }
      themes {
        weight
        ...ThemeTagFields
      }
      concepts {
        id
        labelSv
        labelEn
        definition
      }
      document {
        ...DocumentCardFields
      }
      municipality {
        code
        name
        county {
          name
        }
      }
      similar(first: 30, otherMunicipalitiesOnly: $otherMunicipalitiesOnly) {
        totalCount
        edges {
          score
          sharedTerms
          node {
            id
            text
            level
            municipality {
              code
              name
            }
            document {
              ...DocumentLinkFields
            }
          }
        }
      }
    }
  }
`);
