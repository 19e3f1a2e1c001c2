// A bounded outerHTML: serialises the document depth-first and stops at a character budget, so a
// 10 MB or deeply nested page costs no more than a small one. Attribute values are double-quoted
// and escaped, as the browser's own serialiser does.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);
const MAX_DEPTH = 128;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

export function serializeBounded(root: Element, budget: number): string {
  const out: string[] = [];
  let left = budget;
  const push = (s: string): boolean => {
    if (left <= 0) return false;
    const piece = s.length > left ? s.slice(0, left) : s;
    out.push(piece);
    left -= piece.length;
    return left > 0;
  };
  const walk = (node: Node, depth: number, raw: boolean): boolean => {
    if (node.nodeType === 3) return push(raw ? node.nodeValue ?? '' : escapeText(node.nodeValue ?? ''));
    if (node.nodeType === 8) return push(`<!--${node.nodeValue ?? ''}-->`);
    if (node.nodeType !== 1) return true;
    const el = node as Element;
    const tag = el.localName;
    let open = `<${tag}`;
    for (const attr of Array.from(el.attributes)) open += ` ${attr.name}="${escapeAttr(attr.value)}"`;
    if (!push(`${open}>`)) return false;
    if (VOID.has(tag)) return true;
    if (depth < MAX_DEPTH) {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (!walk(child, depth + 1, RAW_TEXT.has(tag))) return false;
      }
    }
    return push(`</${tag}>`);
  };
  walk(root, 0, false);
  return out.join('');
}

/** Visible-ish text (no script or style), bounded, without the layout cost of innerText. */
export function textBounded(root: Node | null, budget: number): string {
  if (!root) return '';
  const out: string[] = [];
  let left = budget;
  const walk = (node: Node, depth: number): void => {
    if (left <= 0 || depth > MAX_DEPTH) return;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (text.trim()) {
        const piece = text.slice(0, left);
        out.push(piece);
        left -= piece.length;
      }
      return;
    }
    if (node.nodeType !== 1 || RAW_TEXT.has((node as Element).localName) || (node as Element).localName === 'noscript') return;
    for (let child = node.firstChild; child && left > 0; child = child.nextSibling) walk(child, depth + 1);
  };
  walk(root, 0);
  return out.join('').replace(/\s+/g, ' ').trim();
}

export function doctypeOf(doc: Document): string {
  const dt = doc.doctype;
  if (!dt) return '';
  return `<!DOCTYPE ${dt.name}${dt.publicId ? ` PUBLIC "${dt.publicId}"` : ''}${dt.systemId ? `${dt.publicId ? '' : ' SYSTEM'} "${dt.systemId}"` : ''}>`;
}
