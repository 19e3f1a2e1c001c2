// Builds the extension with @crxjs/vite-plugin from manifest.json, one browser per run:
//   vite build                    → dist/chrome   (the Chrome store build)
//   vite build --mode firefox     → dist/firefox  (the Firefox store build)
//   vite build --mode firefox-e2e → dist/firefox-e2e (test-only: the Firefox build plus the e2e hook)
// manifest.json is the one source of truth; scripts/firefox-manifest.ts derives Firefox's from it.
// The collector is built apart as one self-contained IIFE (collector.js) that the worker injects by
// file name into failed pages only: no web_accessible_resources, so no page can detect the
// extension through it.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { buildAnalyzerWeb } from './scripts/analyzer-build';
import { firefoxManifest } from './scripts/firefox-manifest';
import { knowledgeForStore } from './scripts/knowledge-for-store';

export type Target = 'chrome' | 'firefox';

/** The per-browser manifest: Chrome's is manifest.json itself, Firefox's is derived from it. */
export function manifestFor(target: Target): ManifestV3Export {
  return target === 'chrome' ? manifest : (firefoxManifest(manifest) as ManifestV3Export);
}

/**
 * The worker sets `z.config({ jitless: true })` (src/background/zod-jitless.ts), so zod never
 * generates code at run time; this removes the then-unreachable `Function` constructor calls from
 * the bundle too, so the store builds hold no eval at all (the extension CSP forbids it anyway, and
 * AMO's linter flags it). Fails the build if zod's code changed and a patch no longer applies.
 */
function zodWithoutCodegen(): Plugin {
  const patches = [
    { file: '/zod/v4/core/util.js', from: /const F = Function;\s*new F\(""\);\s*return true;/, to: 'return false; // jitless' },
    { file: '/zod/v4/core/doc.js', from: /const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/, to: 'throw new Error("zod code generation is disabled in this build (jitless)");' },
  ];
  return {
    name: 'faultline-zod-without-codegen',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replaceAll('\\', '/');
      const patch = patches.find((p) => path.endsWith(p.file));
      if (!patch) return null;
      if (!patch.from.test(code)) this.error(`zod changed: cannot remove code generation from ${patch.file}`);
      return { code: code.replace(patch.from, patch.to), map: null };
    },
  };
}

/** The store builds without the knowledge's reviewers' parts (scripts/knowledge-for-store.ts). */
function knowledgeForStoreBuild(): Plugin {
  const KNOWLEDGE = /\/src\/engine\/(?:i18n\/[^/]+\/)?(?:fingerprints|causes)\/.+\.ts$/;
  return {
    name: 'faultline-knowledge-for-store',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replaceAll('\\', '/');
      if (!KNOWLEDGE.test(path)) return null;
      const out = knowledgeForStore(code, path);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/**
 * What the popup's first script (src/popup/main.tsx: the question to the worker, Preact, the verdict
 * view) shares with the worker, in two chunks: left to the automatic splitting it is several tiny
 * chunks, and every file the popup waits for before its first script runs delays the verdict. The
 * rest of the popup is not preloaded: it loads once the verdict is drawn, not competing with it.
 * The engine's words (and the bundler's runtime) are a chunk of their own: the HAR analyzer's worker
 * needs them too, and must not load webextension-polyfill, which refuses to run in a worker (it has no extension API).
 */
const POPUP_FIRST_SHARED = {
  name: 'popup-first-shared',
  test: (id: string) => /[\\/](?:src[\\/]shared[\\/](?:i18n|popup-state|watch-port)\.ts|node_modules[\\/]webextension-polyfill[\\/])/.test(id),
};
const ENGINE_WORDS = {
  name: 'engine-words',
  test: (id: string) => /[\\/]src[\\/]engine[\\/]i18n[\\/](?:locale|vocabulary-words)\.ts$/.test(id) || /rolldown[:\\/]runtime/.test(id),
};

function collectorScript(outDir: string): Plugin {
  return {
    name: 'faultline-collector',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          lib: { entry: resolve(import.meta.dirname, 'src/content/collector.ts'), formats: ['iife'], name: 'faultlineCollector', fileName: () => 'collector.js' },
        },
      });
    },
  };
}

/** The HAR analyzer's static web build (dist/web), from the Chrome build; its extension page is an input of this build. */
function analyzerWeb(): Plugin {
  return {
    name: 'faultline-analyzer-web',
    apply: 'build',
    async closeBundle() {
      await buildAnalyzerWeb(() => [zodWithoutCodegen(), knowledgeForStoreBuild()]);
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode.startsWith('firefox') ? 'firefox' : 'chrome';
  // Test-only hooks (src/background/e2e-hooks.ts) exist only in this mode's output: the store
  // builds compile `__FAULTLINE_E2E__` to false and the hook's code is dropped with the branch.
  const e2e = mode === 'firefox-e2e';
  const outDir = resolve(import.meta.dirname, 'dist', e2e ? 'firefox-e2e' : target);
  return {
    plugins: [zodWithoutCodegen(), knowledgeForStoreBuild(), crx({ manifest: manifestFor(target), browser: target }), collectorScript(outDir), ...(target === 'chrome' && !e2e ? [analyzerWeb()] : [])],
    define: { __FAULTLINE_E2E__: JSON.stringify(e2e) },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      // Preloads the popup's chunks in parallel instead of discovering them one import at a time.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // The HAR analyzer's page and its worker, beside the manifest's entries: one graph, so the
        // worker shares the engine's chunk with the extension's own worker.
        input: { analyzer: resolve(import.meta.dirname, 'src/analyzer/analyzer.html'), 'analyzer-worker': resolve(import.meta.dirname, 'src/analyzer/har-worker.ts') },
        output: {
          codeSplitting: { groups: [{ ...ENGINE_WORDS, priority: 2 }, { ...POPUP_FIRST_SHARED, priority: 1 }] },
          // The page starts its worker by this name.
          entryFileNames: (chunk) => (chunk.name === 'analyzer-worker' ? 'analyzer-worker.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  };
});
