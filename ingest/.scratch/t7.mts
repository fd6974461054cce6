import { parseSeedPage } from '../src/read/seed.ts';
console.log(JSON.stringify(parseSeedPage('Titel\n\nRelevanta dokument\nA\n\nB\n\nA\n\nTranskript:\n\nTitel\n\nBrödtext.')));
