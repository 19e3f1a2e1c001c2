// npm run update:ip-ranges — fetches every provider's published address list, merges it, and
// rewrites src/engine/knowledge/ip-ranges.ts with today's date. The file is written only when every
// list came: a provider that fails is named with its error and the committed table stays as it is
// (an offline run changes nothing). Lists that are web pages, not data (Sucuri's), are kept from the
// committed table with their own date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IP_RANGES } from '../src/engine/knowledge/ip-ranges';
import type { ProviderRanges } from '../src/engine/ip-ranges/table';
import { renderTable } from './ip-range-lists';
import { PROVIDER_LISTS, TABLE_HEADER, type ProviderList } from './ip-range-providers';

const TABLE_FILE = join(import.meta.dirname, '..', 'src', 'engine', 'knowledge', 'ip-ranges.ts');
const TIMEOUT_MS = 20_000;
/** AWS's ip-ranges.json is the largest list, a few MB; anything far bigger is not a list. */
const MAX_BYTES = 32 * 1024 * 1024;

async function fetchText(url: string, method: 'GET' | 'POST'): Promise<string> {
  const response = await fetch(url, { method, signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json, text/plain' } });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new Error(`${url} sent ${text.length} bytes, more than a list`);
  return text;
}

async function readProvider(list: ProviderList, today: string): Promise<ProviderRanges> {
  if (list.read === undefined) {
    const kept = IP_RANGES.providers.find((p) => p.generator === list.generator);
    if (kept === undefined) throw new Error('no machine-readable list, and none in the committed table to keep');
    return kept;
  }
  const documents = await Promise.all(list.sources.map((url) => fetchText(url, list.method ?? 'GET')));
  const ranges = list.read(documents);
  if (ranges.v4.length + ranges.v6.length === 0) throw new Error('the list came back empty');
  return { generator: list.generator, date: today, sources: list.sources, readFrom: 'the sources', v4: ranges.v4, v6: ranges.v6 };
}

async function main(): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  const results = await Promise.allSettled(PROVIDER_LISTS.map((list) => readProvider(list, today)));
  const providers: ProviderRanges[] = [];
  let failed = 0;
  results.forEach((result, i) => {
    const { generator } = PROVIDER_LISTS[i]!;
    if (result.status === 'fulfilled') {
      providers.push(result.value);
      const kept = PROVIDER_LISTS[i]!.read === undefined ? ', kept from the committed table: no machine-readable list' : '';
      console.log(`${generator}: ${result.value.v4.length} IPv4 and ${result.value.v6.length} IPv6 ranges (list of ${result.value.date}${kept})`);
    } else {
      failed++;
      const reason = result.reason instanceof Error ? (result.reason.cause instanceof Error ? `${result.reason.message}: ${result.reason.cause.message}` : result.reason.message) : String(result.reason);
      console.error(`${generator}: failed: ${reason}`);
    }
  });
  if (failed > 0) {
    console.error(`update-ip-ranges: ${failed} of ${PROVIDER_LISTS.length} lists failed; ${TABLE_FILE} is left as it was.`);
    return 1;
  }
  const notes = Object.fromEntries(PROVIDER_LISTS.map((list) => [list.generator, list.note]));
  writeFileSync(TABLE_FILE, renderTable({ date: today, providers }, notes, TABLE_HEADER));
  console.log(`update-ip-ranges: wrote ${TABLE_FILE}`);
  return 0;
}

process.exitCode = await main();
