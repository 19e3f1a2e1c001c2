// Every fingerprint and cause names where its facts come from (`sources`): that is for the people
// who read and review the knowledge, and nothing in the extension reads it. The store builds leave
// it out (a tenth of the worker; vite.config.ts applies this to src/engine/fingerprints/ and
// src/engine/causes/). Only the `sources` property of the object a define…() call receives is
// emptied, found by the TypeScript parser, never by a pattern over the text.
import ts from 'typescript';

const DEFINE = /^define(?:Fingerprint|Cause|FrameworkRules)$/;

/** `code` with the sources of its define…() calls emptied, or null when it has none. */
export function withoutSources(code: string, fileName: string): string | null {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true);
  const cuts: { start: number; end: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && DEFINE.test(node.expression.text)) {
      const argument = node.arguments[0];
      if (argument && ts.isObjectLiteralExpression(argument)) {
        for (const property of argument.properties) {
          if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === 'sources') {
            cuts.push({ start: property.initializer.getStart(file), end: property.initializer.getEnd() });
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (cuts.length === 0) return null;
  let out = code;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) out = `${out.slice(0, cut.start)}[]${out.slice(cut.end)}`;
  return out;
}
