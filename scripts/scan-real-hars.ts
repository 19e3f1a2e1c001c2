// Runs the CLI's exports over real HARs from other tools and checks that nothing the ORIGINAL held
// as a secret (cookies, credential headers, secret-named parameters, JWTs: see
// test/support/collect-secrets.ts) survives in the sanitized HAR, the summary or any bundle file,
// searched raw, decoded and re-encoded (test/support/leak-search.ts).
//
//   npx tsx scripts/scan-real-hars.ts [dir]      (default ../shared/real-hars/files)
//
// Exit code 1 when anything leaked, when a file the manifest calls "ok" was not exported, when a
// file it calls "reject" was accepted or not rejected cleanly (exit 2, one line on stderr), or when
// sanitizing broke a valid HAR 1.2 or changed its entry count. Only this script reads ../shared:
// the tests use the project's own fixtures.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { cliExports, type CliRun } from '../test/support/cli-exports';
import { collectSecrets } from '../test/support/collect-secrets';
import { harErrors } from '../test/support/har-validator';
import { leakSearch, locate } from '../test/support/leak-search';
import { harQuirks } from './har-quirks';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'real-hars', 'files'));
const SHOWN_LEAKS = 3;

interface FileResult {
  file: string;
  expect: 'ok' | 'reject';
  entries: number | '-';
  secrets: number;
  leaked: number;
  leaks: string[];
  ms: number;
  valid: string;
  problems: string[];
  quirks: string[];
}

