// The store builds drop the knowledge's `sources` and nothing else.
import { describe, expect, it } from 'vitest';
import { withoutSources } from '../../scripts/knowledge-without-sources';

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

describe('withoutSources', () => {
  it('empties the sources of a define…() call, whatever they hold, and keeps everything else', () => {
    const out = withoutSources(FINGERPRINT, 'nginx.ts')!;
    expect(out).toContain('  sources: [],\n});');
    expect(out).not.toContain('example.org');
    expect(out).toContain("const NOTES = { sources: ['kept: not a define() argument'] };");
    expect(out).toContain("all: [{ body: 'sources: [x]' }]");
    expect(out).toContain("name: 'A [tricky] name'");
    expect(out.length).toBe(FINGERPRINT.length - (FINGERPRINT.indexOf('],\n});') + 1 - FINGERPRINT.indexOf('[\n    \'https')) + 2);
  });

  it('empties a composed list too, and leaves a file without define…() alone', () => {
    expect(withoutSources("export default defineCause({ id: 'x', sources: parts.flatMap((p) => p.sources) });", 'x.ts'))
      .toBe("export default defineCause({ id: 'x', sources: [] });");
    expect(withoutSources("export const TABLE = { sources: ['a'] };", 'table.ts')).toBeNull();
  });
});
