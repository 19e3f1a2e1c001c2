#!/usr/bin/env node
// npm start: the main job. Diagnoses the bundled sample HAR (six failures from six vendors' pages)
// with the CLI, as a support engineer would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample = 'test/fixtures/har/sample-gateway-errors.har';
console.log(`faultline diagnose ${sample}\n`);
const result = spawnSync(process.execPath, ['src/scripts/faultline.mjs', 'diagnose', sample], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
