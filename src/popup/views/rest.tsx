// The part of a failure loaded after the verdict is drawn (failure-view.tsx imports it on demand):
// what each audience can do, "Check again", and the details.
import type { PopupState } from '../../shared/popup-state';
import { AudienceTabs } from './audience-tabs';
import { CheckAgain } from './check-again';
import { Details } from './details';

type Failure = Extract<PopupState, { kind: 'failure' }>;

export function Rest({ state }: { state: Failure }) {
  return (
    <>
      <AudienceTabs diagnosis={state.diagnosis} />
      {state.scope === 'page' && <CheckAgain state={state} />}
      <Details state={state} />
    </>
  );
}
