import { writeDocx } from '../test/fixtures/docx-writer.ts';
import { readDocx } from '../src/read/docx.ts';
import mammoth from 'mammoth';
const b = await writeDocx([{ heading: 'Förklaringsdokument – Hållbarhet' }, { paragraph: 'Lerums kommun ska:' }, { bullets: ['Skapa förutsättningar.', 'Främja kompetens.'] }, { heading: 'Under', level: 2 }, { paragraph: 'Slut & klart.' }]);
console.log((await mammoth.convertToHtml({ buffer: b })));
console.log(await readDocx(b, 'x.docx'));
const b2 = await writeDocx([{ paragraph: 'Första' }]);
console.log(b.equals(await writeDocx([{ heading: 'Förklaringsdokument – Hållbarhet' }, { paragraph: 'Lerums kommun ska:' }, { bullets: ['Skapa förutsättningar.', 'Främja kompetens.'] }, { heading: 'Under', level: 2 }, { paragraph: 'Slut & klart.' }])));
try { await readDocx(Buffer.from('PK\x03\x04 garbage'), 'bad.docx'); } catch (e) { console.log((e as Error).message); }
