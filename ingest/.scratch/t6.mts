import { synthDocument, synthDocuments } from '../src/synth/index.ts';
const d = synthDocument(7, { seed: 1, total: 1000 });
console.log(d.path, '\n' + d.title + '\n\n' + d.text);
let chars = 0, ska = 0; const t0 = performance.now();
for (const doc of synthDocuments(1000, 1)) { chars += doc.text.length; ska += (doc.text.match(/ ska[ :]|^- /gm) ?? []).length; }
console.log('avg chars', chars / 1000, 'avg goal-ish', ska / 1000, 'ms', performance.now() - t0);
