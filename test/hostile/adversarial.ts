// Inputs crafted against regular expressions: for each pattern, strings built from its own literal
// text and character classes, repeated to the size the engine ever reads, that keep a backtracking
// engine trying and failing at every position.

/** The literal text a pattern starts with ("ray id: " for /ray id: (?:…)/), escapes resolved. */
export function literalPrefix(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '^') continue;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[dDwWsSbB0-9]/.test(next)) break;
      out += next;
      i++;
      continue;
    }
    if ('()[]{}|.*+?$'.includes(c)) {
      // A quantifier applies to the last literal character: drop it, the prefix is what must match.
      if ('*?{'.includes(c)) out = out.slice(0, -1);
      break;
    }
    out += c;
  }
  return out;
}

/** Every literal character of the pattern, plus the usual class members (digits, hex, letters). */
function alphabet(source: string): string[] {
  const chars = new Set(source.replace(/\\[dDwWsSbB]/g, '').replace(/[\\^$]/g, ''));
  for (const c of '0a f-x_:<>"\'=&#;./ \n') chars.add(c);
  return [...chars];
}

/** A dozen strings of `size` characters each, hostile to `pattern`. */
export function adversarialInputs(pattern: RegExp, size: number): { name: string; text: string }[] {
  const prefix = literalPrefix(pattern.source);
  const fill = (unit: string) => (unit.length === 0 ? '' : unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
  const inputs = [
    { name: 'prefix repeated', text: fill(prefix) },
    { name: 'prefix + digits', text: fill(`${prefix}${'0'.repeat(60)}`) },
    { name: 'prefix + hex', text: fill(`${prefix}${'a'.repeat(60)}`) },
    { name: 'prefix + spaces', text: fill(`${prefix}${' '.repeat(60)}`) },
    { name: 'prefix + near miss', text: fill(`${prefix}${'0a'.repeat(30)}!`) },
    { name: 'pattern text repeated', text: fill(pattern.source.replace(/[\\^$()[\]{}|*+?]/g, '')) },
    { name: 'long run, no end', text: `${prefix}${'a'.repeat(size)}` },
  ];
  for (const c of alphabet(pattern.source)) inputs.push({ name: `${JSON.stringify(c)} repeated`, text: fill(c) });
  return inputs.filter((input) => input.text.length > 0);
}
