import { describe, expect, it } from 'vitest';
import { prose, seededRandom } from '../../../testing/prose.js';
import { alignPair } from './align.js';
import { boilerplateLimit, frequentShingles } from './boilerplate.js';
import { charSpans, ReuseIndex } from './index.js';
import { LshBuckets, minhashSignature, paragraphChunks, rareChunks } from './minhash.js';
import { shingle } from './shingles.js';
import { tokenizeWords } from './tokens.js';

describe('tokenizeWords', () => {
  it('keeps the offsets of the original text and lower-cases the words', () => {
    const text = 'Lerums Näringsliv, år 2030:\n"Bäst i\n  \nVästra Götaland"!\n\n\nSlut';
    const tokens = tokenizeWords(text);
    expect(tokens.words).toEqual(['lerums', 'näringsliv', 'år', '2030', 'bäst', 'i', 'västra', 'götaland', 'slut']);
    expect(Array.from(tokens.paragraphs)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 2]);
    tokens.words.forEach((word, i) => expect(text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase()).toBe(word));
  });
});

describe('shingle', () => {
  it('gives equal word n-grams equal hashes, regardless of case, punctuation and line breaks', () => {
    const a = shingle('en två tre fyra fem sex');
    const b = shingle('Noll. En två,\ntre FYRA fem');
    expect(a.hashes).toHaveLength(2);
    expect(b.hashes).toHaveLength(2);
    expect(b.hashes[1]).toBe(a.hashes[0]);
    expect(a.hashes[0]).not.toBe(a.hashes[1]);
    expect(Number.isSafeInteger(a.hashes[0])).toBe(true);
  });

  it('has no shingles for texts shorter than n words', () => {
    expect(shingle('bara fyra ord här').hashes).toHaveLength(0);
  });
});

describe('frequentShingles (boilerplate)', () => {
  it('counts publishers, not documents', () => {
    const common = shingle('antagen av kommunfullmäktige den första januari').hashes;
    const own = shingle('vår egen text som ingen annan har skrivit').hashes;
    // one publisher with 10 documents holding the phrase, and 3 other publishers with it once each
    const publishers = [Array.from({ length: 10 }, () => common), [common], [common, own], [common]];
    expect(frequentShingles(publishers, 3).size).toBe(common.length); // 4 publishers > 3
    expect(frequentShingles(publishers, 4).size).toBe(0);
  });

  it('scales the limit with the number of publishers', () => {
    expect(boilerplateLimit(20)).toBe(5);
    expect(boilerplateLimit(290)).toBe(6);
    expect(boilerplateLimit(1000)).toBe(20);
    expect(boilerplateLimit(290, { minOwners: 2, ownerFraction: 0.01 })).toBe(3);
  });
});

