// Builds the extension with @crxjs/vite-plugin from manifest.json into dist/chrome. The collector
// is built apart as one self-contained IIFE (collector.js) that the worker injects by file name into
// failed pages only: no web_accessible_resources, so no page can detect the extension through it.
import { crx } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

const outDir = resolve(import.meta.dirname, 'dist/chrome');

function collectorScript(): Plugin {
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

export default defineConfig({
  plugins: [crx({ manifest }), collectorScript()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // Preloads the popup's chunks in parallel instead of discovering them one import at a time.
    modulePreload: { polyfill: false },
  },
});
