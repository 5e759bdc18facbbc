/**
 * extract/people/given-names: the usual gender of a given name by the name lists of the
 * `gender-detection-from-name` package (English, Italian, Spanish, French, German and Turkish given
 * names, about 67,000 once merged): a first name our short list lacks ("Lesley", "Juliette") still
 * tells a gender, unless the languages disagree ("Jean", "Andrea").
 *
 *   listedGender(name)   -> 'm' | 'f' | 'x' (the languages disagree) | undefined (not listed)
 *   givenNamesText()     -> the merged list as given-names.tsv holds it (made from the package)
 *
 * The six lists are merged (a name's genders across the languages) into one sorted text of
 * `name<TAB>m|f|x` lines, searched by halves. That merged text is shipped as given-names.tsv, next
 * to this file, rather than built in every process and worker thread: building it (six files
 * parsed, two Maps of 67,000 entries, a sort) cost each analysing thread ~0.15 s of CPU and
 * ~20-25 MB of short-lived heap at the start of its analysis, which raised a cold ingest's peak RSS
 * (BENCHMARKS.md, "Peak memory round 2", "Cold ingest round 9 and memory round 3"); reading the file
 * costs ~13 ms of CPU (with hashing the package's files to check it) and ~1.4 MB of heap. Its first
 * line is the SHA-1 of the package files it was made from (pipeline/shipped-data.ts: when the
 * installed package's files differ, the list is built from them as before); the test
 * (tests/lexicon/given-names.test.ts) says when to regenerate: `npx node
 * src/pipeline/extract/people/given-names.ts`.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { shippedOrBuilt, writeShipped } from '../../shipped-data.ts';

const LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;
const DATA_FILE = fileURLToPath(new URL('./given-names.tsv', import.meta.url));
const requireCjs = createRequire(import.meta.url);

/** The package's six name files' bytes, read as data (loaded as modules, their six Maps would stay held). */
function packageFiles(): Buffer[] {
  return LANGUAGES.map((lang) =>
    readFileSync(requireCjs.resolve(`gender-detection-from-name/names/${lang}.js`)),
  );
}

const ZERO = Buffer.alloc(1);

/** The first line given-names.tsv must have to be read for these package files. */
function headerFor(files: Buffer[]): string {
  const digest = hash('sha1', Buffer.concat(files.flatMap((file) => [file, ZERO])));
  return `# gender-detection-from-name names/{${LANGUAGES.join(',')}}.js sha1 ${digest}\n`;
}

/** The merged, sorted `name<TAB>m|f|x` lines of the package's files. */
function mergedLines(files: Buffer[]): string {
  const merged = new Map<string, 'm' | 'f' | 'x'>();
  for (const text of files.map((file) => file.toString('utf8'))) {
    // A file may list a name twice; as with the package's Map, its last entry stands.
    const inFile = new Map<string, 'm' | 'f'>();
    for (const [, name, gender] of text.matchAll(/\[\s*'([^']+)',\s*'(male|female)'\s*\]/gu))
      inFile.set(name!, gender === 'male' ? 'm' : 'f');
    for (const [name, g] of inFile) {
      const had = merged.get(name);
      merged.set(name, had === undefined || had === g ? g : 'x');
    }
  }
  // join builds one flat string (a chain of += would keep a tree over 67,000 pieces).
  return [...merged.keys()]
    .sort()
    .map((name) => `${name}\t${merged.get(name)}\n`)
    .join('');
}

/** given-names.tsv's text as the installed package makes it (header line, then the lines). */
export function givenNamesText(): string {
  const files = packageFiles();
  return headerFor(files) + mergedLines(files);
}

let index: { text: string; starts: Uint32Array } | undefined;

/** The shipped file when it was made from the installed package's files, else built from them. */
function nameIndex(): { text: string; starts: Uint32Array } {
  if (index) return index;
  const files = packageFiles();
  const text = shippedOrBuilt(DATA_FILE, headerFor(files), () => mergedLines(files));
  let count = 0;
  for (let at = text.indexOf('\n') + 1; at < text.length; at = text.indexOf('\n', at) + 1) count++;
  const starts = new Uint32Array(count);
  for (let at = text.indexOf('\n') + 1, i = 0; at < text.length; at = text.indexOf('\n', at) + 1)
    starts[i++] = at;
  index = { text, starts };
  return index;
}

/** A listed name's genders: 'm', 'f', 'x' (the languages disagree), or undefined. */
export function listedGender(name: string): 'm' | 'f' | 'x' | undefined {
  const { text, starts } = nameIndex();
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = starts[mid]!;
    const key = text.slice(at, text.indexOf('\t', at));
    if (key === name) return text[at + key.length + 1] as 'm' | 'f' | 'x';
    if (key < name) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

// `npx node src/pipeline/extract/people/given-names.ts` writes given-names.tsv afresh (atomically).
if (import.meta.main) writeShipped(DATA_FILE, givenNamesText());
