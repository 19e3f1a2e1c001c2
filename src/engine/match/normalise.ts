// Turns untrusted page text into the one form every fingerprint marker is written in: lower-case,
// HTML entities decoded (Akamai writes its reference number as `&#35;18&#46;…`), runs of white space
// folded to one space, white space between two tags dropped (servers differ in CRLF vs LF and
// indentation, not in markup). Each step is one native, linear pass over a bounded prefix: the
// patterns have no nested quantifiers and every repetition is bounded.

/** Characters of body the engine ever looks at. Vendor error pages fit well inside it. */
export const BODY_SCAN_LIMIT = 64 * 1024;

// "&lt;" and "&gt;" stay escaped: markup quoted in a page (a help article's <code> block showing
// nginx's error page) must not turn back into markup that markers match.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', copy: '©', middot: '·',
};

const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;

function decodeEntity(match: string, name: string): string {
  if (name.charCodeAt(0) === 35 /* # */) {
    const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88;
    const value = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (value === 60) return '&lt;';
    if (value === 62) return '&gt;';
    return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : match;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? match;
}

/** One tag: its name and its attribute text (bounded, no nested quantifiers). */
const TAG = /<([a-z][a-z0-9-]{0,30})(\s[^<>]{0,2000})?>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s?=\s?(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Writes a tag the way a browser serialises the DOM: every value double-quoted, bare attributes as
 * name="", no self-closing slash. Raw pages (`<hr/>`, `<hr width=100%>`) and the same pages read
 * back from the DOM then normalise alike.
 */
function canonicalTag(_tag: string, name: string, attributes: string | undefined): string {
  if (attributes === undefined) return `<${name}>`;
  let out = `<${name}`;
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    out += ` ${match[1]}="${value}"`;
  }
  return `${out}>`;
}

/** Normalises HTML or plain text, looking at no more than `limit` characters of it. */
export function normaliseMarkup(input: string, limit = BODY_SCAN_LIMIT, keepCase = false): string {
  const text = input.length > limit ? input.slice(0, limit) : input;
  const folded = text
    .replace(ENTITY, decodeEntity)
    .replace(/\s+/g, ' ')
    .replace(/<([a-z][a-z0-9-]{0,30}) ?\/>/gi, '<$1>')
    .replace(TAG, canonicalTag)
    .replace(/> </g, '><')
    // A browser's DOM adds an empty head to pages without one (HAProxy's errorfiles): drop it so
    // a page read from the DOM matches the page read off the wire.
    .replace(/<head><\/head>/gi, '')
    .trim();
  return keepCase ? folded : folded.toLowerCase();
}

/** The text opens like a JSON object or array. */
export function looksLikeJson(text: string): boolean {
  const first = text.trimStart().charCodeAt(0);
  return first === 123 /* { */ || first === 91; /* [ */
}

/** JSON bodies are re-serialised compactly so `{"message": "x"}` and `{"message":"x"}` read alike. */
export function normaliseBody(body: string, limit = BODY_SCAN_LIMIT, keepCase = false): string {
  if (looksLikeJson(body) && body.length <= limit) {
    try {
      return normaliseMarkup(JSON.stringify(JSON.parse(body)), limit, keepCase);
    } catch {
      // Not JSON after all: read it as markup.
    }
  }
  return normaliseMarkup(body, limit, keepCase);
}

const TITLE_LIMIT = 300;

/** The text of the first <title> element of an already-normalised body. */
export function extractTitle(normalisedBody: string): string {
  const start = normalisedBody.indexOf('<title');
  if (start < 0) return '';
  const open = normalisedBody.indexOf('>', start);
  if (open < 0) return '';
  const close = normalisedBody.indexOf('</title', open);
  const end = close < 0 ? open + 1 + TITLE_LIMIT : Math.min(close, open + 1 + TITLE_LIMIT);
  return normalisedBody.slice(open + 1, end).trim();
}