describe('MinHash chunks and LSH', () => {
  it('cuts the rare text of a copied paragraph into the same chunks wherever it stands', () => {
    const random = seededRandom(1);
    const paragraph = prose(random, 200);
    const a = shingle(`${prose(random, 37)}\n\n${paragraph}\n \n${prose(random, 50)}`);
    const b = shingle(`${prose(random, 91)}\n\n${paragraph}`);
    const key = (c: Float64Array) => Array.from(c).join(',');
    const chunksA = new Set(rareChunks(a.hashes, a.shingleParagraphs, new Set()).map(key));
    const shared = rareChunks(b.hashes, b.shingleParagraphs, new Set()).filter((c) => chunksA.has(key(c)));
    // every shingle inside the paragraph (196 of them) is in a chunk found in both
    expect(shared.reduce((n, c) => n + c.length, 0)).toBe(196);
    // and boilerplate is left out of rare chunks
    const boilerplate = new Set(b.hashes.slice(0, 120));
    expect(rareChunks(b.hashes, b.shingleParagraphs, boilerplate).some((c) => c.some((h) => boilerplate.has(h)))).toBe(false);
  });

  it('takes paragraphs whole, cuts only long ones, never across a paragraph break', () => {
    const random = seededRandom(9);
    const { hashes, shingleParagraphs } = shingle(`${prose(random, 20)}\n\n${prose(random, 80)}\n\n${prose(random, 700)}`);
    const chunks = paragraphChunks(hashes, shingleParagraphs);
    // the 20-word paragraph is too short; the 80-word one is whole (76 shingles inside it)
    expect(chunks[0]).toEqual({ from: 20, to: 96 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.to - chunk.from).toBeLessThanOrEqual(200);
      expect(chunk.to - chunk.from).toBeGreaterThanOrEqual(30);
      expect(new Set(shingleParagraphs.subarray(chunk.from, chunk.to)).size).toBe(1);
    }
  });

  it('gives equal sets equal signatures and estimates Jaccard similarity', () => {
    const random = seededRandom(2);
    const a = shingle(prose(random, 400)).hashes;
    const b = Float64Array.from([...a.slice(0, 300), ...shingle(prose(random, 100)).hashes]);
    expect(Array.from(minhashSignature(a, 128))).toEqual(Array.from(minhashSignature(Float64Array.from(a).reverse(), 128)));
    const sa = minhashSignature(a, 256);
    const sb = minhashSignature(b, 256);
    const agreeing = sa.filter((v, i) => v === sb[i]).length / 256;
    const jaccard = 300 / (a.length + b.length - 300);
    expect(Math.abs(agreeing - jaccard)).toBeLessThan(0.1);
  });

  it('reports each bucket of two or more once, with its distinct items', () => {
    const buckets = new LshBuckets(4);
    buckets.add(7, 1);
    buckets.add(7, 1);
    buckets.add(7, 3);
    buckets.add(9, 2);
    for (let d = 0; d < 6; d++) buckets.add(11, d);
    const seen: number[][] = [];
    buckets.forEachBucket((items) => seen.push(items));
    expect(seen).toEqual([
      [1, 3],
      [0, 1, 2, 3, 4, 5],
    ]);
  });
});

describe('alignPair', () => {
  const all = (hashes: Float64Array) => new Uint8Array(hashes.length).fill(1);

  it('finds a copied passage with a one-word edit as one passage with the right word ranges', () => {
    const random = seededRandom(3);
    const copy = prose(random, 40).split(' ');
    const edited = [...copy];
    edited[20] = 'ändrat';
    const prefixA = prose(random, 30).split(' ');
    const prefixB = prose(random, 55).split(' ');
    const a = shingle([...prefixA, ...copy, ...prose(random, 20).split(' ')].join(' ')).hashes;
    const b = shingle([...prefixB, ...edited].join(' ')).hashes;
    const passages = alignPair(a, b, all(a));
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ aStart: 30, aEnd: 70, bStart: 55, bEnd: 95 });
  });

  it('does not seed matches on boilerplate, and keeps boilerplate inside a copy', () => {
    const random = seededRandom(4);
    const legal = 'detta dokument har antagits av kommunfullmäktige och gäller tills vidare';
    const legalHashes = new Set(shingle(legal).hashes);
    const ownOf = (hashes: Float64Array) => Uint8Array.from(hashes, (h) => (legalHashes.has(h) ? 0 : 1));
    const withLegal = shingle(`${prose(random, 30)} ${legal} ${prose(random, 30)}`).hashes;
    expect(alignPair(withLegal, shingle(`${prose(random, 20)} ${legal}`).hashes, ownOf(withLegal))).toEqual([]);

    const copied = `${prose(random, 15)} ${legal} ${prose(random, 15)}`;
    const copy = shingle(`${prose(random, 10)} ${copied}`).hashes;
    const [passage, ...rest] = alignPair(copy, shingle(copied).hashes, ownOf(copy));
    expect(rest).toEqual([]);
    expect(passage).toMatchObject({ aStart: 10, aEnd: 10 + 40, bStart: 0, bEnd: 40 });
  });

  it('ignores passages shorter than the minimum', () => {
    const random = seededRandom(5);
    const short = prose(random, 9);
    const a = shingle(`${prose(random, 20)} ${short}`).hashes;
    expect(alignPair(a, shingle(`${short} ${prose(random, 20)}`).hashes, all(a))).toEqual([]);
  });
});

