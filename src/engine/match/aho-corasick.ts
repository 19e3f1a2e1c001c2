// Finds every marker in a text in one pass, whatever the number of markers (Aho–Corasick). The
// engine compiles all body markers of all fingerprints into one automaton at load, so a diagnosis
// reads the page once instead of once per marker. ASCII transitions are a dense table (the common
// case, a single array read per character); other characters (Chinese markers) use a sparse map.

const ASCII = 128;

export interface MarkerAutomaton {
  /** Returns, for marker i, hits[i] === 1 when the text contains it. */
  scan(text: string): Uint8Array;
  readonly size: number;
}

export function buildAutomaton(markers: readonly string[]): MarkerAutomaton {
  const asciiChildren: number[][] = [[]];
  const wideChildren: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];

  const child = (node: number, code: number): number | undefined =>
    code < ASCII ? asciiChildren[node]![code] : wideChildren[node]!.get(code);

  markers.forEach((marker, index) => {
    let node = 0;
    for (let i = 0; i < marker.length; i++) {
      const code = marker.charCodeAt(i);
      let next = child(node, code);
      if (next === undefined) {
        next = outputs.length;
        asciiChildren.push([]);
        wideChildren.push(new Map());
        outputs.push([]);
        if (code < ASCII) asciiChildren[node]![code] = next;
        else wideChildren[node]!.set(code, next);
      }
      node = next;
    }
    outputs[node]!.push(index);
  });

  const nodeCount = outputs.length;
  const fail = new Int32Array(nodeCount);
  const table = new Int32Array(nodeCount * ASCII);
  // Breadth-first: a node's failure link is final before its children are visited.
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const nodeFail = fail[node]!;
    if (node !== 0) outputs[node]!.push(...outputs[nodeFail]!);
    for (let code = 0; code < ASCII; code++) {
      const next = asciiChildren[node]![code];
      if (next === undefined) {
        table[node * ASCII + code] = node === 0 ? 0 : table[nodeFail * ASCII + code]!;
      } else {
        table[node * ASCII + code] = next;
        fail[next] = node === 0 ? 0 : table[nodeFail * ASCII + code]!;
        queue.push(next);
      }
    }
    for (const [code, next] of wideChildren[node]!) {
      let f = nodeFail;
      while (node !== 0 && f !== 0 && !wideChildren[f]!.has(code)) f = fail[f]!;
      const target = node === 0 ? 0 : wideChildren[f]!.get(code);
      fail[next] = target !== undefined && target !== next ? target : 0;
      queue.push(next);
    }
  }

  const hasOutput = new Uint8Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) hasOutput[node] = outputs[node]!.length > 0 ? 1 : 0;

  return {
    size: markers.length,
    scan(text: string): Uint8Array {
      const hits = new Uint8Array(markers.length);
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < ASCII) {
          node = table[node * ASCII + code]!;
        } else {
          let next = wideChildren[node]!.get(code);
          while (next === undefined && node !== 0) {
            node = fail[node]!;
            next = wideChildren[node]!.get(code);
          }
          node = next ?? 0;
        }
        if (hasOutput[node] === 1) for (const index of outputs[node]!) hits[index] = 1;
      }
      return hits;
    },
  };
}
