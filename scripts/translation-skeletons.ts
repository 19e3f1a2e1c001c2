// Brings the translation files of a locale (src/engine/i18n/<locale>/) in line with the English
// knowledge: writes a file for every cause and fingerprint that has none, adds every new line with
// its English text to be replaced, drops lines whose English is gone, and orders lines as the
// English does. Each line records the hash of the English it translates; a line whose English
// changed keeps its old hash (the data test names it stale) until its translation is updated and
// this runs with --accept-changed, which records the current hash of every changed line.
// Run: npx tsx scripts/translation-skeletons.ts zh-CN [--accept-changed]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CAUSES, FINGERPRINTS } from '../src/engine';
import type { Cause } from '../src/engine/knowledge/cause';
import type { Fingerprint } from '../src/engine/knowledge/fingerprint';
import { refinementKey } from '../src/engine/i18n/refinement-key';
import { sourceHash } from '../src/engine/i18n/source-hash';
import type { CauseTranslation, FingerprintTranslation, TranslatedLine } from '../src/engine/i18n/translation';
import { causeTranslationLines, fingerprintTranslationLines } from '../src/engine/i18n/translation-lines';

const locale = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'zh-CN';
const acceptChanged = process.argv.includes('--accept-changed');
const dir = join(import.meta.dirname, '..', 'src', 'engine', 'i18n', locale);
const q = (s: string) => JSON.stringify(s);

const counts = { files: 0, added: 0, changed: 0, accepted: 0 };

/** The line for `key`: the existing translation, or the English to be replaced. */
function lineFor(existing: ReadonlyMap<string, TranslatedLine>, key: string, english: string): string {
  const now = sourceHash(english);
  let line = existing.get(key);
  if (!line) {
    line = { en: now, text: english };
    counts.added++;
  } else if (line.en !== now) {
    if (acceptChanged) {
      line = { en: now, text: line.text };
      counts.accepted++;
    } else counts.changed++;
  }
  return `{ en: ${q(line.en)}, text: ${q(line.text)} }`;
}

function causeFile(cause: Cause, existing: ReadonlyMap<string, TranslatedLine>): string {
  const line = (key: string, english: string) => lineFor(existing, key, english);
  const because = cause.when.map((c) => `    ${q(c.id)}: ${line(`because.${c.id}`, c.because)},`);
  const steps = cause.steps.map((s) =>
    `    ${q(s.id)}: {\n      title: ${line(`steps.${s.id}.title`, s.title)},\n      detail: ${line(`steps.${s.id}.detail`, s.detail)},\n    },`);
  return `import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: ${q(cause.id)},
  title: ${line('title', cause.title)},
  summary: ${line('summary', cause.summary)},
  why: ${line('why', cause.why)},
  because: {
${because.join('\n')}
  },
  steps: {
${steps.join('\n')}
  },
});
`;
}

function fingerprintFile(generator: string, fingerprints: readonly Fingerprint[], existing: ReadonlyMap<string, TranslatedLine>): string {
  const line = (key: string, english: string) => lineFor(existing, key, english);
  const pages = fingerprints.flatMap((f) => f.pages).map((rule) => {
    const refine = (rule.refine ?? []).map((r) => `        ${q(refinementKey(r))}: ${line(`pages.${rule.id}.refine.${refinementKey(r)}`, r.says)},`);
    const refined = refine.length > 0 ? `\n      refine: {\n${refine.join('\n')}\n      },` : '';
    return `    ${q(rule.id)}: {\n      says: ${line(`pages.${rule.id}.says`, rule.says)},${refined}\n    },`;
  });
  return `import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: ${q(generator)},
  pages: {
${pages.join('\n')}
  },
});
`;
}

async function existingLines<T>(file: string, toLines: (t: T) => Map<string, TranslatedLine>): Promise<Map<string, TranslatedLine>> {
  if (!existsSync(file)) return new Map();
  const module = (await import(pathToFileURL(file).href)) as { default: T };
  return toLines(module.default);
}

function write(file: string, text: string) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileSync(file, text);
  counts.files++;
}

for (const cause of CAUSES) {
  const file = join(dir, 'causes', `${cause.id}.ts`);
  write(file, causeFile(cause, await existingLines<CauseTranslation>(file, causeTranslationLines)));
}
// One file per generator, even where several fingerprint files share one (app/<framework>.ts).
const byGenerator = new Map<string, Fingerprint[]>();
for (const f of FINGERPRINTS) byGenerator.set(f.generator, [...(byGenerator.get(f.generator) ?? []), f]);
for (const [generator, fingerprints] of byGenerator) {
  if (fingerprints.every((f) => f.pages.length === 0)) continue;
  const file = join(dir, 'fingerprints', `${generator}.ts`);
  write(file, fingerprintFile(generator, fingerprints, await existingLines<FingerprintTranslation>(file, fingerprintTranslationLines)));
}
console.log(`${dir}: ${counts.files} files written; ${counts.added} new lines to translate (they hold the English text)` +
  (acceptChanged ? `; ${counts.accepted} changed lines accepted` : `; ${counts.changed} lines whose English changed (update them, then run with --accept-changed)`) +
  '. A new file needs: node scripts/index-knowledge.mjs');