function readManifest(dir: string): Map<string, 'ok' | 'reject'> {
  const path = [join(dir, 'manifest.json'), join(dir, '..', 'manifest.json')].find((p) => existsSync(p));
  const map = new Map<string, 'ok' | 'reject'>();
  if (!path) return map;
  const list = JSON.parse(readFileSync(path, 'utf8')) as { file: string; expect: 'ok' | 'reject' }[];
  for (const { file, expect } of list) map.set(file, expect);
  return map;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

const entryCount = (doc: unknown): number | undefined => {
  const entries = (doc as { log?: { entries?: unknown } } | undefined)?.log?.entries;
  return Array.isArray(entries) ? entries.length : undefined;
};

/** A clean refusal: exit 2, one line on stderr, and not the catch-all "unexpected error". */
const cleanReject = (run: CliRun) => run.code === 2 && run.stderr.split('\n').length === 1 && !/unexpected error/.test(run.stderr);
const cut = (value: string) => (value.length > 12 ? `${value.slice(0, 12)}…` : value);

async function scanFile(path: string, expect: 'ok' | 'reject'): Promise<FileResult> {
  const text = readFileSync(path, 'utf8');
  const original = parse(text);
  const { secrets } = collectSecrets(original);
  const result: FileResult = {
    file: basename(path), expect, entries: entryCount(original) ?? '-', secrets: secrets.length, leaked: 0, leaks: [], ms: 0, valid: '-', problems: [], quirks: harQuirks(text, original),
  };
  const dir = mkdtempSync(join(tmpdir(), 'faultline-scan-'));
  try {
    const started = performance.now();
    const { runs, outputs } = await cliExports(path, dir);
    result.ms = Math.round(performance.now() - started);
    const all = [runs.sanitize!, runs.summary, runs.bundle];
    const names = ['sanitize', 'summary', 'bundle'];
    if (expect === 'reject') {
      all.forEach((run, i) => {
        if (!cleanReject(run)) result.problems.push(`${names[i]}: expected a clean rejection, got exit ${run.code}: ${run.stderr.split('\n')[0]?.slice(0, 120)}`);
      });
      return result;
    }
    all.forEach((run, i) => {
      if (run.code !== 0) result.problems.push(`${names[i]}: exit ${run.code}: ${run.stderr.split('\n')[0]?.slice(0, 160)}`);
    });
    if (runs.sanitize?.code === 0) {
      const sanitized = parse(runs.sanitize.stdout);
      const before = harErrors(original).length === 0;
      const after = harErrors(sanitized).length === 0;
      result.valid = `${before ? 'yes' : 'no'}→${after ? 'yes' : 'no'}, ${entryCount(original)}→${entryCount(sanitized) ?? '?'} entries`;
      if (before && !after) result.problems.push(`sanitize: the output is no longer HAR 1.2: ${harErrors(sanitized).slice(0, 2).join('; ')}`);
      if (entryCount(sanitized) !== entryCount(original)) result.problems.push(`sanitize: ${entryCount(sanitized)} entries out of ${entryCount(original)}`);
    }
    if (secrets.length === 0) return result;
    const search = leakSearch(secrets.map((s) => s.value));
    const leakedAt = new Map<number, string[]>();
    for (const output of outputs) {
      const hits = new Set(search.find(output.text).map((l) => l.secret));
      if (hits.size === 0) continue;
      // Only the first few leaks are located: the walk reads every string of the output.
      const wanted = [...hits].filter((i) => !leakedAt.has(i) && leakedAt.size < SHOWN_LEAKS);
      const places = wanted.length > 0 ? locate(output.text, wanted.map((i) => secrets[i]!.value)) : new Map<number, string>();
      wanted.forEach((secret, k) => leakedAt.set(secret, [`${output.name} ${places.get(k) ?? ''}`.trim()]));
      for (const secret of hits) if (!wanted.includes(secret)) leakedAt.set(secret, [...(leakedAt.get(secret) ?? []), output.name]);
    }
    result.leaked = leakedAt.size;
    result.leaks = [...leakedAt].slice(0, SHOWN_LEAKS).map(([i, where]) => `"${cut(secrets[i]!.value)}" (${secrets[i]!.from}) → ${where.join(', ')}`);
    return result;
  } catch (error) {
    result.problems.push(`crashed: ${(error as Error).message?.split('\n')[0]?.slice(0, 200)}`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows: FileResult[]): string {
  const head = ['file', 'expect', 'entries', 'secrets', 'leaked', 'ms', 'HAR 1.2 in→out, entries', 'result', 'quirks'];
  const body = rows.map((r) => [
    r.file, r.expect, String(r.entries), String(r.secrets), String(r.leaked), String(r.ms), r.valid,
    r.problems.length > 0 ? 'FAIL' : r.leaked > 0 ? 'LEAK' : 'ok', r.quirks.join(' '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  if (!existsSync(DIR) || !statSync(DIR).isDirectory()) {
    console.error(`scan-real-hars: no directory ${DIR} (give the folder of HARs as the first argument)`);
    return 2;
  }
  const manifest = readManifest(DIR);
  const files = readdirSync(DIR).filter((f) => f !== 'manifest.json' && statSync(join(DIR, f)).isFile()).sort();
  const rows: FileResult[] = [];
  for (const file of files) {
    const expect = manifest.get(file) ?? (file.endsWith('.har') ? 'ok' : 'reject');
    rows.push(await scanFile(join(DIR, file), expect));
  }
  console.log(table(rows));
  for (const r of rows.filter((row) => row.leaks.length > 0 || row.problems.length > 0)) {
    console.log(`\n${r.file}`);
    for (const leak of r.leaks) console.log(`  leak: ${leak}`);
    if (r.leaked > r.leaks.length) console.log(`  … and ${r.leaked - r.leaks.length} more leaked values`);
    for (const problem of r.problems) console.log(`  problem: ${problem}`);
  }
  const leaking = rows.filter((r) => r.leaked > 0);
  const failing = rows.filter((r) => r.problems.length > 0);
  console.log(`\n${rows.length} files, ${rows.reduce((n, r) => n + r.secrets, 0)} secret values collected, ${rows.reduce((n, r) => n + r.leaked, 0)} leaked from ${leaking.length} files, ${failing.length} files with problems.`);
  return leaking.length > 0 || failing.length > 0 ? 1 : 0;
}

process.exitCode = await main();
