import { writePdf } from '../test/fixtures/pdf-writer.ts';
import { extractTextItems, getDocumentProxy } from 'unpdf';
const spec = { title: 'T', pages: [['Första sidan: Näringslivsstrategi för Lerums kommun (utdrag).', 'Kommunen ska våga satsa på innovativa framtidslösningar och visa djärvhet och kreativitet i framtidsplaneringen. '.repeat(3)], ['Andra sidan.']] };
const pdf = await getDocumentProxy(new Uint8Array(writePdf(spec)));
const r = await extractTextItems(pdf);
console.log(JSON.stringify(r.items[0], null, 0));
