/**
 * cli/content-error: the output of a failed `astro build` -> an InputError at the content file and
 * line that caused it, or null (see contentErrorOf).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../lib/errors.ts';

/**
 * An error Astro raised while rendering, mapped back to the content file and line that caused it:
 * the site's components name the tag in their messages (`<QuoteGroup id="q-x">: no such …`), and
 * MDX compile errors name the file. Null when the output names neither.
 */
export function contentErrorOf(output: string, storiesDir: string): InputError | null {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\u001b\[[0-9;]*m/g, '');
  const tag = /(<([A-Z][A-Za-z]*)((?:\s+[A-Za-z]+=(?:"[^"]*"|\{[^}]*\}))*)\s*\/?>):\s*(.+)/.exec(text);
  if (tag) {
    const [, , name, attributes, message] = tag;
    const wanted = [...(attributes ?? '').matchAll(/([A-Za-z]+)=("[^"]*"|\{[^}]*\})/g)].map(
      (m) => `${m[1]}=${m[2]}`,
    );
    for (const file of mdxFiles(storiesDir)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const index = lines.findIndex(
        (line) => line.includes(`<${name}`) && wanted.every((w) => line.includes(w)),
      );
      if (index >= 0) return new InputError(file, `<${name}${attributes}>: ${message!.trim()}`, index + 1);
    }
    // A plain value that fails is caught before Astro runs (emit/check.ts), so a value Astro rejects
    // was written as code (`paragraph={n - 1}`): such a value is matched by its attribute name only.
    const matches = (line: string): boolean =>
      line.includes(`<${name}`) &&
      wanted.every((w) => {
        if (line.includes(w)) return true;
        const key = w.slice(0, w.indexOf('='));
        const written = new RegExp(`\\b${key}=\\{([^}]*)\\}`).exec(line)?.[1];
        return written !== undefined && !isLiteral(written);
      });
    for (const file of mdxFiles(storiesDir)) {
      const index = readFileSync(file, 'utf8').split('\n').findIndex(matches);
      if (index >= 0) return new InputError(file, `<${name}${attributes}>: ${message!.trim()}`, index + 1);
    }
  }
  const place = /((?:\/|\b)[^\s:]*\.mdx):(\d+)(?::\d+)?/.exec(text);
  if (place) {
    const reason =
      /(?:error|Error)[^\n]*?:\s*([^\n]+)/.exec(text)?.[1]?.trim() ?? 'the site could not render it';
    return new InputError(place[1]!, `astro build failed: ${reason}`, Number(place[2]));
  }
  return null;
}

function isLiteral(code: string): boolean {
  try {
    JSON.parse(code);
    return true;
  } catch {
    return false;
  }
}

function mdxFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
