import { synthDocument } from '../src/synth/index.ts';
import { analyseSource } from '../src/pipeline/index.ts';
const d = synthDocument(7, { seed: 1, total: 1000 });
const a = analyseSource(d);
console.log(d.text.slice(0, 3000));
console.log('----');
for (const g of a.goals) console.log(g.level, '|', g.actor, '|', g.text);
