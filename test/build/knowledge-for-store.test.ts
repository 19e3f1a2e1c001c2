// The store builds drop the knowledge's reviewers' parts (sources, a cause's full explanation, the
// translations' English hashes) and nothing else.
import { describe, expect, it } from 'vitest';
import { knowledgeForStore } from '../../scripts/knowledge-for-store';

const FINGERPRINT = `import { defineFingerprint } from '../knowledge/fingerprint';
const NOTES = { sources: ['kept: not a define() argument'] };
export default defineFingerprint({
  generator: 'nginx',
  name: 'A [tricky] name',
  pages: [{ id: 'p', all: [{ body: 'sources: [x]' }], confidence: 0.9, says: 'Says ] and [.' }],
  sources: [
    'https://example.org/doc ] with a bracket',
    \`a template \${'literal'}\`,
  ],
});
`;

const CAUSE = `export default defineCause({
  id: 'slow-app',
  title: 'The app is slow',
  summary: 'The application answers slower than the proxy waits.',
  why: 'A long explanation ' +
    'over two lines.',
  steps: [{ id: 'why', title: 'why: kept', detail: 'Kept.', audience: 'owner', kind: 'check' }],
  sources: ['https://example.org/'],
});
`;

const TRANSLATION = `export default defineCauseTranslation({
  id: "slow-app",
  title: { en: "3dcdd8bb", text: "应用很慢" },
  summary: { en: "1a2b3c4d", text: "应用比代理等待的时间更慢。" },
  why: { en: "e816daed", text: "很长的解释" },
  because: { "proxy-504": { en: "9a30e905", text: "代理返回了 504。" } },
  steps: { "check": { title: { en: "00ff00ff", text: "查看日志" }, detail: { text: "没有哈希的一行", en: "11111111" } } },
});
`;

describe('knowledgeForStore', () => {
  it('empties the sources of a define…() call, whatever they hold, and keeps everything else', () => {
    const out = knowledgeForStore(FINGERPRINT, 'nginx.ts')!;
    expect(out).toContain('  sources: [],\n});');
    expect(out).not.toContain('example.org');
    expect(out).toContain("const NOTES = { sources: ['kept: not a define() argument'] };");
    expect(out).toContain("all: [{ body: 'sources: [x]' }]");
    expect(out).toContain("name: 'A [tricky] name'");
    expect(out.length).toBe(FINGERPRINT.length - (FINGERPRINT.indexOf('],\n});') + 1 - FINGERPRINT.indexOf('[\n    \'https')) + 2);
  });

  it('empties a composed list too, and leaves a file without define…() alone', () => {
    expect(knowledgeForStore("export default defineCause({ id: 'x', sources: parts.flatMap((p) => p.sources) });", 'x.ts'))
      .toBe("export default defineCause({ id: 'x', sources: [] });");
    expect(knowledgeForStore("export const TABLE = { sources: ['a'] };", 'table.ts')).toBeNull();
  });

  it('empties a cause\'s full explanation and keeps its summary and a step that happens to be called why', () => {
    const out = knowledgeForStore(CAUSE, 'slow-app.ts')!;
    expect(out).toContain("  why: '',\n");
    expect(out).not.toContain('A long explanation');
    expect(out).toContain("summary: 'The application answers slower than the proxy waits.'");
    expect(out).toContain("{ id: 'why', title: 'why: kept'");
  });

  it('drops every English hash of a translation and its why, keeping every translated text', () => {
    const out = knowledgeForStore(TRANSLATION, 'slow-app.ts')!;
    expect(out).not.toMatch(/en: "/);
    expect(out).toContain('title: { text: "应用很慢" }');
    expect(out).toContain('detail: { text: "没有哈希的一行",  }');
    expect(out).toContain("why: { text: '' }");
    expect(out).toContain('"proxy-504": { text: "代理返回了 504。" }');
    expect(out).toContain('summary: { text: "应用比代理等待的时间更慢。" }');
  });
});
