// The request's path drawn as boxes, browser first; the failing hop carries a ✕ and the word
// "failed", not only a colour.
import type { Diagnosis } from '../../engine/diagnosis';
import { layerWords, t } from '../../shared/i18n';
import { hopsOf, type HopWords } from '../hops';

const words = (): HopWords => ({
  browser: t('hopBrowser'), you: t('hopYou'), originServer: t('hopOriginServer'), origin: t('hopOrigin'), application: t('hopApplication'), layer: layerWords,
});

export function LayerPath({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <ol class="path" aria-label={t('pathLabel')}>
      {hopsOf(diagnosis, words()).map((hop, i) => (
        <li key={i} class={`hop${hop.failed ? ' hop-failed' : ''}${hop.writer ? ' hop-writer' : ''}`}>
          <span class="hop-name">{hop.failed && <span aria-hidden="true">✕ </span>}{hop.name}</span>
          <span class="hop-layer">{hop.failed ? t('hopFailed', hop.layer) : hop.writer ? t('hopWrotePage', hop.layer) : hop.layer}</span>
        </li>
      ))}
    </ol>
  );
}
