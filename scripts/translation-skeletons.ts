// Writes a skeleton translation file, with the English text to be replaced, for every cause and
// fingerprint that has none yet in src/engine/i18n/<locale>/. Run: npx tsx scripts/translation-skeletons.ts zh-CN
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAUSES, FINGERPRINTS } from '../src/engine';

const locale = process.argv[2] ?? 'zh-CN';
const dir = join(import.meta.dirname, '..', 'src', 'engine', 'i18n', locale);
const q = (s: string) => JSON.stringify(s);

let written = 0;
for (const cause of CAUSES) {
  const file = join(dir, 'causes', `${cause.id}.ts`);
  if (existsSync(file)) continue;
  const steps = cause.steps.map((s) => `    ${q(s.id)}: {\n      title: ${q(s.title)},\n      detail: ${q(s.detail)},\n    },`).join('\n');
  writeFileSync(file, `import { defineCauseTranslation } from '../../knowledge/translation';

export default defineCauseTranslation({
  id: ${q(cause.id)},
  title: ${q(cause.title)},
  why: ${q(cause.why)},
  because: [
${cause.when.map((c) => `    ${q(c.because)},`).join('\n')}
  ],
  steps: {
${steps}
  },
});
`);
  written++;
}
for (const fingerprint of FINGERPRINTS) {
  const file = join(dir, 'fingerprints', `${fingerprint.generator}.ts`);
  if (existsSync(file)) continue;
  const pages = fingerprint.pages.map((p) => {
    const refine = p.refine?.length ? `\n      refine: [\n${p.refine.map((r) => `        ${q(r.says)},`).join('\n')}\n      ],` : '';
    return `    ${q(p.id)}: {\n      says: ${q(p.says)},${refine}\n    },`;
  }).join('\n');
  writeFileSync(file, `import { defineFingerprintTranslation } from '../../knowledge/translation';

export default defineFingerprintTranslation({
  generator: ${q(fingerprint.generator)},
  pages: {
${pages}
  },
});
`);
  written++;
}
console.log(`wrote ${written} skeletons in ${dir}`);
