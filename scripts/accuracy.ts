// How often the engine gets the writer and the failing hop right on a set of page fixtures, by
// group (the writer's usual layer), and how many non-failures it raised an alarm for. For the
// project's own fixtures this is 100% by construction (the matrix test); its use is a sample
// nobody tuned the rules to:
//
//   npx tsx scripts/accuracy.ts [dir…]     (default test/fixtures/pages; flat or nested *.json)
//
// A false alarm is a page whose expected blame is "none" (a block, challenge, maintenance page, a
// page merely quoting an error) that the engine gives any other blame. An expected `unknown`
// writer is right only as `unknown`; misses are listed, one per line, after the table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { diagnose, FINGERPRINTS } from '../src/engine';
import { PageFixture, toEvidence } from '../test/support/page-fixtures';

const ROOT = resolve(import.meta.dirname, '..');
const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((d) => resolve(d)) : [join(ROOT, 'test', 'fixtures', 'pages')];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

const layerOf = new Map<string, string>(FINGERPRINTS.map((f) => [f.generator, f.layer]));
const groupOf = (generator: string) => (generator === 'none' || generator === 'unknown' ? generator : layerOf.get(generator) ?? 'other');

interface Tally { pages: number; generator: number; blame: number; alarms: number; quiet: number }
const groups = new Map<string, Tally>();
const misses: string[] = [];
let unreadable = 0;

for (const dir of dirs) {
  for (const file of jsonFiles(dir)) {
    let fixture: PageFixture;
    try {
      fixture = PageFixture.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch (error) {
      unreadable++;
      console.error(`unreadable: ${relative(ROOT, file)}: ${String((error as Error).message).split('\n')[0]}`);
      continue;
    }
    const d = diagnose(toEvidence(fixture, dirname(file)));
    const want = fixture.expect;
    const group = groupOf(want.generator);
    const tally = groups.get(group) ?? { pages: 0, generator: 0, blame: 0, alarms: 0, quiet: 0 };
    tally.pages++;
    const generatorRight = d.generator === want.generator;
    const blameRight = d.blame === want.blame;
    if (generatorRight) tally.generator++;
    if (blameRight) tally.blame++;
    if (want.blame === 'none') {
      tally.quiet++;
      if (d.blame !== 'none') tally.alarms++;
    }
    groups.set(group, tally);
    if (!generatorRight || !blameRight) {
      misses.push(`${basename(file)}: got ${d.generator}/${d.layer}/${d.blame}, want ${want.generator}/${want.layer}/${want.blame}`);
    }
  }
}

const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);
const rows = [...groups].sort((a, b) => b[1].pages - a[1].pages);
const total = rows.reduce<Tally>((t, [, g]) => ({ pages: t.pages + g.pages, generator: t.generator + g.generator, blame: t.blame + g.blame, alarms: t.alarms + g.alarms, quiet: t.quiet + g.quiet }), { pages: 0, generator: 0, blame: 0, alarms: 0, quiet: 0 });
console.log('| group | pages | generator | blame | false alarms |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, g] of [...rows, ['all', total] as const]) {
  console.log(`| ${name} | ${g.pages} | ${pct(g.generator, g.pages)} | ${pct(g.blame, g.pages)} | ${g.alarms} of ${g.quiet} |`);
}
if (misses.length > 0) console.log(`\nmisses (${misses.length}):\n${misses.map((m) => `  ${m}`).join('\n')}`);
if (unreadable > 0) console.log(`\n${unreadable} file(s) could not be read`);
