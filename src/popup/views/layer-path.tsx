// The request's path drawn as boxes, browser first; the failing hop carries a ✕ and the word
// "failed", not only a colour.
import type { Diagnosis } from '../../engine/diagnosis';
import { layerWords, t } from '../../shared/i18n';

interface Hop {
  name: string;
  layer: string;
  failed: boolean;
  writer: boolean;
}

export function hopsOf(d: Diagnosis): Hop[] {
  const hops: Hop[] = [{ name: t('hopBrowser'), layer: t('hopYou'), failed: d.blame === 'client', writer: false }];
  const writerIndex = d.path.findIndex((hop) => hop.generator === d.generator);
  d.path.forEach((hop, i) => {
    const isWriter = i === writerIndex;
    const failedHere = isWriter && (d.blame === 'edge' || d.blame === 'cdn-config' || d.blame === 'reverse-proxy');
    hops.push({ name: hop.name, layer: layerWords(hop.layer), failed: failedHere, writer: isWriter });
  });
  if (d.blame === 'origin' || d.blame === 'upstream-app') {
    const behindWriter = writerIndex >= 0 ? hops[writerIndex + 2] : undefined;
    if (behindWriter) behindWriter.failed = true;
    else if (d.blame === 'origin') hops.push({ name: t('hopOriginServer'), layer: t('hopOrigin'), failed: true, writer: false });
    else hops.push({ name: t('hopApplication'), layer: layerWords('app'), failed: true, writer: false });
  }
  return hops;
}

export function LayerPath({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <ol class="path" aria-label={t('pathLabel')}>
      {hopsOf(diagnosis).map((hop, i) => (
        <li key={i} class={`hop${hop.failed ? ' hop-failed' : ''}${hop.writer ? ' hop-writer' : ''}`}>
          <span class="hop-name">{hop.failed && <span aria-hidden="true">✕ </span>}{hop.name}</span>
          <span class="hop-layer">{hop.failed ? t('hopFailed', hop.layer) : hop.writer ? t('hopWrotePage', hop.layer) : hop.layer}</span>
        </li>
      ))}
    </ol>
  );
}
