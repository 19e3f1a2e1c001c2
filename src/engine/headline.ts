// One sentence a non-expert understands: who answered, and what that means for them.
import type { Messages } from './i18n/messages';
import type { Blame, Failure } from './vocabulary';

export interface HeadlineFacts {
  writer: string | undefined;
  status: number;
  code?: string;
  blame: Blame;
  failure?: Failure;
}

function codeText(status: number, code: string | undefined, m: Messages): string {
  if (status === 0) return '';
  return code !== undefined && code !== String(status) ? m.headline.statusAndCode(status, code) : m.headline.status(status);
}

export function headline({ writer, status, code, blame, failure }: HeadlineFacts, m: Messages): string {
  const h = m.headline;
  const parts = {
    who: writer ?? h.theServer,
    shown: codeText(status, code, m),
    why: failure !== undefined && failure !== 'unknown' ? h.why(m.failure[failure]) : '',
  };
  switch (blame) {
    case 'origin': return status === 0 ? h.originNoResponse(parts) : h.origin(parts);
    case 'upstream-app': return h.upstreamApp(parts);
    case 'reverse-proxy': return h.reverseProxy(parts);
    case 'edge': return h.edge(parts);
    case 'cdn-config': return h.cdnConfig(parts);
    case 'client': return status === 0 ? h.clientNoResponse : h.client(parts);
    case 'none':
      if (writer === undefined && status < 400) return h.noError;
      return writer !== undefined && (failure === 'blocked' || failure === 'challenge') ? h.stopped(parts) : h.onPurpose(parts);
    default: return status === 0 ? h.unknownNoResponse(parts) : h.unknown({ ...parts, who: writer ?? h.theSite });
  }
}
