#!/usr/bin/env node
// npm start (after ensure-deps and the build): the error gallery and Chromium with the extension.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', 'harness/run-demo.ts'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
