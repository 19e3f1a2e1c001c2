// The request's path drawn as boxes, browser first; the failing hop carries a ✕ and the word
// "failed", not only a colour.
import type { Diagnosis } from '../../engine/diagnosis';
import { LAYER_WORDS } from './words';

interface Hop {
  name: string;
  layer: string;
  failed: boolean;
  writer: boolean;
}

export function hopsOf(d: Diagnosis): Hop[] {
  const hops: Hop[] = [{ name: 'Browser', layer: 'you', failed: d.blame === 'client', writer: false }];
  const writerIndex = d.path.findIndex((hop) => hop.generator === d.generator);
  d.path.forEach((hop, i) => {
    const isWriter = i === writerIndex;
    const failedHere = isWriter && (d.blame === 'edge' || d.blame === 'cdn-config' || d.blame === 'reverse-proxy');
    hops.push({ name: hop.name, layer: LAYER_WORDS[hop.layer] ?? hop.layer, failed: failedHere, writer: isWriter });
  });
  if (d.blame === 'origin' || d.blame === 'upstream-app') {
    const behindWriter = writerIndex >= 0 ? hops[writerIndex + 2] : undefined;
    if (behindWriter) behindWriter.failed = true;
    else hops.push({ name: d.blame === 'origin' ? 'Origin server' : 'Application', layer: d.blame === 'origin' ? 'origin' : 'application', failed: true, writer: false });
  }
  return hops;
}

export function LayerPath({ diagnosis }: { diagnosis: Diagnosis }) {
  const hops = hopsOf(diagnosis);
  return (
    <ol class="path" aria-label="The request's path, browser first">
      {hops.map((hop, i) => (
        <li key={i} class={`hop${hop.failed ? ' hop-failed' : ''}${hop.writer ? ' hop-writer' : ''}`}>
          <span class="hop-name">{hop.failed && <span aria-hidden="true">✕ </span>}{hop.name}</span>
          <span class="hop-layer">{hop.layer}{hop.failed ? ' · failed' : hop.writer ? ' · wrote the page' : ''}</span>
        </li>
      ))}
    </ol>
  );
}
