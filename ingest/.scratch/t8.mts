import { synthDocuments } from '../src/synth/index.ts';
import { analyseSource } from '../src/pipeline/index.ts';
let goals = 0, n = 300, paras: number[] = [], chars = 0; const t0 = performance.now();
for (const d of synthDocuments(n, 1)) { const a = analyseSource(d); goals += a.goals.length; chars += d.text.length; paras.push(d.text.split('\n\n').filter(p => p.length > 80).length); }
console.log('goals/doc', goals / n, 'paras min/max', Math.min(...paras), Math.max(...paras), 'chars', chars / n, 'analyse ms/doc', (performance.now() - t0) / n);
