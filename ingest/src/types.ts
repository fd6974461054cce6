/** What a reader hands to the analyser: the text of one input document, before any interpretation. */
export interface SourceDocument {
  /** path relative to the ingest root (posix separators), or null for a title-only document */
  path: string | null;
  /** a title given by the format (seed page title line, HTML <title>, DOCX/PDF metadata), if any */
  title: string | null;
  /** the body text, normalised to NFC with \n line breaks; '' for title-only documents */
  text: string;
  /** titles listed under "Relevanta dokument" on a seed page */
  relatedTitles: string[];
  /** true for text from the synthetic corpus generator */
  synthetic?: boolean;
  /**
   * where the document was fetched from, if known (readers leave it null): a municipality's or region's own
   * site is evidence of the publisher (see analyse/attribution)
   */
  sourceUrl?: string | null;
}
