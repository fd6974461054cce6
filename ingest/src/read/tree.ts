/** Which files a list of user-given paths stands for: files as given, folders walked recursively in sorted order. */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export interface InputFile {
  /** absolute path on disk */
  absolute: string;
  /** the path stored on the Document and shown in messages: relative to the parent of the path the user gave, posix separators */
  path: string;
  /** named by the user directly (not found inside a folder) */
  explicit: boolean;
  /** read as this format (an extension such as ".pdf") rather than by the file's own extension: fetched documents in the store */
  format?: string;
}

/** Hidden files and folders, and Office lock files ("~$rapport.docx"), are never inputs. */
export function isHidden(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** A folder's `urls.txt` (or `*.urls.txt`) lists documents to fetch (`ingest --urls`); it is not a document itself. */
export function isUrlList(name: string): boolean {
  return /(?:^|\.)urls\.txt$/i.test(name);
}

export class MissingPathError extends Error {
  override readonly name = 'MissingPathError';
  constructor(readonly missing: string[]) {
    super(`${missing.map((p) => `"${p}"`).join(', ')} ${missing.length === 1 ? 'does' : 'do'} not exist. Give files or folders to ingest.`);
  }
}

/** Throws MissingPathError naming every given path that does not exist. */
export async function checkPaths(paths: readonly string[]): Promise<{ given: string; isDir: boolean }[]> {
  const missing: string[] = [];
  const roots: { given: string; isDir: boolean }[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) missing.push(given);
    else roots.push({ given, isDir: info.isDirectory() });
  }
  if (missing.length) throw new MissingPathError(missing);
  return roots;
}

/** Folders of installed packages: never documents, and large enough to make a walk of a project folder crawl. */
const PACKAGE_FOLDERS = new Set(['node_modules', 'bower_components']);

/** What a folder walk passed over, and why (shown to the user: nothing is left out without a word). */
export type SkipListener = (path: string, reason: string) => void;

/**
 * The files the given paths stand for. Hidden files and folders (".git") are passed over silently; package
 * folders ("node_modules"), links that lead nowhere, link loops and links to folders are passed over with
 * a reason given to `onSkip`.
 */
export async function listInputs(paths: readonly string[], onSkip: SkipListener = () => {}): Promise<InputFile[]> {
  const roots = await checkPaths(paths);
  const files: InputFile[] = [];
  for (const root of roots) {
    const absolute = resolve(root.given);
    const base = dirname(absolute);
    const shown = (file: string) => toPosix(relative(base, file));
    if (!root.isDir) files.push({ absolute, path: toPosix(basename(absolute)), explicit: true });
    else for await (const file of walk(absolute, (file, reason) => onSkip(shown(file), reason))) files.push({ absolute: file, path: shown(file), explicit: false });
  }
  return files;
}

async function* walk(dir: string, onSkip: SkipListener): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => !isHidden(entry.name) && !(entry.isFile() && isUrlList(entry.name)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (PACKAGE_FOLDERS.has(entry.name)) onSkip(full, `${entry.name} is a folder of installed packages, not documents: not walked.`);
      else yield* walk(full, onSkip);
    } else if (entry.isFile()) yield full;
    else if (entry.isSymbolicLink()) {
      // links to files are followed; links to folders are not, so a link cycle cannot loop forever
      const target = await stat(full).catch((error: NodeJS.ErrnoException) => error);
      if (target instanceof Error) onSkip(full, target.code === 'ELOOP' ? 'a symbolic link loop: skipped.' : 'a symbolic link to nothing (dangling): skipped.');
      else if (target.isFile()) yield full;
      else if (target.isDirectory()) onSkip(full, 'a symbolic link to a folder: not followed (give the folder itself to ingest it).');
    }
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
