// scratch: serve the e2e graph for manual inspection (not a test)
import { startExplorer } from './harness.ts';
const explorer = await startExplorer();
console.log('URL', explorer.url);
