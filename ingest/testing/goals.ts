import type { GoalInput } from '../src/link/similar/space.js';
import { seededRandom } from './prose.js';

/**
 * Synthetic goal vectors for tests and benchmarks of the similarity core: `count` goals of `owners`
 * fictional publishers, each a handful of terms drawn from a Zipf-distributed vocabulary, mostly from
 * one of `topics` topic vocabularies (so that goals have real neighbours), with a theme or two.
 */
export function syntheticGoals(count: number, options: { owners?: number; topics?: number; vocabulary?: number; seed?: number } = {}): GoalInput[] {
  const random = seededRandom(options.seed ?? 7);
  const owners = options.owners ?? 290;
  const topics = options.topics ?? 400;
  const vocabulary = options.vocabulary ?? 30_000;
  const zipf = zipfSampler(vocabulary, 1.05, random);
  const topicTerms = Array.from({ length: topics }, () => Array.from({ length: 25 }, () => zipf()));
  const goals: GoalInput[] = [];
  for (let i = 0; i < count; i++) {
    const topic = Math.floor(random() * topics);
    const length = 5 + Math.floor(random() * 10);
    const terms: string[] = [];
    for (let t = 0; t < length; t++) {
      const term = random() < 0.6 ? topicTerms[topic]![Math.floor(random() * 25)]! : zipf();
      terms.push(`t${term}`);
    }
    goals.push({
      id: `goal-${String(i).padStart(7, '0')}`,
      owners: [`owner-${Math.floor(random() * owners)}`],
      terms,
      themes: [{ id: `theme-${topic % 40}`, weight: 0.5 + random() / 2 }],
    });
  }
  return goals;
}

function zipfSampler(size: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) cumulative[r] = sum += 1 / Math.pow(r + 1, exponent);
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
