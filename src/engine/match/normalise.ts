// Turns untrusted page text into the one form every fingerprint marker is written in: lower-case,
// HTML entities decoded (Akamai writes its reference number as `&#35;18&#46;…`), runs of white space
// folded to one space, white space between two tags dropped (servers differ in CRLF vs LF and
// indentation, not in markup). Each step is one native, linear pass over a bounded prefix: the
// patterns have no nested quantifiers and every repetition is bounded.

/** Characters of body the engine ever looks at. Vendor error pages fit well inside it. */
export const BODY_SCAN_LIMIT = 64 * 1024;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', copy: '©', middot: '·',
};

const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;

function decodeEntity(match: string, name: string): string {
  if (name.charCodeAt(0) === 35 /* # */) {
    const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88;
    const value = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : match;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? match;
}

/** Normalises HTML or plain text, looking at no more than `limit` characters of it. */
export function normaliseMarkup(input: string, limit = BODY_SCAN_LIMIT, keepCase = false): string {
  const text = input.length > limit ? input.slice(0, limit) : input;
  const folded = text
    .replace(ENTITY, decodeEntity)
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .trim();
  return keepCase ? folded : folded.toLowerCase();
}

/** JSON bodies are re-serialised compactly so `{"message": "x"}` and `{"message":"x"}` read alike. */
export function normaliseBody(body: string, limit = BODY_SCAN_LIMIT, keepCase = false): string {
  const first = body.trimStart().charCodeAt(0);
  if ((first === 123 /* { */ || first === 91) /* [ */ && body.length <= limit) {
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
