// One line that says what repeated looks at the address found: the support summary prints it, the
// popup can show the same words, and a cause's reason starts with it (with what its condition adds).
import type { RecurrenceCondition } from './knowledge/cause';
import type { Locale } from './i18n/locale';
import { messagesFor, type Messages } from './i18n/messages';
import { INSTANT_MS, type RecurrenceFacts } from './recurrence';
import type { RecurrenceView } from './recurrence-match';
import { formatSeconds } from './timing';

/** Which details beyond the counts the line names. */
interface Details {
  node: boolean;
  instant: boolean;
  time: boolean;
}

const hhmm = (at: number): string => `${new Date(at).toISOString().slice(11, 16)} UTC`;

function counts(f: RecurrenceFacts, m: Messages): string {
  const r = m.recurrence;
  if (f.source === 'history') {
    return f.failed === 0 || f.firstFailureAt === undefined ? r.historyClean(f.recent.tries) : r.seenSince(f.failed, hhmm(f.firstFailureAt), f.recent.failed, f.recent.tries);
  }
  if (f.failed === 0) return r.checkedAgain(r.allSucceeded(f.tries));
  if (f.pattern === 'recovered') return r.checkedAgain(r.recoveredAfter(f.failed, f.tries));
  return r.checkedAgain(f.failed === f.tries ? r.allFailed(f.tries) : r.someFailed(f.failed, f.tries));
}

function line(f: RecurrenceFacts, m: Messages, want: Details): string {
  const r = m.recurrence;
  let text = counts(f, m);
  if (f.failed === 0) return text;
  if (want.node && f.oneFailingNode !== undefined) text += r.fromNode(f.oneFailingNode);
  if (want.instant && f.failuresInstant) text += r.atOnce;
  else if (want.time && f.failedMedianMs >= INSTANT_MS) text += r.afterTime(formatSeconds(f.failedMedianMs));
  return text;
}

// By default how the failures ended is named only when every look failed: then it is the way
// "the" failure ends, not a detail of some of them.
const defaults = (f: RecurrenceFacts): Details => ({ node: true, instant: f.failed === f.tries, time: f.failed === f.tries });

/** "Checked again: 3 of 5 failed, all from node X"; "Seen 4 times since 09:12 UTC; 4 of the last 10 loads failed". */
export function recurrenceLine(facts: RecurrenceFacts, locale: Locale = 'en'): string {
  return line(facts, messagesFor(locale), defaults(facts));
}

/** What the looks found, as the reason of a condition that held on them: the line, and what the condition asked about. */
export function recurrenceFact(view: RecurrenceView, condition: RecurrenceCondition, m: Messages): string {
  const base = defaults(view);
  let text = line(view, m, {
    node: true,
    instant: base.instant || condition.failuresInstant !== undefined,
    time: base.time || condition.failedMs !== undefined || condition.atTimer !== undefined,
  });
  const timer = condition.atTimer && view.timers.find((t) => condition.atTimer!.includes(t.phase));
  if (timer) text += m.recurrence.atTimer(m.timers[timer.id]);
  const added = condition.addedLayer && view.added.filter((hop) => condition.addedLayer!.includes(hop.layer));
  if (added && added.length > 0 && view.firstFailureAt !== undefined) {
    const minutes = Math.round((view.lastAt - view.firstFailureAt) / 60_000);
    text += m.recurrence.startedAfter(minutes, added.map((hop) => m.evidence.hop(hop.name, m.layer[hop.layer])).join(', '));
  }
  return text;
}
