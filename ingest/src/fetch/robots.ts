/**
 * robots.txt, as RFC 9309 reads it (parsed by robots-parser): a missing file (4xx) allows everything,
 * a server error or no answer disallows everything on that host for this run, Crawl-delay is honoured.
 */
import robotsParserModule from 'robots-parser';
import { FetchError } from './errors.js';
import type { HttpClient } from './http.js';
import { robotsToken } from './policy.js';

export interface RobotsRules {
  allowed(url: string): boolean;
  /** the host's Crawl-delay in milliseconds, if it sets one for us */
  crawlDelayMs: number | null;
  /** how the rules were obtained, for messages */
  source: 'robots.txt' | 'none' | 'unreachable';
}

// robots-parser is CommonJS (module.exports = parse) but its types declare a default export
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** robots.txt files larger than this are read up to here (RFC 9309 asks for at least 500 KiB) */
const MAX_ROBOTS_BYTES = 512 * 1024;
const MAX_ROBOTS_REDIRECTS = 5;

export async function loadRobots(origin: string, http: HttpClient): Promise<RobotsRules> {
  const token = robotsToken(http.policy.userAgent);
  let url = `${origin}/robots.txt`;
  try {
    for (let hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
      const response = await http.get(url, { accept: 'text/plain' }, MAX_ROBOTS_BYTES);
      if (response.status >= 300 && response.status < 400 && response.headers.location) {
        url = new URL(response.headers.location, url).href;
        continue;
      }
      if (response.status >= 400 && response.status < 500) return allowAll('none');
      if (response.status >= 500 || !response.body) return disallowAll();
      const robot = robotsParser(`${origin}/robots.txt`, response.body.toString('utf8'));
      const delay = robot.getCrawlDelay(token);
      return {
        allowed: (target) => robot.isAllowed(target, token) !== false,
        crawlDelayMs: typeof delay === 'number' && delay > 0 ? delay * 1000 : null,
        source: 'robots.txt',
      };
    }
    return allowAll('none'); // too many redirects: RFC 9309 treats it as unavailable (4xx)
  } catch (error) {
    // a host we may not or cannot reach at all is the document's failure, not a robots.txt rule
    if (error instanceof FetchError && (error.code === 'private-host' || error.code === 'bad-url' || error.code === 'dns')) throw error;
    return disallowAll();
  }
}

function allowAll(source: RobotsRules['source']): RobotsRules {
  return { allowed: () => true, crawlDelayMs: null, source };
}

function disallowAll(): RobotsRules {
  return { allowed: () => false, crawlDelayMs: null, source: 'unreachable' };
}
