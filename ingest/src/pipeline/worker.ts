/**
 * The analysis worker (started by isolated.ts): reads and analyses one file per request, within the
 * heap limit the main thread gave it. It warms the readers and the analyser up before it says it is
 * ready (pdf.js is loaded on first use, the lexicons are built on first use), so that a file's time
 * limit measures that file, not the loading of modules.
 */
import { parentPort } from 'node:worker_threads';
import { parseBytes } from '../read/index.js';
import { analyseFile } from './analysed.js';
import { analyseSource } from './analyse-source.js';
import type { AnalyseRequest, WorkerMessage } from './isolated.js';

const port = parentPort;
if (!port) throw new Error('pipeline/worker.ts runs as a worker thread; see pipeline/isolated.ts');

/** a one-page PDF (pdf.js rebuilds the missing cross-reference table) */
const WARM_UP_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 300]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n' +
    '4 0 obj<</Length 52>>stream\nBT /F1 12 Tf 20 200 Td (Kommunen ska minska utslappen.) Tj ET\nendstream endobj\n' +
    '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const WARM_UP_TEXT = 'Uppvärmning\n\nKommunen ska minska utsläppen av växthusgaser med 50 procent till år 2030.\n\n- Alla barn ska ha en trygg skolväg.';

await parseBytes(WARM_UP_PDF, 'uppvarmning.pdf').catch(() => null);
analyseSource(await parseBytes(Buffer.from(WARM_UP_TEXT), 'uppvarmning.txt'));

port.on('message', (request: AnalyseRequest) => {
  void analyseFile(request.file, request.options).then((result) => port.postMessage({ type: 'done', id: request.id, result } satisfies WorkerMessage));
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
