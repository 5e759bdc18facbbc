// One rule, one place: no function, class or list is declared twice under src/ with the same body
// (comments, white space and the name aside). A second copy drifts from the first the day one of
// them is fixed. Top-level declarations only, and only bodies long enough to be a rule (a short
// `[]` or `(x) => x` says nothing). Exact copies only: a near-copy (the second UnionFind in
// compare/quotes.ts, word lists that overlap) is for the `duplicates` tool and a reader; this one
// runs wherever the tests run. A twin planted in src/ (a class and a renamed, re-commented
// function) made it fail with both places named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, files } from './source-files.ts';

/** Shorter printed bodies than this are too small to be a rule worth keeping in one place. */
const MIN_CHARS = 120;

const printer = ts.createPrinter({ removeComments: true });

/** Each top-level function, class or list of `file`: its name and its body as printed, comments dropped. */
function declarations(file: string): { where: string; body: string }[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest);
  const print = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, node, source);
  const out: { where: string; body: string }[] = [];
  for (const statement of source.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      const copy = ts.isFunctionDeclaration(statement)
        ? ts.factory.updateFunctionDeclaration(
            statement,
            undefined,
            statement.asteriskToken,
            ts.factory.createIdentifier('_'),
            statement.typeParameters,
            statement.parameters,
            statement.type,
            statement.body,
          )
        : ts.factory.updateClassDeclaration(
            statement,
            undefined,
            ts.factory.createIdentifier('_'),
            statement.typeParameters,
            statement.heritageClauses,
            statement.members,
          );
      out.push({ where: `${file}:${statement.name.text}`, body: print(copy) });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (!init || !ts.isIdentifier(declaration.name)) continue;
        const value = ts.isAsExpression(init) || ts.isSatisfiesExpression(init) ? init.expression : init;
        if (
          ts.isArrowFunction(value) ||
          ts.isFunctionExpression(value) ||
          ts.isArrayLiteralExpression(value) ||
          ts.isObjectLiteralExpression(value) ||
          ts.isNewExpression(value) ||
          ts.isRegularExpressionLiteral(value)
        )
          out.push({ where: `${file}:${declaration.name.text}`, body: print(value) });
      }
    }
  }
  return out.filter((d) => d.body.length >= MIN_CHARS);
}

describe('twin declarations', () => {
  it('no function, class or list under src/ is declared twice with the same body', () => {
    const byBody = new Map<string, string[]>();
    const sources = files('src').filter((file) => file.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(100);
    for (const file of sources)
      for (const { where, body } of declarations(file))
        byBody.set(body, [...(byBody.get(body) ?? []), where]);
    const twins = [...byBody.values()].filter((places) => places.length > 1);
    expect(twins).toEqual([]);
  });
});
