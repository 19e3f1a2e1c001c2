// A time to error as people say it: milliseconds under a second, then seconds (one decimal below
// ten, where 3.2 s against a 3 s connect timeout matters; whole seconds above, 60 s or 120 s).
export function durationWords(ms: number, words: { ms(n: string): string; s(n: string): string }): string {
  if (ms < 1000) return words.ms(String(Math.round(ms)));
  const seconds = ms / 1000;
  return words.s(seconds < 10 ? seconds.toFixed(1) : String(Math.round(seconds)));
}
