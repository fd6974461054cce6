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

export async function listInputs(paths: readonly string[]): Promise<InputFile[]> {
  const roots = await checkPaths(paths);
  const files: InputFile[] = [];
  for (const root of roots) {
    const absolute = resolve(root.given);
    const base = dirname(absolute);
    if (!root.isDir) files.push({ absolute, path: toPosix(basename(absolute)), explicit: true });
    else for await (const file of walk(absolute)) files.push({ absolute: file, path: toPosix(relative(base, file)), explicit: false });
  }
  return files;
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => !isHidden(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    // symbolic links to files are followed; links to folders are not, so a link cycle cannot loop forever
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile());
    if (entry.isDirectory()) yield* walk(full);
    else if (isFile) yield full;
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
