/** A list of URLs to fetch: one a line, blank lines and `#` comments (whole-line or after the URL) ignored. */
export function parseUrlList(text: string): string[] {
  const urls: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line) urls.push(line);
  }
  return urls;
}

/** Whether a command-line argument is a URL to fetch rather than a path on disk. */
export function isUrlArgument(argument: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(argument);
}
