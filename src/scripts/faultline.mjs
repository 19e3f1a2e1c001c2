#!/usr/bin/env node
// The CLI's entry: make sure dependencies exist, then run the TypeScript sources through tsx.
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
