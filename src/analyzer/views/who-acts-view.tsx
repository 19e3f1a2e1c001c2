// "Who acts": the failure addressed to the party that has to act, with the request ids they need and
// the sanitized support summary, ready to paste into a ticket.
import { t } from '../../shared/i18n';
import { CopyButton } from '../../popup/views/copy-button';
import type { FailureRow } from '../protocol';
import { whoActs, type WhoActs } from '../who-acts';

const partyWords = (who: WhoActs) =>
  who.party === 'site-owner' ? t('whoActsSiteOwner')
    : who.party === 'visitor-network' ? t('whoActsVisitor')
      : who.vendor ? t('whoActsCdnSupport', who.vendor) : t('whoActsCdnUnnamed');

export function WhoActsView({ row, summary }: { row: FailureRow; summary(): Promise<string> }) {
  const who = whoActs(row.diagnosis);
  const message = async () => [partyWords(who), ...who.ids, '', await summary()].join('\n');
  return (
    <section class="who-acts" data-testid="who-acts" data-party={who.party} data-vendor={who.vendor}>
      <h2>{t('whoActsTitle')}</h2>
      <p>{partyWords(who)}</p>
      {who.ids.length > 0 && <ul class="ids">{who.ids.map((id) => <li key={id}><code>{id}</code></li>)}</ul>}
      <CopyButton text={message} label={t('whoActsCopy')} testId="copy-who-acts" />
    </section>
  );
}
