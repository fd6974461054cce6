import { alignPair, DEFAULT_ALIGN, type AlignOptions, type WordPassage } from './align.js';
import { boilerplateLimit, frequentShingles } from './boilerplate.js';
import { bandKeys, chunkShingles, DEFAULT_MINHASH, LshBuckets, minhashSignature, type MinHashOptions } from './minhash.js';
import { shingle } from './shingles.js';
import { tokenizeWords } from './tokens.js';

/**
 * Reused text across publishers: which documents of different municipalities (or organisations) share
 * passages nearly verbatim, and where. Pure: documents go in, links with character spans come out.
 *
 * 1. every document becomes word 5-gram shingles (hashed);
 * 2. shingles used by many publishers are boilerplate and are dropped (boilerplate.ts);
 * 3. MinHash + LSH over paragraph chunks proposes candidate pairs (minhash.ts);
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

/**
 * Character offsets of a link's passages, from the texts of its two documents (the index keeps no
 * text, so the caller supplies them again — only for the documents that ended up linked).
 */
export function charSpans(link: ReuseLink, fromText: string, toText: string): ReuseSpan[] {
  const a = tokenizeWords(fromText);
  const b = tokenizeWords(toText);
  return link.passages.map((p) => ({ aStart: a.starts[p.aStart]!, aEnd: a.ends[p.aEnd - 1]!, bStart: b.starts[p.bStart]!, bEnd: b.ends[p.bEnd - 1]! }));
}

export interface ReuseOptions {
  minhash: MinHashOptions;
  align: AlignOptions;
  /** a shingle is boilerplate when more than max(minOwners, ownerFraction × publishers) publishers use it */
  boilerplate: { minOwners: number; ownerFraction: number };
  /** an LSH bucket holding more documents than this is residual boilerplate and proposes no pairs */
  maxBucketDocuments: number;
}

export const DEFAULT_REUSE: ReuseOptions = {
  minhash: DEFAULT_MINHASH,
  align: DEFAULT_ALIGN,
  boilerplate: { minOwners: 5, ownerFraction: 0.05 },
  maxBucketDocuments: 50,
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
    const boilerplate = this.boilerplate();
    const buckets = new LshBuckets(this.documents.length * 16);
    const { bands, rows } = this.options.minhash;
    this.documents.forEach((document, index) => {
      for (const chunk of chunkShingles(document.hashes, document.paragraphs, boilerplate, this.options.minhash)) {
        for (const key of bandKeys(minhashSignature(chunk, bands * rows), bands, rows)) buckets.add(key, index);
      }
    });

    const pairs = new Set<number>();
    const count = this.documents.length;
    const isAffected = this.documents.map((d) => affected(d.id));
    buckets.forEachBucket(this.options.maxBucketDocuments, (members) => {
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const i = members[x]!;
          const j = members[y]!;
          if ((isAffected[i] || isAffected[j]) && differentPublishers(this.documents[i]!, this.documents[j]!)) pairs.add(i * count + j);
        }
      }
    });

    const links: ReuseLink[] = [];
    for (const pair of pairs) {
      const link = this.link(this.documents[Math.floor(pair / count)]!, this.documents[pair % count]!, boilerplate);
      if (link) links.push(link);
    }
    return links.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0));
  }

  /** Shingle hashes that count as boilerplate in the current collection. */
  boilerplate(): Set<number> {
    const byOwner = new Map<string, Float64Array[]>();
    for (const document of this.documents) {
      const key = document.owners.length ? document.owners.join('|') : `document:${document.id}`;
      const list = byOwner.get(key);
      if (list) list.push(document.hashes);
      else byOwner.set(key, [document.hashes]);
    }
    return frequentShingles(byOwner.values(), boilerplateLimit(byOwner.size, this.options.boilerplate));
  }

  private link(x: IndexedDocument, y: IndexedDocument, boilerplate: ReadonlySet<number>): ReuseLink | undefined {
    const [a, b] = newerFirst(x, y);
    const passages = alignPair(a.hashes, b.hashes, boilerplate, this.options.align);
    if (passages.length === 0) return undefined;
    const words = passages.reduce((sum, p) => sum + p.aEnd - p.aStart, 0);
    const overlap = Math.round(Math.min(1, words / Math.min(a.words, b.words)) * 10_000) / 10_000;
    return { from: a.id, to: b.id, passages, words, overlap };
  }
}

function differentPublishers(a: IndexedDocument, b: IndexedDocument): boolean {
  if (a.owners.length === 0 || b.owners.length === 0) return false;
  return !a.owners.some((owner) => b.owners.includes(owner));
}

function newerFirst(x: IndexedDocument, y: IndexedDocument): [IndexedDocument, IndexedDocument] {
  if (x.year !== null && y.year !== null && x.year !== y.year) return x.year > y.year ? [x, y] : [y, x];
  return x.id < y.id ? [x, y] : [y, x];
}
