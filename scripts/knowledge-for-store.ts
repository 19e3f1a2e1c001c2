// What the store builds leave out of the knowledge: the parts written for the people who read and
// review it, which nothing in the extension reads (vite.config.ts applies this to the fingerprints,
// the causes and their translations):
// - every define…() call's `sources` (where the facts come from) becomes [];
// - a cause's `why` (the full explanation: the popup shows the one-line `summary`, the CLI's
//   `causes` command the full text) becomes '', in English and in every translation;
// - a translation line's `en` (the hash of the English it was translated from, read by the
//   translation check) is dropped.
// Only properties of the object a define…() call receives are touched, found by the TypeScript
// parser, never by a pattern over the text.
import ts from 'typescript';

const KNOWLEDGE = /^define(?:Fingerprint|Cause|FrameworkRules)$/;
const TRANSLATION = /^define(?:Cause|Fingerprint)Translation$/;

interface Cut { start: number; end: number; text: string }

const named = (property: ts.ObjectLiteralElementLike, name: string): property is ts.PropertyAssignment =>
  ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && property.name.text === name;

/** `code` with the reviewers' parts of its define…() calls left out, or null when it has none. */
export function knowledgeForStore(code: string, fileName: string): string | null {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true);
  const cuts: Cut[] = [];
  const replace = (node: ts.Node, text: string) => cuts.push({ start: node.getStart(file), end: node.getEnd(), text });

  /** Drops every `en: '…'` line hash inside a translation, with the comma after it. */
  const dropHashes = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (named(property, 'en') && ts.isStringLiteralLike(property.initializer)) {
          const next = code.slice(property.getEnd()).match(/^\s*,\s*/)?.[0] ?? '';
          cuts.push({ start: property.getStart(file), end: property.getEnd() + next.length, text: '' });
        }
      }
    }
    ts.forEachChild(node, dropHashes);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const define = node.expression.text;
      const argument = node.arguments[0];
      if (argument && ts.isObjectLiteralExpression(argument) && KNOWLEDGE.test(define)) {
        for (const property of argument.properties) {
          if (named(property, 'sources')) replace(property.initializer, '[]');
          if (define === 'defineCause' && named(property, 'why')) replace(property.initializer, "''");
        }
      }
      if (argument && ts.isObjectLiteralExpression(argument) && TRANSLATION.test(define)) {
        for (const property of argument.properties) {
          if (define === 'defineCauseTranslation' && named(property, 'why')) replace(property.initializer, "{ text: '' }");
          else dropHashes(property);
        }
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (cuts.length === 0) return null;
  let out = code;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) out = `${out.slice(0, cut.start)}${cut.text}${out.slice(cut.end)}`;
  return out;
}