describe('ReuseIndex', () => {
  const random = seededRandom(42);
  const planted = prose(random, 60);
  const boilerplate = `Detta styrdokument är antaget av fullmäktige. ${prose(random, 40)}`;
  const docs = Array.from({ length: 8 }, (_, i) => ({ id: `doc-${i}`, owners: [`org-${i}`], year: 2015 + i, text: `${prose(random, 200)}\n\n${boilerplate}\n\n${prose(random, 150)}` }));
  docs[2]!.text = `${prose(random, 80)}\n\n${planted}\n\n${docs[2]!.text}`;
  docs[6]!.text = `${docs[6]!.text}\n\n${planted.replace(/\n/g, ' ')}`;

  function index(documents: Array<{ id: string; owners: string[]; year: number; text: string }>) {
    const reuse = new ReuseIndex();
    documents.forEach((d) => reuse.add(d));
    return reuse;
  }

  it('finds the planted paragraph with exact character spans, newer document first', () => {
    const links = index(docs).findLinks();
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link).toMatchObject({ from: 'doc-6', to: 'doc-2', words: 60 });
    const spans = charSpans(link!, docs[6]!.text, docs[2]!.text);
    expect(spans).toHaveLength(1);
    const span = spans[0]!;
    // spans run from the first word's start to the last word's end
    const words = planted.slice(0, -1);
    expect(docs[6]!.text.slice(span.aStart, span.aEnd)).toBe(words);
    expect(docs[2]!.text.slice(span.bStart, span.bEnd)).toBe(words);
    expect(link!.overlap).toBeGreaterThan(0.1);
    expect(link!.overlap).toBeLessThanOrEqual(1);
  });

  it('creates no link from boilerplate shared by many publishers alone', () => {
    const withoutPlant = docs.filter((d) => d.id !== 'doc-6');
    expect(index(withoutPlant).findLinks()).toEqual([]);
  });

  it('does count shared text as reuse when few publishers share it', () => {
    const fewPublishers = docs.slice(0, 3).map((d) => ({ ...d, owners: [d.id] }));
    const links = index(fewPublishers).findLinks();
    expect(links.map((l) => `${l.from}>${l.to}`)).toEqual(['doc-1>doc-0', 'doc-2>doc-0', 'doc-2>doc-1']);
  });

  it('counts a paragraph copied between few publishers even when all its sentences and their pairs are common', () => {
    const [s0, s1, s2, s3] = Array.from({ length: 4 }, () => prose(random, 12));
    const paragraph = [s0, s1, s2, s3].join(' ');
    // 18 publishers print every sentence and every adjacent pair of them, but never the whole paragraph,
    // so each of its shingles is boilerplate; two publishers print the paragraph itself
    const corpus = Array.from({ length: 20 }, (_, i) => ({
      id: `c-${String(i).padStart(2, '0')}`,
      owners: [`p-${i}`],
      year: 2000 + i,
      text: [prose(random, 50), ...(i === 3 || i === 11 ? [paragraph] : [`${s0} ${s1}`, `${s1} ${s2}`, `${s2} ${s3}`]), prose(random, 40)].join('\n\n'),
    }));
    const links = index(corpus).findLinks();
    expect(links.map((l) => `${l.from}>${l.to}`)).toEqual(['c-11>c-03']);
    const spans = charSpans(links[0]!, corpus[11]!.text, corpus[3]!.text);
    expect(spans.map((span) => corpus[11]!.text.slice(span.aStart, span.aEnd))).toEqual([paragraph.slice(0, -1)]);
  });

  it('never links documents of the same publisher or of unknown publishers', () => {
    const samePublisher = docs.map((d) => ({ ...d, owners: d.id === 'doc-6' ? ['org-2'] : d.owners }));
    expect(index(samePublisher).findLinks()).toEqual([]);
    const unknown = docs.map((d) => ({ ...d, owners: d.id === 'doc-2' ? [] : d.owners }));
    expect(index(unknown).findLinks()).toEqual([]);
  });

  it('only proposes pairs that touch an affected document', () => {
    expect(index(docs).findLinks((id) => id === 'doc-3')).toEqual([]);
    expect(index(docs).findLinks((id) => id === 'doc-2')).toHaveLength(1);
  });
});
