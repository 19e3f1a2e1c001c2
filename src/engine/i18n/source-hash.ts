// A short fingerprint of an English line, recorded beside its translation: when the English is
// edited the fingerprint changes, and the translation is reported stale. FNV-1a over UTF-16 code
// units, 32 bits: pure, stable across runtimes, and enough to tell two revisions of one line apart
// (it guards against forgetting, not against forgery).
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Eight lower-case hex digits. */
export function sourceHash(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
