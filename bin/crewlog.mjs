#!/usr/bin/env node
// Crewlog's command line. The sources are TypeScript, run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/src/cli/main.ts');
await main(process.argv.slice(2));
