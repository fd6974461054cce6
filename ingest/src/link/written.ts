import { setImmediate } from 'node:timers/promises';
import { shingleText, type IndexedText } from './reuse/index.js';
import { WrittenGoals, type WrittenGoal } from './similar/written-goals.js';

/** A document as the writer stored it, as far as linking reads it. */
export interface WrittenDocument {
  id: string;
  year: number | null;
  /** the stored text ('' for a document without one) */
  text: string;
  themes: ReadonlyArray<{ id: string; weight: number }>;
  goals: readonly WrittenGoal[];
}

/**
 * What the linker needs of the documents a run writes, taken from them as each batch is written: their
 * goals' index terms and their texts' shingles. Linking then reads back from the graph only what other
 * runs wrote (and every goal's element id), and links the same graph as if it had read it all.
 */
export class WrittenCorpus {
  readonly goals = new WrittenGoals();
  readonly texts = new Map<string, IndexedText>();

  add(document: WrittenDocument): void {
    this.goals.add(document);
    this.texts.set(document.id, shingleText(document.text));
  }

  /** One document at a time, the event loop let through between them (the pipeline's workers are waiting on it). */
  async addAll(documents: Iterable<WrittenDocument>): Promise<void> {
    for (const document of documents) {
      this.add(document);
      await setImmediate();
    }
  }
}
