import { alignPair, DEFAULT_ALIGN, shinglePositions, type AlignOptions, type WordPassage } from './align.js';
import { boilerplateLimit, frequentShingles } from './boilerplate.js';
import { bandKeys, DEFAULT_MINHASH, LshBuckets, minhashSignature, paragraphChunks, rareChunks, type Chunk, type MinHashOptions } from './minhash.js';
import { shingle } from './shingles.js';
import { tokenizeWords, type WordTokens } from './tokens.js';

/**
 * Reused text across publishers: which documents of different municipalities (or organisations) share
 * passages nearly verbatim, and where. Pure: documents go in, links with character spans come out.
 *
 * 1. every document becomes word 5-gram shingles (hashed);
 * 2. shingles used by many publishers are boilerplate (boilerplate.ts);
 * 3. MinHash + LSH over chunks proposes candidate pairs (minhash.ts): documents whose rare text
 *    (boilerplate left out) or whole paragraphs meet in a bucket of few publishers — a paragraph that
 *    many publish is boilerplate too (a letterhead, a legal paragraph), while a paragraph copied
 *    between a few counts even when each of its sentences is common;
 * 4. each candidate pair is aligned into passages (align.ts), kept when a passage has enough words of its own.
 */
export interface ReuseSource {
  id: string;
  /** publisher keys (municipality codes, organisation ids); empty when the publisher is unknown */
  owners: readonly string[];
  year: number | null;
  text: string;
}

/** A shared passage: character offsets into the `from` document (a) and the `to` document (b), end exclusive. */
export interface ReuseSpan {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

export interface ReuseLink {
  /** the newer document (by year; the lower id when the years are equal or unknown) */
  from: string;
  to: string;
  /** the shared passages as word ranges; `charSpans` turns them into character offsets */
  passages: WordPassage[];
  /** shared words / words of the shorter document, 0..1 */
  overlap: number;
  /** shared words (counted in `from`) */
  words: number;
}

/** Where the words of a text start and end (what `charSpans` needs of each document). */
export type WordOffsets = Pick<WordTokens, 'starts' | 'ends'>;

export function wordOffsets(text: string): WordOffsets {
  const { starts, ends } = tokenizeWords(text);
  return { starts, ends };
}

/**
 * Character offsets of a link's passages, from the word offsets of its two documents (the index keeps
 * no text, so the caller supplies it again — only for the documents that ended up linked).
 */
export function charSpans(link: ReuseLink, from: WordOffsets | string, to: WordOffsets | string): ReuseSpan[] {
  const a = typeof from === 'string' ? wordOffsets(from) : from;
  const b = typeof to === 'string' ? wordOffsets(to) : to;
  return link.passages.map((p) => ({ aStart: a.starts[p.aStart]!, aEnd: a.ends[p.aEnd - 1]!, bStart: b.starts[p.bStart]!, bEnd: b.ends[p.bEnd - 1]! }));
}

export interface ReuseOptions {
  minhash: MinHashOptions;
  align: AlignOptions;
  /** a shingle, or a paragraph, is boilerplate when more than max(minOwners, ownerFraction × publishers) publishers use it */
  boilerplate: { minOwners: number; ownerFraction: number };
}

export const DEFAULT_REUSE: ReuseOptions = {
  minhash: DEFAULT_MINHASH,
  align: DEFAULT_ALIGN,
  boilerplate: { minOwners: 5, ownerFraction: 0.02 },
};

interface IndexedDocument {
  id: string;
  owners: readonly string[];
  year: number | null;
  /** shingle hashes and paragraph numbers: 9 bytes per word is all the index keeps of a document */
  hashes: Float64Array;
  paragraphs: Uint8Array;
  words: number;
}

/** Documents are added one at a time (their text is not kept), then `findLinks` runs once. */
export class ReuseIndex {
  private readonly documents: IndexedDocument[] = [];
  readonly options: ReuseOptions;

  constructor(options: Partial<ReuseOptions> = {}) {
    this.options = { ...DEFAULT_REUSE, ...options };
  }

  get size(): number {
    return this.documents.length;
  }

  add(source: ReuseSource): void {
    const { hashes, shingleParagraphs, words } = shingle(source.text, this.options.align.shingleWords);
    this.documents.push({ id: source.id, owners: [...source.owners].sort(), year: source.year, hashes, paragraphs: shingleParagraphs, words: words.length });
  }

