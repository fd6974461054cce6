import type { AnalysedDocument } from '@strategigrafen/schema';

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

/**
 * Where a document came from, kept on its Document node: the URL it was fetched from (and when), its
 * original file name, the hash of the bytes read, and whether it is still published at that URL.
 */
export interface DocumentProvenance {
  /** the URL the document was fetched from; null for local files */
  sourceUrl: string | null;
  /** when the bytes were downloaded (ISO); null for local files */
  fetchedAt: string | null;
  /** the original file name (a local file's name, or the fetched file's Content-Disposition or URL name); null for web pages */
  fileName: string | null;
  /** sha256 of the bytes read: a re-crawl that finds the same bytes stored for the same URL skips the document */
  sourceSha256: string | null;
  /** false once the URL no longer serves the document (404/410); null for local files */
  published: boolean | null;
}

/** An analysed document on its way to the graph, with where it came from. */
export type IngestDocument = AnalysedDocument & { provenance?: DocumentProvenance };
