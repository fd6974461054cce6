/**
 * The worker thread that holds one build of the "goals like my draft" engine: it takes the goals page by
 * page, builds the engine on 'build' (tens of seconds at national scale, off the API's event loop) and
 * then answers drafts. One worker per build; the API swaps in a new one when the graph changed.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { GoalsLikeEngine } from './goals-like.engine.js';
import type { FromWorker, StoredGoalText, ToWorker } from './goals-like.protocol.js';

const port = parentPort;
if (!port) throw new Error('goals-like.worker.ts runs as a worker thread (see goals-like.index.ts).');

let goals: StoredGoalText[] = [];
let counties = new Map<string, string>();
let engine: GoalsLikeEngine | null = null;

/** A full collection (gc is exposed to this thread only for the call). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const post = (message: FromWorker) => port.postMessage(message);
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'goals':
      for (const goal of message.goals) goals.push(goal);
      return;
    case 'places':
      counties = new Map(message.counties);
      return;
    case 'build': {
      try {
        const started = performance.now();
        engine = GoalsLikeEngine.build(goals, counties);
        const buildMs = performance.now() - started;
        goals = [];
        // the goals' texts are garbage now: collect them, so the heap measured is the engine's
        collectGarbage();
        const memory = process.memoryUsage();
        post({ type: 'ready', facts: { goals: engine.size, buildMs, heapUsedBytes: memory.heapUsed, rssBytes: memory.rss } });
      } catch (error) {
        post({ type: 'failed', id: null, message: describe(error) });
      }
      return;
    }
    case 'like': {
      try {
        if (!engine) throw new Error('the engine is not built yet');
        post({ type: 'answer', id: message.id, answer: engine.like(message.request) });
      } catch (error) {
        post({ type: 'failed', id: message.id, message: describe(error) });
      }
      return;
    }
  }
});
