#!/usr/bin/env node
// `npm test` and `npm run test:quick`: every gate, independent ones side by side. A gate's output is
// held until it ends and then printed in one block with its verdict and duration, so parallel gates
// never interleave. A failed gate does not stop the others (one run shows every failure); the exit
// code is non-zero if any failed, and a gate whose prerequisite failed is reported as skipped.
//
//   node scripts/test-all.mjs           deps (with browsers), then type-check, lint, unit, build, and
//                                       after the build web-ext lint and the e2e suites
//   node scripts/test-all.mjs --quick   type-check, lint, unit: the inner loop
//
// At most FAULTLINE_TEST_JOBS gates (default 2) run at once: on a 2-core machine a third heavy gate
// only slows the others. Gates start in the order listed, as soon as their prerequisite passed.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const slots = Math.max(1, Number(process.env.FAULTLINE_TEST_JOBS) || 2);
const vitest = ['node_modules/.bin/vitest', 'run', '--config', 'vitest.e2e.config.ts'];
const FIREFOX_E2E = 'test/e2e/firefox.test.ts';

/**
 * In order of priority. The build and then the Chromium suites are the critical path (together
 * about three quarters of the run), so they take a slot as soon as they can; the short gates fill
 * the other slot. The two browsers' suites are separate gates so they may run side by side: each
 * file has its own gallery port and browser profile, and firefox.test.ts builds only
 * dist/firefox-e2e, which no other suite reads.
 */
const GATES = [
  { name: 'build', command: ['npm', 'run', '-s', 'build'], full: true },
  { name: 'e2e chromium', command: [...vitest, '--exclude', FIREFOX_E2E], after: 'build', full: true },
  { name: 'typecheck', command: ['npm', 'run', '-s', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '-s', 'lint'] },
  { name: 'unit', command: ['npm', 'run', '-s', 'test:unit'] },
  { name: 'e2e firefox', command: [...vitest, FIREFOX_E2E], after: 'build', full: true },
  { name: 'lint:firefox', command: ['npm', 'run', '-s', 'lint:firefox'], after: 'build', full: true },
].filter((gate) => !quick || !gate.full);

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function runGate(gate) {
  return new Promise((resolve) => {
    const started = Date.now();
    const [command, ...args] = gate.command;
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(process.stdout.isTTY && { FORCE_COLOR: '1' }) },
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const passed = code === 0;
      const text = Buffer.concat(output).toString('utf8').trimEnd();
      process.stdout.write(`\n── ${gate.name}: ${passed ? 'passed' : `FAILED (exit ${code})`} in ${seconds(Date.now() - started)} ──\n${text ? `${text}\n` : ''}`);
      resolve({ passed, ms: Date.now() - started });
    });
  });
}

/** Runs every gate, at most `slots` at a time, each once its prerequisite passed. */
async function runAll() {
  const results = new Map();
  const waiting = [...GATES];
  let running = 0;
  await new Promise((done) => {
    const next = () => {
      for (const gate of [...waiting]) {
        const prerequisite = gate.after && results.get(gate.after);
        if (gate.after && prerequisite === undefined) continue; // still running or not started
        if (prerequisite && !prerequisite.passed) {
          waiting.splice(waiting.indexOf(gate), 1);
          results.set(gate.name, { passed: false, skipped: true, ms: 0 });
          process.stdout.write(`\n── ${gate.name}: skipped (${gate.after} failed) ──\n`);
          continue;
        }
        if (running >= slots) break;
        waiting.splice(waiting.indexOf(gate), 1);
        running += 1;
        process.stdout.write(`▶ ${gate.name}\n`);
        void runGate(gate).then((result) => {
          results.set(gate.name, result);
          running -= 1;
          next();
        });
      }
      if (running === 0 && waiting.length === 0) done();
    };
    next();
  });
  return results;
}

const started = Date.now();
const deps = spawnSync('node', ['scripts/ensure-deps.mjs', ...(quick ? [] : ['--browser'])], { cwd: root, stdio: 'inherit' });
if (deps.status !== 0) process.exit(deps.status ?? 1);
const results = await runAll();
process.stdout.write(`\n${quick ? 'test:quick' : 'test'}: ${seconds(Date.now() - started)} with up to ${slots} gates at once\n`);
for (const gate of GATES) {
  const r = results.get(gate.name);
  process.stdout.write(`  ${r.skipped ? 'skipped' : r.passed ? 'passed ' : 'FAILED '}  ${gate.name.padEnd(13)} ${r.skipped ? '' : seconds(r.ms)}\n`);
}
process.exit([...results.values()].every((r) => r.passed) ? 0 : 1);
