/**
 * Politeness per host: each origin gets its robots.txt (read once per run) and a p-queue that limits
 * requests in flight and spaces their starts by the delay (or the host's longer Crawl-delay); one
 * more queue caps the requests in flight altogether.
 */
import PQueue from 'p-queue';
import type { HttpClient } from './http.js';
import { MAX_POLITE_WAIT_MS } from './policy.js';
import { loadRobots, type RobotsRules } from './robots.js';

interface Host {
  robots: RobotsRules;
  queue: PQueue;
}

export class HostScheduler {
  private readonly hosts = new Map<string, Promise<Host>>();
  private readonly all: PQueue;

  constructor(private readonly http: HttpClient) {
    this.all = new PQueue({ concurrency: http.policy.totalConcurrency });
  }

  /** the robots.txt rules of the URL's host */
  async robots(url: string): Promise<RobotsRules> {
    return (await this.host(url)).robots;
  }

  /** runs `task` (one request to the URL's host) when that host and the whole run have room for it */
  async schedule<T>(url: string, task: () => Promise<T>): Promise<T> {
    const { queue } = await this.host(url);
    return queue.add(() => this.all.add(task)) as Promise<T>;
  }

  private host(url: string): Promise<Host> {
    const origin = new URL(url).origin;
    let host = this.hosts.get(origin);
    if (!host) {
      host = loadRobots(origin, this.http).then((robots) => {
        const delay = Math.min(Math.max(this.http.policy.delayMs, robots.crawlDelayMs ?? 0), MAX_POLITE_WAIT_MS);
        const queue = new PQueue({ concurrency: this.http.policy.perHostConcurrency, ...(delay > 0 ? { interval: delay, intervalCap: 1 } : {}) });
        return { robots, queue };
      });
      this.hosts.set(origin, host);
    }
    return host;
  }
}
