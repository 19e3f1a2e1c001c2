// The npm package as a user gets it: build the CLI and the library (scripts/build-package.mjs) into a
// staging directory of its own (a build running meanwhile writes the repository's dist/), `npm pack`
// it, then install the tarball in an empty directory with no network and an empty npm cache, and
// run both the CLI and the library from there. This is what "installs offline, no build at run time"
// means; a runtime dependency or a file missing from `files` fails it. The same tarball is also
// installed globally (`npm i -g`) and run straight from its file (`npx ./faultline-<v>.tgz`).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** One failed entry (a Cloudflare 502) and one that did not fail: the diagnosis must name the first only. */
const HAR = {
  log: {
    version: '1.2', creator: { name: 'package-test', version: '1' },
    entries: [
      {
        startedDateTime: '2026-01-01T00:00:00.000Z', time: 120,
        request: { method: 'GET', url: 'https://shop.example/', httpVersion: 'HTTP/2', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
        response: {
          status: 502, statusText: 'Bad Gateway', httpVersion: 'HTTP/2', cookies: [], redirectURL: '', headersSize: -1, bodySize: 60,
          headers: [{ name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f00aa11bb22cc33-FRA' }, { name: 'content-type', value: 'text/html' }],
          content: { size: 60, mimeType: 'text/html', text: '<title>shop.example | 502: Bad gateway</title>Cloudflare Ray ID' },
        },
        cache: {}, timings: { send: 0, wait: 100, receive: 20 },
      },
      {
        startedDateTime: '2026-01-01T00:00:01.000Z', time: 10,
        request: { method: 'GET', url: 'https://shop.example/a.css', httpVersion: 'HTTP/2', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
        response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/2', headers: [], cookies: [], content: { size: 0, mimeType: 'text/css' }, redirectURL: '', headersSize: -1, bodySize: 0 },
        cache: {}, timings: { send: 0, wait: 5, receive: 5 },
      },
    ],
  },
};

const temp = mkdtempSync(join(tmpdir(), 'faultline-package-'));
const staging = join(temp, 'staging');
const packs = join(temp, 'packs');
const user = join(temp, 'user');
/** `npm i -g --prefix`: a global install of its own, so the test never touches the machine's. */
const global = join(temp, 'global');
/** No package.json, no node_modules, only a copy of the tarball: npx must get everything from it. */
const empty = join(temp, 'empty');
const cache = join(temp, 'empty-npm-cache');
/** No registry, no cache: whatever the install needs must be in the tarball. */
const offline = { ...process.env, npm_config_cache: cache, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };

let tarball = '';
let packedFiles: string[] = [];

beforeAll(async () => {
  for (const dir of [staging, packs, user, cache, empty]) await exec('mkdir', ['-p', dir]);
  for (const file of ['package.json', 'README.md']) copyFileSync(join(ROOT, file), join(staging, file));
  await exec(process.execPath, [join(ROOT, 'scripts', 'build-package.mjs'), '--out', staging], { cwd: ROOT });
  const { stdout } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packs], { cwd: staging, env: offline });
  const [pack] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(packs, pack!.filename);
  packedFiles = pack!.files.map((f) => f.path);
  writeFileSync(join(user, 'file.har'), JSON.stringify(HAR));
  await exec('npm', ['init', '-y'], { cwd: user, env: offline });
  await exec('npm', ['i', tarball], { cwd: user, env: offline });
  await exec('npm', ['i', '-g', '--prefix', global, tarball], { cwd: temp, env: offline });
  copyFileSync(tarball, join(empty, pack!.filename));
}, 180_000);

/** The diagnoses of file.har as the CLI prints them with --json: the one Cloudflare 502. */
function failedEntries(stdout: string) {
  const { diagnoses } = JSON.parse(stdout) as { diagnoses: { entry: number; status: number; generator: string }[] };
  return diagnoses.map(({ entry, status, generator }) => ({ entry, status, generator }));
}
const CLOUDFLARE_502 = [{ entry: 0, status: 502, generator: 'cloudflare' }];

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the npm package', () => {
  it('is named faultline at the repository version and holds only the CLI, the library and its types', () => {
    expect(tarball.endsWith(`faultline-${version}.tgz`)).toBe(true);
    expect(packedFiles).toContain('dist/cli.mjs');
    expect(packedFiles).toContain('dist/lib/index.mjs');
    expect(packedFiles).toContain('dist/lib/types/index.d.ts');
    const stray = packedFiles.filter((f) => !/^(dist\/cli\.mjs|dist\/lib\/.+|package\.json|README\.md|LICENSE)$/.test(f));
    expect(stray).toEqual([]);
    for (const dir of ['src/', 'test/', 'bench/', 'scripts/', 'dist/chrome/', 'dist/firefox/', 'node_modules/']) {
      expect(packedFiles.some((f) => f.startsWith(dir))).toBe(false);
    }
  });

  it('lists, in the tarball itself, no sources, tests, fixtures or extension builds', async () => {
    const { stdout } = await exec('tar', ['tzf', tarball]);
    const entries = stdout.trim().split('\n');
    expect(entries.filter((e) => !e.startsWith('package/'))).toEqual([]);
    expect(entries).toContain('package/dist/cli.mjs');
    const unwanted = /^package\/(src|test|bench|scripts|harness|public|docs|node_modules)\/|fixtures|\.har$|\.zip$|\.xpi$|\.crx$|^package\/dist\/(chrome|firefox)\/|manifest\.json$|\.ts$(?<!\.d\.ts)/;
    expect(entries.filter((e) => unwanted.test(e))).toEqual([]);
  });

  it('holds the engine once: the CLI imports it from the library beside it', () => {
    const cli = readFileSync(join(staging, 'dist', 'cli.mjs'), 'utf8');
    const library = readFileSync(join(staging, 'dist', 'lib', 'index.mjs'), 'utf8');
    expect(cli).toMatch(/from\s*"\.\/lib\/index\.mjs"/);
    // A sentence of the built-in knowledge: in the library, and not copied into the CLI.
    const sentence = 'each byte sent restarts a 55 s window.';
    expect({ library: library.includes(sentence), cli: cli.includes(sentence) }).toEqual({ library: true, cli: false });
    expect(cli.length).toBeLessThan(library.length / 10);
  });

  it('ships the declarations of the public surface only, every one they import among them', () => {
    const types = packedFiles.filter((f) => f.startsWith('dist/lib/types/'));
    // One fingerprint or cause per generator is data behind FINGERPRINTS and CAUSES, not surface.
    expect(types.filter((f) => /\/(fingerprints|causes)\/(?!index\.d\.ts$)/.test(f))).toEqual([]);
    expect(types.length).toBeLessThan(60);
    const missing = types.flatMap((f) => [...readFileSync(join(staging, f), 'utf8').matchAll(/(?:from\s+|import\()['"](\.{1,2}\/[^'"]+)['"]/g)]
      .map(([, spec]) => join(dirname(f), spec!.replace(/\.js$/, '.d.ts')))
      .filter((target) => !types.includes(target)));
    expect(missing).toEqual([]);
  });

  it('types a NodeNext consumer: the right types pass, a wrong one is refused', async () => {
    // skipLibCheck, as most projects set it: the declarations import zod's types for the Diagnosis
    // schema, and zod is bundled into the library rather than installed beside it.
    writeFileSync(join(user, 'consumer.mts'), [
      "import { diagnoseHar, BLAMES, type Blame, type HarDiagnoses } from 'faultline';",
      'const result: HarDiagnoses = diagnoseHar({});',
      'export const count: number = result.entryCount;',
      "export const blame: Blame = BLAMES[0];",
      'export const wrong: string = result.entryCount;',
    ].join('\n'));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const checked = await exec(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', 'consumer.mts'], { cwd: user, env: offline })
      .then(() => ({ code: 0, stdout: '' }), (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }));
    expect({ code: checked.code, errors: checked.stdout.trim().split('\n') })
      .toEqual({ code: 2, errors: ["consumer.mts(5,14): error TS2322: Type 'number' is not assignable to type 'string'."] });
  }, 60_000);

  it('imports nothing: the library is one self-contained module', async () => {
    // esbuild parses the module and lists every import it makes, static or dynamic.
    const file = join(user, 'node_modules', 'faultline', 'dist', 'lib', 'index.mjs');
    const { metafile } = await build({ entryPoints: [file], bundle: true, write: false, metafile: true, platform: 'neutral', external: ['*'], logLevel: 'silent' });
    const [input] = Object.values(metafile.inputs);
    expect({ inputs: Object.keys(metafile.inputs).length, imports: input!.imports }).toEqual({ inputs: 1, imports: [] });
  });

  it('uses, in the library, no Node built-in and no browser extension API', () => {
    const library = readFileSync(join(user, 'node_modules', 'faultline', 'dist', 'lib', 'index.mjs'), 'utf8');
    // The globals only Node or an extension has. Knowledge strings quote page scripts
    // (`window.location`, `document.getElementById`), so the DOM is not searched for.
    const found = (pattern: RegExp) => library.match(pattern) ?? [];
    expect(found(/\brequire\s*\(|\bprocess\.|\bBuffer\.|__dirname|__filename|import\.meta/g)).toEqual([]);
    expect(found(/\b(?:chrome|browser)\.(?:runtime|tabs|storage|webRequest|scripting|action|i18n|permissions|alarms|devtools|webNavigation|downloads)\b/g)).toEqual([]);
  });

  it('declares no runtime dependency, so it installs without a registry', () => {
    const manifest = JSON.parse(readFileSync(join(user, 'node_modules', 'faultline', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ faultline: 'dist/cli.mjs' });
    // Recorded for the reader of the test log (bench/package-size.ts reports the same number).
    const bytes = statSync(tarball).size;
    console.log(`faultline package: ${bytes} bytes packed, ${packedFiles.length} files`);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('runs the CLI from the installed package: npx faultline diagnose file.har --json', async () => {
    const { stdout } = await exec('npx', ['--offline', 'faultline', 'diagnose', 'file.har', '--json'], { cwd: user, env: offline });
    const { diagnoses } = JSON.parse(stdout) as { diagnoses: { entry: number; status: number; generator: string; url: string }[] };
    expect(diagnoses).toHaveLength(1);
    expect(diagnoses[0]).toMatchObject({ entry: 0, status: 502, generator: 'cloudflare', url: 'https://shop.example/' });
    const { stdout: shown } = await exec('npx', ['--offline', 'faultline', '--version'], { cwd: user, env: offline });
    expect(shown.trim()).toBe(`faultline ${version}`);
  }, 60_000);

  it('runs the CLI from a global install: npm i -g, then faultline diagnose file.har --json', async () => {
    const bin = join(global, 'bin', 'faultline');
    expect(statSync(bin).isFile()).toBe(true);
    const { stdout } = await exec(bin, ['diagnose', join(user, 'file.har'), '--json'], { cwd: empty, env: offline });
    expect(failedEntries(stdout)).toEqual(CLOUDFLARE_502);
  }, 60_000);

  it('runs the CLI straight from the tarball in an empty directory: npx ./faultline-<v>.tgz diagnose file.har', async () => {
    // `./`: npx reads a path that starts with ./ or ../ as a package; an absolute one, as a command.
    const spec = `./faultline-${version}.tgz`;
    const { stdout } = await exec('npx', ['--yes', '--offline', spec, 'diagnose', join(user, 'file.har'), '--json'], { cwd: empty, env: offline });
    expect(failedEntries(stdout)).toEqual(CLOUDFLARE_502);
    const { stdout: table } = await exec('npx', ['--yes', '--offline', spec, 'diagnose', join(user, 'file.har')], { cwd: empty, env: offline });
    expect(table).toMatch(/^#\s+status\s+generator/);
    expect(table).toContain('cloudflare');
  }, 60_000);

  it('exits 1 with --fail-on any when a failure is found, for CI', async () => {
    const failed = await exec('npx', ['--offline', 'faultline', 'diagnose', 'file.har', '--fail-on', 'any', '--format', 'ndjson'], { cwd: user, env: offline })
      .then(() => ({ code: 0, stdout: '' }), (error: { code: number; stdout: string }) => error);
    expect(failed.code).toBe(1);
    expect(failed.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { status: number }).status)).toEqual([502]);
  }, 60_000);

  it('diagnoses a HAR through the library: import("faultline")', async () => {
    const script = `import('faultline').then((m) => {
      const har = JSON.parse(require('node:fs').readFileSync('file.har', 'utf8'));
      const { diagnoses, entryCount } = m.diagnoseHar(har);
      const d = diagnoses[0];
      console.log(JSON.stringify({ entryCount, n: diagnoses.length, generator: d.generator, blames: m.BLAMES.includes(d.blame),
        read: m.readHar(har).entries.length, trace: m.parseTrace('h=shop.example\\ncolo=FRA').colo, fns: [m.diagnose, m.sanitizeHar, m.supportSummary].map((f) => typeof f) }));
    })`;
    const { stdout } = await exec(process.execPath, ['-e', script], { cwd: user, env: offline });
    expect(JSON.parse(stdout)).toEqual({ entryCount: 2, n: 1, generator: 'cloudflare', blames: true, read: 2, trace: 'FRA', fns: ['function', 'function', 'function'] });
  }, 60_000);
});
