// The generic layer model: the verdict for a failure no page rule recognises, read from what every
// error carries. The status means something definite at each kind of hop (a proxy's 502 or 504
// says the server behind it failed; a 503 says it had nobody healthy to send the request to; a 500
// is the answer of whoever ran the request); the Server and X-Powered-By headers say which kind of
// hop answered; the body's shape says whether that hop wrote the page (nothing, a line of text, a
// bare status page) or only served one (a designed page, JSON). The writer is named only when the
// product wrote its own bare answer and the vocabulary has its id; otherwise it stays `unknown`,
// with the product's name in the evidence. Confidence stays below any page rule's.
import type { EvidenceItem } from '../diagnosis';
import type { Messages } from '../i18n/messages';
import type { PreparedResponse } from '../match/signals';
import type { Blame, Failure, Generator, Layer } from '../vocabulary';
import { bodyShape, isBareAnswer } from './body-shape';
import { namedParties, type HeaderProduct } from './named-products';
import { onPurpose } from './no-failure';
import { UPSTREAM_FAILURE_WORDS } from './wording';
import type { ProductKind } from './products';

export interface GenericVerdict {
  generator: Generator;
  layer: Layer;
  blame: Blame;
  failure?: Failure;
  confidence: number;
  /** The product that answered, for the headline ("lighttpd answered…"). */
  writerName?: string;
  evidence: EvidenceItem[];
}

const LAYER_OF: Record<ProductKind, Layer> = {
  cdn: 'cdn', waf: 'waf', 'load-balancer': 'load-balancer', 'paas-router': 'load-balancer', proxy: 'reverse-proxy', 'forward-proxy': 'reverse-proxy',
  'web-server': 'reverse-proxy', 'app-server': 'app', framework: 'app',
};

/** Hops that forward the request to a server behind them, and answer for it when it fails. */
const FORWARDS: ReadonlySet<ProductKind> = new Set<ProductKind>(['load-balancer', 'paas-router', 'proxy', 'forward-proxy', 'web-server']);
/** Hops that run the application: what they answer is the application's own answer. */
const RUNS_THE_APP: ReadonlySet<ProductKind> = new Set<ProductKind>(['app-server', 'framework']);

/** How a forwarding hop's status failed; 500 is not here: a proxy passes it on rather than writes it. */
const FORWARDER_FAILURE: Record<number, Failure> = { 502: 'invalid-response', 504: 'timeout' };

const NAMED_CONFIDENCE = 0.45;
const UNNAMED_CONFIDENCE = 0.3;

const HEADER_NAMES: Record<HeaderProduct['header'], string> = { server: 'Server', 'x-powered-by': 'X-Powered-By', via: 'Via' };

const named = (product: HeaderProduct, m: Messages): EvidenceItem =>
  ({ source: `header ${product.header}`, says: m.layerModel.named(HEADER_NAMES[product.header], product.name, m.layerModel.kind[product.kind]) });

function forwarderVerdict(server: HeaderProduct, app: HeaderProduct | undefined, response: PreparedResponse, m: Messages): GenericVerdict | undefined {
  const { status } = response;
  const bare = isBareAnswer(bodyShape(response));
  // A visitor-side proxy fetches the site itself: what it could not reach is the site, and it
  // answers that with any of 500-504 (tinyproxy's "Unable to connect" is a 500).
  if (server.kind === 'forward-proxy' && status >= 500 && status <= 504) {
    const generator = bare && server.generator !== undefined ? server.generator : 'unknown';
    return {
      generator,
      layer: 'reverse-proxy',
      blame: 'origin',
      failure: status === 504 ? 'timeout' : 'unreachable',
      confidence: generator === 'unknown' ? UNNAMED_CONFIDENCE : NAMED_CONFIDENCE,
      writerName: server.name,
      evidence: [named(server, m), { source: 'status', says: m.layerModel.forwardProxyAnswer(server.name, status) }],
    };
  }
  if (status === 500) {
    // A proxy writes no 500 of its own for a backend that failed (that is 502); the application did.
    const evidence = [named(server, m), { source: 'status', says: m.layerModel.passedOn(server.name, status) }];
    return app
      ? { generator: 'app', layer: 'app', blame: 'upstream-app', confidence: UNNAMED_CONFIDENCE, writerName: app.name, evidence: [named(app, m), ...evidence] }
      : { generator: 'unknown', layer: 'unknown', blame: 'upstream-app', confidence: UNNAMED_CONFIDENCE, evidence };
  }
  if (status !== 502 && status !== 503 && status !== 504) return undefined;
  const failure = status === 503 ? (server.kind === 'web-server' ? 'overloaded' : 'no-healthy-upstream') : FORWARDER_FAILURE[status];
  const says = bare ? m.layerModel.ownAnswer(server.name, status) : m.layerModel.customAnswer(server.name, status);
  const generator = bare && server.generator !== undefined ? server.generator : 'unknown';
  return {
    generator,
    layer: LAYER_OF[server.kind],
    blame: 'upstream-app',
    failure,
    confidence: generator === 'unknown' ? UNNAMED_CONFIDENCE : NAMED_CONFIDENCE,
    writerName: server.name,
    evidence: [named(server, m), { source: 'status', says }],
  };
}

