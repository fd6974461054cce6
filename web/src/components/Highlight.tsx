/** Text with some parts marked. Renders React text nodes only, so markup in the text stays inert. */
import { markRanges, markTerms, type Range, type Segment } from '../lib/highlight.ts';

export function Segments({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}

/** Marks the words of `text` that begin with any of `terms`. */
export function HighlightTerms({ text, terms }: { text: string; terms: readonly string[] }) {
  return <Segments segments={markTerms(text, terms)} />;
}

export interface HighlightedTextValue {
  text: string;
  highlights: readonly Range[];
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

/** The API's HighlightedText: plain text plus ranges, with an ellipsis where it was cut. */
export function Highlighted({ value }: { value: HighlightedTextValue }) {
  return (
    <>
      {value.truncatedStart && '… '}
      <Segments segments={markRanges(value.text, value.highlights)} />
      {value.truncatedEnd && ' …'}
    </>
  );
}
