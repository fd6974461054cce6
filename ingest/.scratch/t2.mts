import { writePdf } from '../test/fixtures/pdf-writer.ts';
import { readPdf } from '../src/read/pdf.ts';
const spec = { title: 'Förklaringsdokument – Kreativitet', pages: [['Första sidan: Näringslivsstrategi för Lerums kommun (utdrag).', 'Kommunen ska våga satsa på innovativa framtidslösningar och visa djärvhet och kreativitet i framtidsplaneringen. '.repeat(3)], ['Andra sidan – "citat" och €.']] };
const plain = writePdf(spec);
console.log(await readPdf(plain, 'x.pdf'));
const enc = writePdf({ ...spec, userPassword: 'hemligt' });
try { await readPdf(enc, 'enc.pdf'); } catch (e) { console.log('ERR', (e as Error).message); }
console.log(await readPdf(enc, 'enc.pdf', 'hemligt'));
try { await readPdf(Buffer.from('%PDF-1.4\nthis is not really a pdf\n'), 'bad.pdf'); } catch (e) { console.log('ERR', (e as Error).message); }
try { await readPdf(plain.subarray(0, 300), 'trunc.pdf'); } catch (e) { console.log('ERR', (e as Error).message); }
