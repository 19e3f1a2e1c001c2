#!/usr/bin/env node
// `npm run lint:firefox`: web-ext lint (the add-on store's own linter) on the built dist/firefox.
// Fails on any error, and on any warning or notice except the ones listed in ACCEPTED, each with
// the reason it cannot be avoided; an accepted finding that disappears is reported so the list
// shrinks with it. Prints the linter's summary.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist', 'firefox');

const ACCEPTED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /innerHTML/,
    // The chunk of Preact's renderer (shared by the popup and the HAR analyzer page) supports
    // `dangerouslySetInnerHTML`, which assigns innerHTML. Neither passes that prop (eslint forbids it
    // in src/), so the line never runs.
    where: (file) => file.startsWith('assets/') && readFileSync(join(dist, file), 'utf8').includes('dangerouslySetInnerHTML'),
    why: 'Preact\'s dangerouslySetInnerHTML branch, unused by the popup and the analyzer',
  },
];

if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('lint:firefox: no dist/firefox: run npm run build first');
  process.exit(1);
}
const webExt = join(root, 'node_modules', '.bin', 'web-ext');
const run = spawnSync(webExt, ['lint', '--source-dir', dist, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`lint:firefox: web-ext lint did not report (exit ${run.status})\n${run.stdout}${run.stderr}`);
  process.exit(1);
}

const findings = [...report.errors, ...report.warnings, ...report.notices];
const accepted = new Set();
const unexpected = findings.filter((f) => {
  const rule = ACCEPTED.find((a) => f._type !== 'error' && a.code === f.code && a.message.test(f.message) && a.where(f.file ?? ''));
  if (rule) accepted.add(rule);
  return !rule;
});

const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint dist/firefox: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const f of findings) {
  const rule = ACCEPTED.find((a) => a.code === f.code && a.message.test(f.message) && a.where(f.file ?? ''));
  console.log(`  ${f._type} ${f.code} ${f.file ?? ''}${f.line ? `:${f.line}` : ''} — ${f.message}${rule && f._type !== 'error' ? ` (accepted: ${rule.why})` : ''}`);
}
for (const rule of ACCEPTED.filter((a) => !accepted.has(a))) console.log(`  note: accepted ${rule.code} (${rule.why}) no longer reported: remove it from scripts/lint-firefox.mjs`);
if (unexpected.length > 0) {
  console.error(`lint:firefox: ${unexpected.length} finding(s) to fix`);
  process.exit(1);
}
