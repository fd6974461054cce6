import { Link } from 'react-router';
import type { DocumentLinkFieldsFragment } from '../gql/graphql.ts';
import { paths } from '../lib/paths.ts';

/**
 * A document by its title, linked to its page (to one of its goals there, when `goal` is its position),
 * and its year after it: "Klimatplan för Lerum (2024)". Its data: DocumentLinkFields (DocumentLink.fragment.ts).
 */
export function DocumentLink({ document, goal }: { document: DocumentLinkFieldsFragment; goal?: number }) {
  const to = goal === undefined ? paths.document(document.id) : `${paths.document(document.id)}#mal-${goal + 1}`;
  return (
    <>
      <Link to={to}>{document.title}</Link>
      {document.year && ` (${document.year})`}
    </>
  );
}
