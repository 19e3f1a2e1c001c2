// The headline cut after its first sentence: the first is the verdict, drawn bold, and whatever
// follows (who must act, what it means for the visitor) is drawn under it in plain text, so the
// bold part stays within two lines.
const FIRST_SENTENCE = /^(.+?(?:[.!?](?=\s)|[。！？]))\s*(\S[\s\S]*)$/;

export function splitHeadline(headline: string): { first: string; rest: string | undefined } {
  const cut = FIRST_SENTENCE.exec(headline.trim());
  return cut ? { first: cut[1]!, rest: cut[2]! } : { first: headline.trim(), rest: undefined };
}
