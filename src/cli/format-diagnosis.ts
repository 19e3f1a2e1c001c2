// Human output: a table of every diagnosed entry, then what matters about each one.
import type { Diagnosis } from '../engine';

const pad = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

export function formatTable(rows: (Diagnosis & { entry?: number })[]): string {
  const header = `${pad('#', 5)} ${pad('status', 6)} ${pad('generator (layer)', 30)} ${pad('blame / failure', 32)} ${pad('conf', 4)}  url`;
  const lines = rows.map((d) => {
    const failure = d.failure ? ` / ${d.failure}` : '';
    return `${pad(String(d.entry ?? ''), 5)} ${pad(String(d.status || 'none'), 6)} ${pad(`${d.generator} (${d.layer})`, 30)} ${pad(`${d.blame}${failure}`, 32)} ${pad(d.confidence.toFixed(2), 4)}  ${d.url.slice(0, 100)}`;
  });
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

export function formatDetails(d: Diagnosis & { entry?: number }): string {
  const lines = [`${d.entry !== undefined ? `[${d.entry}] ` : ''}${d.headline}`];
  if (d.path.length > 0) lines.push(`  path:     browser → ${d.path.map((hop) => `${hop.name} (${hop.layer})`).join(' → ')}`);
  const ids = Object.entries(d.requestIds);
  if (ids.length > 0) lines.push(`  ids:      ${ids.map(([k, v]) => `${k}=${v}`).join('  ')}`);
  for (const item of d.evidence) lines.push(`  evidence: [${item.source}] ${item.says}`);
  d.causes.slice(0, 3).forEach((cause, i) => lines.push(`  cause ${i + 1}:  ${cause.title} — ${cause.why}`));
  for (const step of d.nextSteps.slice(0, 4)) {
    lines.push(`  next:     (${step.audience}) ${step.title}${step.command ? `\n            $ ${step.command.split('\n').join('\n              ')}` : ''}`);
  }
  return lines.join('\n');
}
