// "I'm visiting" / "I run this site": the popup speaks to one audience at a time (Cloudflare's
// error page splits the same way). ARIA tabs: arrow keys move between them, the panel follows, and
// the choice is remembered for the next popup. Both panels stay in the document (the hidden one
// is hidden), so the page's text and a screen reader's find what either says.
import { useRef, useState } from 'preact/hooks';
import type { Diagnosis } from '../../engine/diagnosis';
import { t } from '../../shared/i18n';
import { rememberAudience, rememberedAudience, type Audience } from '../audience-choice';
import { OwnerGuidance } from './owner-guidance';
import { VisitorSteps } from './visitor-steps';

const AUDIENCES: Audience[] = ['visitor', 'owner'];
const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function AudienceTabs({ diagnosis }: { diagnosis: Diagnosis }) {
  const [audience, setAudience] = useState<Audience>(() => rememberedAudience(storage()));
  const tabs = useRef<Partial<Record<Audience, HTMLButtonElement | null>>>({});
  const choose = (next: Audience, focus: boolean) => {
    setAudience(next);
    rememberAudience(storage(), next);
    if (focus) tabs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = AUDIENCES.indexOf(audience);
    const to = event.key === 'ArrowRight' ? (at + 1) % AUDIENCES.length : event.key === 'ArrowLeft' ? (at + AUDIENCES.length - 1) % AUDIENCES.length
      : event.key === 'Home' ? 0 : event.key === 'End' ? AUDIENCES.length - 1 : -1;
    if (to < 0) return;
    event.preventDefault();
    choose(AUDIENCES[to]!, true);
  };
  return (
    <section class="audience">
      <div role="tablist" aria-label={t('audienceLabel')} data-testid="audience-tabs" data-audience={audience} onKeyDown={onKeyDown}>
        {AUDIENCES.map((a) => (
          <button key={a} type="button" role="tab" id={`tab-${a}`} aria-controls={`panel-${a}`} aria-selected={audience === a} tabIndex={audience === a ? 0 : -1}
            ref={(el) => { tabs.current[a] = el; }} onClick={() => choose(a, false)}>
            {t(a === 'visitor' ? 'audienceVisitor' : 'audienceOwner')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="panel-visitor" aria-labelledby="tab-visitor" hidden={audience !== 'visitor'} tabIndex={0}>
        <VisitorSteps diagnosis={diagnosis} active={audience === 'visitor'} />
      </div>
      <div role="tabpanel" id="panel-owner" aria-labelledby="tab-owner" hidden={audience !== 'owner'} tabIndex={0}>
        <OwnerGuidance diagnosis={diagnosis} active={audience === 'owner'} />
      </div>
    </section>
  );
}
