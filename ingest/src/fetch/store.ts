/**
 * The local document store: fetched bytes on disk under their sha256 (`<dir>/<sha256>`, written once,
 * shared by every URL that serves them), and one record per URL (`<dir>/urls/<sha256 of the URL>.json`)
 * with where it led, when it was fetched, its validators for conditional requests and whether it is
 * still published. Nothing is ever deleted: a document gone from its site keeps its record, marked.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentFormat } from './sniff.js';

export interface StoredUrl {
  /** the URL as asked for (without its #fragment) */
  url: string;
  /** where it led after redirects */
  finalUrl: string;
  /** the body last received; its bytes are at `<dir>/<sha256>` */
  sha256: string;
  size: number;
  /** the Content-Type header as served */
  contentType: string | null;
  /** what the bytes are */
  format: DocumentFormat;
  /** the file's own name (Content-Disposition, or the URL's last path segment) for files; null for web pages */
  fileName: string | null;
  etag: string | null;
  lastModified: string | null;
  /** when these bytes were downloaded (ISO) */
  fetchedAt: string;
  /** when the URL was last asked for (ISO), a 304 included */
  checkedAt: string;
  /** false once the URL answers 404 or 410 */
  published: boolean;
  unpublishedAt: string | null;
  /** a crawled page that is a list of links rather than a document (kept so that a re-crawl can read its links after a 304) */
  navigation: boolean;
  /** the crawl start pages that reached this URL */
  seeds: string[];
}

export class DocumentStore {
  constructor(readonly dir: string) {}

  blobPath(sha256: string): string {
    return join(this.dir, sha256);
  }

  /** Keeps bytes under their hash (once); returns the hash. */
  async putBytes(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = this.blobPath(sha256);
    if (!(await exists(path))) {
      await mkdir(this.dir, { recursive: true });
      await atomicWrite(path, bytes);
    }
    return sha256;
  }

  async bytes(sha256: string): Promise<Buffer> {
    return readFile(this.blobPath(sha256));
  }

  async hasBytes(sha256: string): Promise<boolean> {
    return exists(this.blobPath(sha256));
  }

  async get(url: string): Promise<StoredUrl | null> {
    try {
      return JSON.parse(await readFile(this.recordPath(url), 'utf8')) as StoredUrl;
    } catch {
      return null;
    }
  }

  async put(record: StoredUrl): Promise<void> {
    await mkdir(join(this.dir, 'urls'), { recursive: true });
    await atomicWrite(this.recordPath(record.url), `${JSON.stringify(record, null, 2)}\n`);
  }

  /** every URL record (for a re-crawl: which documents a start page reached before) */
  async all(): Promise<StoredUrl[]> {
    const names = await readdir(join(this.dir, 'urls')).catch(() => [] as string[]);
    const records: StoredUrl[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const record = await readFile(join(this.dir, 'urls', name), 'utf8')
        .then((text) => JSON.parse(text) as StoredUrl)
        .catch(() => null);
      if (record) records.push(record);
    }
    return records;
  }

  private recordPath(url: string): string {
    return join(this.dir, 'urls', `${createHash('sha256').update(url).digest('hex')}.json`);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** written beside the target and renamed, so that an interrupted run leaves no half-written file */
async function atomicWrite(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

/** `.data/documents` at the root of the repository (gitignored) */
export const DEFAULT_STORE_DIR = fileURLToPath(new URL('../../../.data/documents', import.meta.url));