function appVerdict(app: HeaderProduct, response: PreparedResponse, m: Messages): GenericVerdict {
  const { status } = response;
  const bare = isBareAnswer(bodyShape(response));
  const generator = bare && app.generator !== undefined ? app.generator : 'app';
  const failure: Failure | undefined = status === 503 ? 'overloaded' : status === 504 ? 'timeout' : undefined;
  return {
    generator,
    layer: 'app',
    blame: 'upstream-app',
    failure,
    confidence: generator === 'app' && !bare ? UNNAMED_CONFIDENCE : NAMED_CONFIDENCE,
    writerName: app.name,
    evidence: [named(app, m), { source: 'status', says: m.layerModel.appAnswered(app.name, status) }],
  };
}

/** A sentence of a proxy about the server behind it, in a short page (a long one may only quote it). */
function upstreamWords(response: PreparedResponse): (typeof UPSTREAM_FAILURE_WORDS)[number] | undefined {
  if (response.body.length > UPSTREAM_WORDS_BODY) return undefined;
  const text = `${response.title} ${response.body}`;
  return UPSTREAM_FAILURE_WORDS.find((entry) => text.includes(entry.words));
}

/** Characters of body within which a proxy's sentence is the page itself, not a quote in an article. */
const UPSTREAM_WORDS_BODY = 4_096;

/**
 * The verdict for a response no page rule recognised, or undefined when its headers and status say
 * nothing definite (then the writer, layer and blame stay unknown). `response.status` ≥ 400.
 */
export function genericVerdict(response: PreparedResponse, m: Messages): GenericVerdict | undefined {
  const parties = namedParties(response.headers);
  const { poweredBy } = parties;
  const server = parties.server ?? parties.via;
  const purpose = onPurpose(response, m);
  if (purpose) {
    const who = server && RUNS_THE_APP.has(server.kind) ? server : poweredBy;
    return {
      generator: purpose.failure === 'maintenance' ? 'app' : 'unknown',
      layer: purpose.failure === 'maintenance' ? 'app' : 'unknown',
      blame: 'none',
      failure: purpose.failure,
      confidence: purpose.confidence,
      writerName: who?.name,
      evidence: purpose.evidence,
    };
  }
  if (response.status < 500) return undefined;
  if (server && FORWARDS.has(server.kind)) return forwarderVerdict(server, poweredBy && RUNS_THE_APP.has(poweredBy.kind) ? poweredBy : undefined, response, m);
  const app = server && RUNS_THE_APP.has(server.kind) ? server : poweredBy;
  if (app && response.status >= 500 && response.status <= 504 && response.status !== 501) return appVerdict(app, response, m);
  const upstream = response.status >= 502 && response.status <= 504 ? upstreamWords(response) : undefined;
  if (upstream) {
    return {
      generator: 'unknown', layer: 'unknown', blame: 'upstream-app', failure: upstream.failure ?? FORWARDER_FAILURE[response.status],
      confidence: UNNAMED_CONFIDENCE * 0.8,
      evidence: [{ source: 'body', says: m.layerModel.upstreamWords(upstream.words) }],
    };
  }
  // An edge's or a security proxy's name on a page none of its rules knows says only that the page
  // came through it (they set Server on everything they pass on). Who wrote a 502 or 504 it passed
  // on cannot be told; a 500 it passed on is the answer of whoever ran the request.
  if (server && response.status === 500) {
    return { generator: 'unknown', layer: 'unknown', blame: 'upstream-app', confidence: UNNAMED_CONFIDENCE, evidence: [named(server, m), { source: 'status', says: m.layerModel.passedOn(server.name, 500) }] };
  }
  // A 500 nothing names: proxies and edges answer a failed backend with 502-504, not 500, so it
  // is most likely the application's own answer; said at the lowest confidence.
  if (response.status === 500) {
    return { generator: 'unknown', layer: 'unknown', blame: 'upstream-app', confidence: UNNAMED_CONFIDENCE * 0.7, evidence: [{ source: 'status', says: m.layerModel.unnamed500 }] };
  }
  return undefined;
}
