import { graphql } from '../gql';

/** Stored goals like a draft, for the "goals like my draft" box (start page and goal page). */
export const GoalsLikeQuery = graphql(`
  query GoalsLike($text: String!, $first: Int, $filter: GoalLikeFilter) {
    goalsLike(text: $text, first: $first, filter: $filter) {
      engine
      totalCount
      edges {
        score
        sharedTerms
        node {
          id
          text
          position
          municipality {
            code
            name
          }
          document {
            ...DocumentLinkFields
            synthetic
          }
        }
      }
    }
  }
`);

/** The municipalities a user can say is theirs (those with documents), for leaving out its own goals. */
export const GoalsLikeMunicipalitiesQuery = graphql(`
  query GoalsLikeMunicipalities {
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