  /**
   * Links between documents of disjoint publishers where at least one side is `affected`
   * (all documents when omitted). Deterministic: sorted by (from, to).
   */
  findLinks(affected: (id: string) => boolean = () => true): ReuseLink[] {
    const publishers = this.publisherKeys();
    const limit = boilerplateLimit(new Set(publishers).size, this.options.boilerplate);
    const frequent = this.frequentShingles(publishers, limit);

    // every document's rare chunks and paragraph chunks into the LSH buckets (kinds never share a bucket)
    const chunks: LocatedChunk[] = [];
    const buckets = new LshBuckets(this.documents.length * 64);
    const { bands, rows } = this.options.minhash;
    const enter = (shingles: Float64Array, chunk: LocatedChunk) => {
      for (const key of bandKeys(minhashSignature(shingles, bands * rows), bands, rows, chunk.paragraph ? 1 : 0)) buckets.add(key, chunks.length);
      chunks.push(chunk);
    };
    this.documents.forEach((document, index) => {
      for (const shingles of rareChunks(document.hashes, document.paragraphs, frequent, this.options.minhash)) enter(shingles, { document: index, from: 0, to: 0, paragraph: false });
      for (const chunk of paragraphChunks(document.hashes, document.paragraphs, this.options.minhash)) {
        enter(document.hashes.subarray(chunk.from, chunk.to), { document: index, ...chunk, paragraph: true });
      }
    });

    // a bucket gathering chunks of few publishers pairs their documents (of many publishers: boilerplate)
    const count = this.documents.length;
    const isAffected = this.documents.map((d) => affected(d.id));
    const pairs = new Map<number, Set<number>>(); // document pair → its colliding paragraph chunks
    buckets.forEachBucket((members) => {
      if (new Set(members.map((c) => publishers[chunks[c]!.document])).size > limit) return;
      for (const x of members) {
        for (const y of members) {
          const i = chunks[x]!.document;
          const j = chunks[y]!.document;
          if (i >= j || !(isAffected[i] || isAffected[j]) || !differentPublishers(this.documents[i]!, this.documents[j]!)) continue;
          const key = i * count + j;
          let collisions = pairs.get(key);
          if (!collisions) pairs.set(key, (collisions = new Set()));
          if (chunks[x]!.paragraph) collisions.add(x).add(y);
        }
      }
    });

    // aligned grouped by the older document, whose shingle positions are then indexed once
    const oriented = [...pairs].map(([key, collisions]) => ({ pair: newerFirst(this.documents, Math.floor(key / count), key % count), collisions }));
    oriented.sort((x, y) => x.pair[1] - y.pair[1] || x.pair[0] - y.pair[0]);
    const links: ReuseLink[] = [];
    const rare = new Map<number, Uint8Array>(); // per newer document: which of its shingles few publishers use
    const rareOf = (document: number) => {
      let mask = rare.get(document);
      if (!mask) rare.set(document, (mask = Uint8Array.from(this.documents[document]!.hashes, (h) => (frequent.has(h) ? 0 : 1))));
      return mask;
    };
    let indexedDocument = -1;
    let positions = new Map<number, number[]>();
    for (const { pair, collisions } of oriented) {
      if (indexedDocument !== pair[1]) {
        indexedDocument = pair[1];
        positions = shinglePositions(this.documents[pair[1]]!.hashes);
      }
      const link = this.link(pair, rareOf(pair[0]), [...collisions].map((c) => chunks[c]!), positions);
      if (link) links.push(link);
    }
    return links.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0));
  }

  /** Each document's publisher key for counting publishers (an unknown publisher counts as the document's own). */
  private publisherKeys(): string[] {
    return this.documents.map((d) => (d.owners.length ? d.owners.join('|') : `document:${d.id}`));
  }

  private frequentShingles(publishers: readonly string[], limit: number): Set<number> {
    const byPublisher = new Map<string, Float64Array[]>();
    this.documents.forEach((document, i) => {
      const list = byPublisher.get(publishers[i]!);
      if (list) list.push(document.hashes);
      else byPublisher.set(publishers[i]!, [document.hashes]);
    });
    return frequentShingles(byPublisher.values(), limit);
  }

  /**
   * Aligns a candidate pair. The shingles of the newer document that may seed a match: those that few
   * publishers use, and every shingle of the paragraphs the pair was found to share (a paragraph
   * copied between two documents counts even when each of its sentences is common on its own).
   */
  private link([ia, ib]: [number, number], rare: Uint8Array, shared: readonly LocatedChunk[], positions: Map<number, number[]>): ReuseLink | undefined {
    const a = this.documents[ia]!;
    const b = this.documents[ib]!;
    const own = Uint8Array.from(rare);
    for (const chunk of shared) if (chunk.document === ia) own.fill(1, chunk.from, chunk.to);
    const passages = alignPair(a.hashes, b.hashes, own, this.options.align, positions);
    if (passages.length === 0) return undefined;
    const words = passages.reduce((sum, p) => sum + p.aEnd - p.aStart, 0);
    const overlap = Math.round(Math.min(1, words / Math.min(a.words, b.words)) * 10_000) / 10_000;
    return { from: a.id, to: b.id, passages, words, overlap };
  }
}

interface LocatedChunk extends Chunk {
  document: number;
  /** a paragraph chunk (with its shingle range) rather than a rare chunk */
  paragraph: boolean;
}

function differentPublishers(a: IndexedDocument, b: IndexedDocument): boolean {
  if (a.owners.length === 0 || b.owners.length === 0) return false;
  return !a.owners.some((owner) => b.owners.includes(owner));
}

/** The newer of two documents first (by year; the lower id first when the years are equal or unknown). */
function newerFirst(documents: readonly IndexedDocument[], i: number, j: number): [number, number] {
  const [x, y] = [documents[i]!, documents[j]!];
  if (x.year !== null && y.year !== null && x.year !== y.year) return x.year > y.year ? [i, j] : [j, i];
  return x.id < y.id ? [i, j] : [j, i];
}
