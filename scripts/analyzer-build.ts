// Builds the HAR analyzer (src/analyzer) as a static web page, after the extension's Chrome build
// (vite.config.ts calls it from a plugin; the extension's own analyzer page is an input of that
// build): dist/web/index.html, analyzer.js, analyzer.css, a page that runs from any host and from
// file://. There a worker cannot load from a file, so its code is built in and started from a blob;
// webextension-polyfill is replaced by src/analyzer/web-extension-shim.ts (the same catalogs, no
// extension API); and a CSP says the page connects nowhere. Classic scripts (IIFE), not modules:
// Chrome refuses module scripts from file://.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

type RolldownOutput = Rolldown.RolldownOutput;

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src', 'analyzer');
const WEB_DIR = join(ROOT, 'dist', 'web');

/** The web page may load its own files and start its blob worker, and may connect to nothing. */
const WEB_CSP = "default-src 'none'; script-src 'self' file: blob:; worker-src blob:; style-src 'self' file:; img-src 'self' data:; connect-src 'none'; form-action 'none'; base-uri 'none'";

/** One classic script (IIFE) built from `entry`: its code. */
async function iife(entry: string, plugins: Plugin[], extra: { define?: Record<string, string>; alias?: Record<string, string> } = {}): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'warn',
    plugins,
    define: { 'process.env.NODE_ENV': '"production"', ...extra.define },
    resolve: { alias: extra.alias ?? {} },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      lib: { entry: join(SRC, entry), formats: ['iife'], name: 'faultlineAnalyzer', fileName: () => 'out.js' },
    },
  });
  const [output] = (Array.isArray(built) ? built[0]! : (built as RolldownOutput)).output;
  return output.code;
}

const stylesheet = () => [readFileSync(join(ROOT, 'src', 'popup', 'popup.css'), 'utf8'), readFileSync(join(SRC, 'analyzer.css'), 'utf8')].join('\n');
const page = (csp: string) => readFileSync(join(SRC, 'web.html'), 'utf8').replace('<!--CSP-->', csp);

/** The analyzer as a static web page, in dist/web/. */
export async function buildAnalyzerWeb(plugins: () => Plugin[]): Promise<void> {
  rmSync(WEB_DIR, { recursive: true, force: true });
  mkdirSync(WEB_DIR, { recursive: true });
  const shim = { 'webextension-polyfill': join(SRC, 'web-extension-shim.ts') };
  const worker = await iife('har-worker.ts', plugins(), { alias: shim });
  writeFileSync(join(WEB_DIR, 'analyzer.js'), await iife('main-web.tsx', plugins(), { alias: shim, define: { __ANALYZER_WORKER__: JSON.stringify(worker) } }));
  writeFileSync(join(WEB_DIR, 'analyzer.css'), stylesheet());
  writeFileSync(join(WEB_DIR, 'index.html'), page(`<meta http-equiv="Content-Security-Policy" content="${WEB_CSP}" />`));
}
