// The Docker deployment's topology on loopback (nginx with TLS, two Crewlog instances each
// beside a PostgREST-compatible data API, a worker, Redis, a scratch database), for trying
// it out by hand; Ctrl-C stops everything and drops the database.
//   node --import tsx scripts/topology.ts            start it and print its addresses
//   node --import tsx scripts/topology.ts --print-nginx-conf   the Docker site's nginx file
// TEST_DATABASE_URL (a superuser connection), REDIS_URL and NGINX choose what it uses.
import {
  DEFAULT_ADMIN_URL,
  DEFAULT_NGINX,
  DEFAULT_REDIS_URL,
  missingPrerequisites,
  startTopology,
} from '../server/src/deploy/local-topology';
import { productionConf } from '../server/src/deploy/sites';

if (process.argv.includes('--print-nginx-conf')) {
  process.stdout.write(productionConf());
  process.exit(0);
}

const options = {
  adminUrl: process.env.TEST_DATABASE_URL ?? DEFAULT_ADMIN_URL,
  redisUrl: process.env.REDIS_URL ?? DEFAULT_REDIS_URL,
  nginx: process.env.NGINX ?? DEFAULT_NGINX,
};
const missing = await missingPrerequisites(options);
if (missing) {
  console.error(`cannot start the topology: ${missing}`);
  process.exit(1);
}
const topology = await startTopology(options);
console.log(`Crewlog over HTTPS at ${topology.url} (self-signed certificate)`);
console.log(`pinned to instance A: ${topology.instanceUrls[0]}, to B: ${topology.instanceUrls[1]}`);
console.log(`plain HTTP (redirects): ${topology.httpUrl}`);
console.log(
  'create a first user: npx crewlog user create … with the printed DATABASE_URL and keys',
);
console.log(`DATABASE_URL=${topology.secrets.databaseUrl}`);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  topology.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
