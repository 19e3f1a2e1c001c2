// The request's path on one line, browser first. Every hop says its status in a word and an icon
// (never by colour alone), and where it answered when a header or the trace says; a name too long
// for its box is shortened with an ellipsis, and said in full in its title, with the PoP's city.
import type { Diagnosis } from '../../engine/diagnosis';
import { layerWords, t, type MessageKey } from '../../shared/i18n';
import { hopsOf, type HopStatus, type HopWords } from '../hops';
import { Icon, type IconName } from './icon';

const words = (): HopWords => ({
  browser: t('hopBrowser'), you: t('hopYou'), originServer: t('hopOriginServer'), origin: t('hopOrigin'), application: t('hopApplication'), layer: layerWords,
});

const STATUS: Record<HopStatus, { word: MessageKey; icon: IconName }> = {
  working: { word: 'hopWorking', icon: 'check' },
  error: { word: 'hopError', icon: 'cross' },
  blocked: { word: 'hopBlocked', icon: 'block' },
  unknown: { word: 'hopUnknown', icon: 'unknown' },
};

export function LayerPath({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <ol class="path" aria-label={t('pathLabel')} data-testid="layer-path">
      {hopsOf(diagnosis, words()).map((hop, i) => {
        const status = STATUS[hop.status];
        // The city fits only the tooltip: "Cloudflare FRA · Frankfurt" would crowd a four-hop path at 440 px.
        const where = hop.place && hop.city ? `${hop.place} · ${hop.city}` : hop.place;
        const name = where ? `${hop.name} (${where})` : hop.name;
        // hopsOf draws the browser first, then diagnosis.path in order: hop i is path[i - 1].
        const byAddress = i > 0 && diagnosis.path[i - 1]?.source === 'ip';
        return (
          <li key={i} class={`hop hop-${hop.status}${hop.writer ? ' hop-writer' : ''}${byAddress ? ' hop-by-address' : ''}`} title={`${name} · ${hop.layer} · ${t(status.word)}${byAddress ? ` · ${t('hopByAddress')}` : ''}`}>
            <span class="hop-name">{hop.name}{hop.place && <span class="hop-place"> {hop.place}</span>}</span>
            <span class="hop-status"><Icon name={status.icon} /> {t(status.word)}<span class="sr-only"> · {hop.layer}</span></span>
          </li>
        );
      })}
    </ol>
  );
}
