// One sentence a non-expert understands: who answered, and what that means for them.
import type { Blame, Failure } from './vocabulary';

const FAILURE_WORDS: Record<Failure, string> = {
  refused: 'the connection was refused',
  timeout: 'it timed out',
  tls: 'the secure (TLS) connection failed',
  dns: 'the server\'s name did not resolve (DNS)',
  unreachable: 'the server could not be reached',
  'invalid-response': 'the answer was invalid',
  'empty-response': 'no answer came back',
  overloaded: 'it is overloaded',
  'no-healthy-upstream': 'no healthy server was available',
  blocked: 'the request was blocked',
  'rate-limited': 'too many requests were made',
  challenge: 'the site asks the browser to prove it is not a bot',
  maintenance: 'the site is down for maintenance',
  config: 'a configuration error',
  unknown: 'the reason is not shown',
};

export interface HeadlineFacts {
  writer: string | undefined;
  status: number;
  code?: string;
  blame: Blame;
  failure?: Failure;
}

function codeText(status: number, code: string | undefined): string {
  if (status === 0) return '';
  return code !== undefined && code !== String(status) ? ` (HTTP ${status}, error ${code})` : ` (HTTP ${status})`;
}

export function headline({ writer, status, code, blame, failure }: HeadlineFacts): string {
  const who = writer ?? 'The server';
  const why = failure !== undefined && failure !== 'unknown' ? `: ${FAILURE_WORDS[failure]}` : '';
  const shown = codeText(status, code);
  switch (blame) {
    case 'origin':
      return status === 0
        ? `The browser got no answer from this site${why}. The site's server or its network is at fault.`
        : `${who} could not get a usable answer from this site's server${shown}${why}. The site's server is at fault, not your connection.`;
    case 'upstream-app':
      return `${who} answered${shown} because the application behind it failed${why}. The site owner needs to look at the application.`;
    case 'reverse-proxy':
      return `The site's web server (${who}) failed by itself${shown}${why}.`;
    case 'edge':
      return `${who} failed by itself${shown}${why}. This is the provider's problem, not the site's server's.`;
    case 'cdn-config':
      return `${who}'s configuration or edge code for this site failed${shown}${why}. The site owner needs to fix it.`;
    case 'client':
      return `${who} rejected the request itself${shown}${why}. It may be too large or malformed: clearing this site's cookies often helps.`;
    case 'none':
      return writer === undefined && status < 400
        ? 'No error: this page loaded normally.'
        : `Nothing is broken${shown}${why}. This is on purpose, not a failure.`;
    default:
      return status === 0
        ? `The request failed without an answer${why}.`
        : `${writer === undefined ? 'The site' : who} answered with an error${shown}${why}; which hop failed cannot be told from this page.`;
  }
}
