/** What DocumentLink shows of a document, and the document card several pages build around it. */
import { graphql } from '../gql';

/** A document as DocumentLink shows it: its title, linked, and its year. */
export const DocumentLinkFields = graphql(`
  fragment DocumentLinkFields on Document {
    id
    title
    year
  }
`);

/** A document in a list or beside one of its goals: the link, its kind, and whether its text is synthetic test data. */
export const DocumentCardFields = graphql(`
  fragment DocumentCardFields on Document {
    ...DocumentLinkFields
    kind
    synthetic
  }
`);
