// Issue 15's bars, over every page fixture: what the engine advises fits the path it saw.
// - No shown step names a vendor that neither wrote the page nor is on its path, nor assumes a
//   stack the page does not show (PHP, a shell on the host).
// - No two visitor steps share an intent.
// - No cause is argued for with one of its own disproofs.
// - Request IDs, vendor codes and quoted header values keep the case they were sent in.
import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/engine/causes';
import { diagnose, type Diagnosis } from '../../src/engine';
import { Evidence } from '../../src/engine/evidence';
import { readStack } from '../../src/engine/stack';
import { loadPageFixtures, type LoadedFixture } from '../support/page-fixtures';
import { VENDOR_MENTIONS } from './vendor-mentions';

const fixtures = loadPageFixtures();
const diagnosed = fixtures.map((loaded) => ({ loaded, d: diagnose(loaded.evidence) }));

function stepMisfits({ loaded, d }: { loaded: LoadedFixture; d: Diagnosis }): string[] {
  const evidence = Evidence.parse(loaded.evidence);
  const present = new Set([d.generator, ...d.path.map((hop) => hop.generator)]);
  const stack = new Set(readStack({
    url: evidence.url, responseHeaders: evidence.responseHeaders, body: evidence.body, present: [...present],
    writerSays: d.evidence.filter((item) => item.source === 'page').map((item) => item.says).join(' '),
  }));
  const host = new URL(evidence.url).hostname;
  const misfits: string[] = [];
  for (const step of d.nextSteps) {
    // The page's own host is filled into commands ("pecl.php.net"): it names nothing the step assumes.
    const words = [step.title, step.detail, step.command ?? ''].join('\n').split(host).join('HOST');
    for (const mention of VENDOR_MENTIONS) {
      if (!mention.pattern.test(words)) continue;
      const fits =
        (mention.generators === undefined || mention.generators.some((g) => present.has(g))) &&
        (mention.stack === undefined || stack.has(mention.stack)) &&
        (mention.notStack === undefined || !mention.notStack.some((tag) => stack.has(tag)));
      if (!fits) misfits.push(`${loaded.name}: ${step.cause}/${step.id} names ${mention.name}`);
    }
  }
  return misfits;
}

describe('advice that fits the path, over every page fixture', () => {
  it('diagnoses enough fixtures with steps for the bars to mean something', () => {
    expect(diagnosed.filter(({ d }) => d.nextSteps.length > 0).length).toBeGreaterThan(200);
  });

  it('shows no step that names a vendor or stack the page does not show', () => {
    expect(diagnosed.flatMap(stepMisfits)).toEqual([]);
  });

  it('gives every visitor step an intent, and each intent once', () => {
    const repeats = diagnosed.flatMap(({ loaded, d }) => {
      const intents = d.nextSteps.filter((s) => s.audience === 'visitor').map((s) => s.intent ?? 'none');
      return intents.filter((intent, i) => intent === 'none' || intents.indexOf(intent) !== i).map((intent) => `${loaded.name}: ${intent}`);
    });
    expect(repeats).toEqual([]);
  });

  it('gives every owner step a kind', () => {
    const missing = diagnosed.flatMap(({ loaded, d }) => d.nextSteps.filter((s) => s.audience === 'owner' && s.kind === undefined).map((s) => `${loaded.name}: ${s.id}`));
    expect(missing).toEqual([]);
  });

  it('never argues for a cause with one of its own disproofs', () => {
    const disproofs = new Map(CAUSES.map((cause) => [cause.id, new Set(cause.when.filter((c) => c.weight < 0).map((c) => c.because))]));
    const argued = diagnosed.flatMap(({ loaded, d }) =>
      d.causes.flatMap((cause) => cause.reasons.filter((reason) => [...disproofs.get(cause.id)!].some((text) => reason.includes(text))).map((reason) => `${loaded.name}: ${cause.id}: ${reason}`)));
    expect(argued).toEqual([]);
    const ruledOutAndRanked = diagnosed.flatMap(({ loaded, d }) => d.ruledOut.filter((r) => d.causes.some((c) => c.id === r.id)).map((r) => `${loaded.name}: ${r.id}`));
    expect(ruledOutAndRanked).toEqual([]);
  });

  it('keeps request IDs, codes and quoted header values in the case they were sent', () => {
    const changed = diagnosed.flatMap(({ loaded, d }) => {
      const evidence = Evidence.parse(loaded.evidence);
      const sent = [...evidence.responseHeaders.map((h) => h.value), evidence.body, evidence.title ?? ''].join('\n');
      const quoted = d.evidence.filter((item) => item.source.startsWith('header ')).map((item) => /"([^"]+?)…?"/.exec(item.says)?.[1]).filter((v): v is string => v !== undefined);
      return [...Object.values(d.requestIds), ...(d.code === undefined ? [] : [d.code]), ...quoted]
        // Changed case: found in what was sent only when case is ignored (a decoded &#46; is no change of case).
        .map((value) => value.replace(/…$/, ''))
        .filter((value) => !sent.includes(value) && sent.toLowerCase().includes(value.toLowerCase()))
        .map((value) => `${loaded.name}: ${value}`);
    });
    expect(changed).toEqual([]);
  });
});
