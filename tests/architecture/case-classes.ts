// Case classes under the `i` flag (issues #10/#11): with `i`, `\p{Lu}`, `\p{Ll}`, `[A-Z]` and
// `[a-z]` match letters of EITHER case, so a pattern meant to require a capital ("a name starts
// here") silently accepts lower-case words. This finds every regex under src/ that has the `i` flag
// and a case class outside a `(?-i:…)` group (the modifier group V8 in Node 24 supports, which is
// how such a class is kept case-sensitive inside an otherwise case-insensitive pattern).
// Read as text with the TypeScript parser: regex literals, and `new RegExp(source, 'flags')` /
// `RegExp(…)` whose flags are a literal (a source built elsewhere and passed by name is not seen).
// Run it directly to list the hits: `npx node tests/architecture/case-classes.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT, files } from './source-files.ts';

/** A case class: a Unicode case category, or a character class holding a letter range (`A-Z`, `a-z`). */
const CASE_CLASS =
  /\\{1,2}[pP]\{(?:(?:gc|General_Category)=)?(?:Lu|Ll|Lt|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Uppercase|Lowercase)\}|\[(?:\\{1,2}.|[^\]\\])*?[A-Za-z]-[A-Za-z](?:\\{1,2}.|[^\]\\])*\]/u;

/** A case class already kept case-sensitive: `(?-i:\p{Lu})`, `(?-i:[\p{Ll}-])`. */
const SCOPED = /\(\?-i:(?:\[(?:\\{1,2}.|[^\]\\])*\]|\\{1,2}[pP]\{[\w=]+\})\)/gu;

export interface CaseHit {
  file: string;
  line: number;
  /** The pattern's source as written (a literal's body, or the constructor's first argument). */
  source: string;
  flags: string;
}

/** The text of the string and template pieces of `node` (a source built with `join` or `+`), code left out. */
function literalText(node: ts.Node, sf: ts.SourceFile): string {
  if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) return node.getText(sf).slice(1, -1);
  const pieces: string[] = [];
  ts.forEachChild(node, (child) => {
    pieces.push(literalText(child, sf));
  });
  return pieces.join(' ');
}

/** Every regex under src/ with the `i` flag and a case class not scoped by `(?-i:…)`. */
export function caseClassHits(): CaseHit[] {
  return files('src')
    .filter((name) => !name.endsWith('.astro'))
    .flatMap((file) => caseClassesIn(file, readFileSync(join(ROOT, file), 'utf8')));
}

/** The regexes of one file's text with the `i` flag and a case class not scoped by `(?-i:…)`. */
export function caseClassesIn(file: string, text: string): CaseHit[] {
  const hits: CaseHit[] = [];
  {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      let source: string | undefined;
      let flags: string | undefined;
      if (ts.isRegularExpressionLiteral(node)) {
        const end = node.text.lastIndexOf('/');
        source = node.text.slice(1, end);
        flags = node.text.slice(end + 1);
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp' &&
        node.arguments?.[1] &&
        ts.isStringLiteralLike(node.arguments[1])
      ) {
        source = literalText(node.arguments[0]!, sf);
        flags = node.arguments[1].text;
      }
      if (source !== undefined && flags?.includes('i') && CASE_CLASS.test(source.replace(SCOPED, ''))) {
        hits.push({
          file,
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          source,
          flags,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return hits;
}

if (import.meta.main) {
  for (const hit of caseClassHits()) console.log(`${hit.file}:${hit.line} /${hit.source}/${hit.flags}`);
}
