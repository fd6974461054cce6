/** npm run db | db:stop | db:status — manage the local development Neo4j. */
import { boltAnswers, targetFromEnv } from '@strategigrafen/graph-db';
import { localPort, localTarget } from './config.js';
import { dataDir, runningPid, startLocal, stopLocal } from './launcher.js';

const command = process.argv[2] ?? 'status';
const profile = process.argv.includes('--test') ? 'test' : 'dev';
const port = localPort(profile);

async function main(): Promise<number> {
  const external = targetFromEnv('NEO4J_');
  if (external && command !== 'status') {
    console.error(`NEO4J_URI is set (${external.uri}); the project uses that server and starts none.`);
    return 2;
  }
  switch (command) {
    case 'start': {
      const server = await startLocal({ profile, port, detached: true, log: console.log });
      console.log(`${server.started ? 'Started' : 'Already running:'} Neo4j at ${server.target.uri} (pid ${server.pid}). Stop it with: npm run db:stop`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocal(profile, port);
      console.log(stopped ? `Stopped Neo4j on port ${port}.` : `No local Neo4j was running on port ${port}.`);
      return 0;
    }
    case 'status': {
      if (external) {
        const up = await boltAnswers(external, 5000);
        console.log(`External Neo4j ${external.uri}: ${up ? 'answering' : 'NOT answering'}`);
        return up ? 0 : 1;
      }
      const pid = runningPid(profile, port);
      const up = pid !== undefined && (await boltAnswers(localTarget(port)));
      console.log(up ? `Neo4j is running at bolt://127.0.0.1:${port} (pid ${pid}, data in ${dataDir(profile, port)}).` : `Neo4j is not running on port ${port}. Start it with: npm run db`);
      return up ? 0 : 1;
    }
    default:
      console.error(`Unknown command "${command}". Use start, stop or status.`);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
