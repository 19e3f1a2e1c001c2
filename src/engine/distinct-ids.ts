// Request ids as people read them: the page often repeats a header's id (Cloudflare's Ray ID without
// its "-LHR", Akamai's reference in X-Reference-Error), and one line each is enough.
export function distinctIds(ids: Record<string, string>): [string, string][] {
  const shown: [string, string][] = [];
  for (const [name, value] of Object.entries(ids)) {
    const needle = value.toLowerCase();
    const repeat = shown.findIndex(([, seen]) => seen.toLowerCase().includes(needle) || needle.includes(seen.toLowerCase()));
    if (repeat < 0) shown.push([name, value]);
    else if (value.length > shown[repeat]![1].length) shown[repeat] = [name, value];
  }
  return shown;
}
