// Human output: a table of every diagnosed entry, then what matters about each one. Every value is
// passed through terminalLine: URLs, IDs and evidence are the page's text, and must neither drive
// the terminal nor break a row or a line into forged ones.
import type { Diagnosis } from '../engine';
import { terminalLine as t } from './terminal-text';

const pad = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

export function formatTable(rows: (Diagnosis & { entry?: number })[]): string {
  const header = `${pad('#', 5)} ${pad('status', 6)} ${pad('generator (layer)', 30)} ${pad('blame / failure', 32)} ${pad('conf', 4)}  url`;
  const lines = rows.map((d) => {
    const failure = d.failure ? ` / ${t(d.failure)}` : '';
    return `${pad(String(d.entry ?? ''), 5)} ${pad(String(d.status || 'none'), 6)} ${pad(`${t(d.generator)} (${t(d.layer)})`, 30)} ${pad(`${t(d.blame)}${failure}`, 32)} ${pad(d.confidence.toFixed(2), 4)}  ${t(d.url).slice(0, 100)}`;
  });
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

export function formatDetails(d: Diagnosis & { entry?: number }): string {
  const lines = [`${d.entry !== undefined ? `[${d.entry}] ` : ''}${t(d.headline)}`];
  if (d.path.length > 0) lines.push(`  path:     browser → ${d.path.map((hop) => `${t(hop.name)} (${t(hop.layer)})`).join(' → ')}`);
  const ids = Object.entries(d.requestIds);
  if (ids.length > 0) lines.push(`  ids:      ${ids.map(([k, v]) => `${t(k)}=${t(v)}`).join('  ')}`);
  for (const item of d.evidence) lines.push(`  evidence: [${t(item.source)}] ${t(item.says)}`);
  d.causes.slice(0, 3).forEach((cause, i) => lines.push(`  cause ${i + 1}:  (${t(cause.likelihood)}) ${t(cause.title)} — ${t(cause.why)}`));
  for (const ruled of d.ruledOut) lines.push(`  ruled out: ${t(ruled.title)} — ${t(ruled.because)}`);
  // What a visitor can do, then the first cause's check and fixes: the rest is in --json.
  const firstCause = d.causes[0]?.id;
  const shown = [...d.nextSteps.filter((s) => s.audience === 'visitor'), ...d.nextSteps.filter((s) => s.audience === 'owner' && s.cause === firstCause).slice(0, 3)];
  for (const step of shown) {
    // A command's own lines (config snippets) stay lines; each is checked on its own.
    const command = step.command ? `\n            $ ${step.command.split('\n').map(t).join('\n              ')}` : '';
    const kind = step.kind ? `, ${t(step.kind)}` : '';
    lines.push(`  next:     (${t(step.audience)}${kind}) ${t(step.title)}${command}`);
  }
  return lines.join('\n');
}
