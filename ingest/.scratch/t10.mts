import { synthDocuments } from '../src/synth/index.ts';
let g = 0; const n = 1000;
for (const d of synthDocuments(n, 1)) g += d.text.match(/ ska (?!:)|(?:^|\s)- (?=\p{Lu})/gmu)?.length ?? 0;
console.log('constructed goals/doc', g / n);
