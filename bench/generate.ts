/**
 * Benchmark corpus generator: N distinct news-like articles about one story, made from
 *   - the bundled story's seed articles (sources/nato-ukraine-aid/*.txt: quotes, € figures), and
 *   - the 181 whole-page texts of the public article-extraction benchmark
 *     (../shared/benchmarks/article-extraction/page-text.json: real pages with their navigation,
 *     footers and "most read" lists — the kind of input journalists paste in).
 * The pages are read from ../shared at run time and only ever written to temp folders: never into
 * the repository (they belong to their publishers).
 *
 * Every article is a base document with about a third of its body paragraphs swapped for
 * paragraphs of other documents (seed paragraphs preferred, so quotes and figures spread through
 * the corpus), names respelled (Zelensky/Zelenskyy/Zelenskiy…), some numbers changed (so the
 * compare stage sees figure conflicts) and a dateline, so no two texts are equal. Deterministic:
 * the same (count, seed) gives byte-identical files.
 *
 *   node bench/generate.ts <out-dir> [--count 1000] [--seed 1] [--slug bench-story]
 *
 * Library use: generateDocuments(count, seed) -> { name, text, hints }[] (in memory; for
 * bench/compare.ts and the scale benchmark), writeStoryFolder(dir, count, seed) -> story folder.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = resolve(here, '..');
export const SEED_DIR = join(REPO_DIR, 'sources/nato-ukraine-aid');
export const PAGE_TEXT_FILE = resolve(
  process.env.EXTRACTION_BENCH_DIR ?? join(REPO_DIR, '../shared/benchmarks/article-extraction'),
  'page-text.json',
);

export interface GeneratedDocument {
  /** File name inside the story folder (`a00042.txt`). */
  name: string;
  text: string;
  hints: { outlet: string; language: string; published: string; url: string };
}

interface SourceDoc {
  kind: 'seed' | 'page';
  headline: string;
  blocks: string[];
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function splitBlocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

let cachedSources: SourceDoc[] | null = null;

/** The 5 seeds and the 181 page texts, split into blank-line separated blocks. */
export function loadSources(): SourceDoc[] {
  if (cachedSources) return cachedSources;
  const docs: SourceDoc[] = [];
  for (const name of readdirSync(SEED_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const blocks = splitBlocks(readFileSync(join(SEED_DIR, name), 'utf8'));
    docs.push({ kind: 'seed', headline: blocks[0]!.split('\n')[0]!, blocks });
  }
  let pages: Record<string, { articleBody: string }>;
  try {
    pages = JSON.parse(readFileSync(PAGE_TEXT_FILE, 'utf8')) as Record<string, { articleBody: string }>;
  } catch (error) {
    throw new Error(
      `cannot read ${PAGE_TEXT_FILE} (the extraction benchmark's page texts): ${String(error)}`,
      { cause: error },
    );
  }
  for (const id of Object.keys(pages).sort()) {
    const blocks = splitBlocks(pages[id]!.articleBody);
    if (blocks.length < 3) continue;
    docs.push({ kind: 'page', headline: blocks[0]!.split('\n')[0]!.slice(0, 200), blocks });
  }
  cachedSources = docs;
  return docs;
}

const OUTLETS = [
  'Reuters',
  'Associated Press',
  'AFP',
  'dpa',
  'BBC News',
  'The Guardian',
  'Financial Times',
  'Politico Europe',
  'Deutsche Welle',
  'Le Monde',
  'Kyiv Independent',
  'Ukrainska Pravda',
  'Al Jazeera',
  'Al Mayadeen English',
  'VOI',
  'Euronews',
  'The Washington Post',
  'Bloomberg',
  'Defense News',
  'Breaking Defense',
  'RFE/RL',
  'NHK World',
  'ANSA',
  'EFE',
  'Anadolu Agency',
  'The Independent',
  'Sky News',
  'CNN',
  'NPR',
  'The Telegraph',
  'Yahoo News',
  'Newsweek',
  'TASS',
  'Kyodo',
  'Irish Times',
  'Daily Sabah',
  'Baltic Times',
  'LRT',
  'ERR News',
  'Notes from Poland',
];
const CITIES = [
  'BRUSSELS',
  'KYIV',
  'WASHINGTON',
  'BERLIN',
  'PARIS',
  'LONDON',
  'PRAGUE',
  'VILNIUS',
  'WARSAW',
  'ROME',
];
/** Respellings a real corpus has: the compare stage must group them (or at least survive them). */
const RESPELL: Array<[RegExp, string[]]> = [
  [/\bZelensky\b/g, ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi']],
  [/\bJens Stoltenberg\b/g, ['Jens Stoltenberg', 'NATO chief Jens Stoltenberg', 'Stoltenberg']],
  [/\bKyiv\b/g, ['Kyiv', 'Kiev']],
  [/\bNATO\b/g, ['NATO', 'Nato']],
];

function vary(block: string, random: () => number, numbers: boolean): string {
  let out = block;
  for (const [pattern, spellings] of RESPELL) {
    if (pattern.test(out)) {
      const spelling = pick(random, spellings);
      out = out.replace(pattern, spelling);
    }
    pattern.lastIndex = 0;
  }
  if (numbers && random() < 0.25) {
    // "€100 billion" -> "€90 billion" sometimes: the conflicts the compare stage must show.
    out = out.replace(/\b(\d{2,3})(?= (?:billion|million|percent|per cent|%))/g, (digits) => {
      const value = Number(digits);
      const delta = Math.max(1, Math.round(value * (random() * 0.4 - 0.2)));
      return String(random() < 0.5 ? value + delta : Math.max(1, value - delta));
    });
  }
  return out;
}

function isoDate(random: () => number): string {
  const day = new Date(Date.UTC(2024, 3, 1) + Math.floor(random() * 90) * 86400000);
  return day.toISOString().slice(0, 10);
}

/** `count` distinct articles, deterministic in (count, seed). */
export function generateDocuments(count: number, seed = 1): GeneratedDocument[] {
  const sources = loadSources();
  const seeds = sources.filter((doc) => doc.kind === 'seed');
  const seedBlocks = seeds.flatMap((doc) => doc.blocks.slice(1).filter((b) => b.length > 80));
  const allBlocks = sources.flatMap((doc) => doc.blocks.slice(1).filter((b) => b.length > 40));
  const width = Math.max(5, String(count).length + 1);
  const documents: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const random = rng(seed * 1_000_003 + i);
    // A third of the articles are rewrites of a seed article, the rest real pages with story
    // paragraphs mixed in: extract and compare see both clean text and boilerplate-heavy pages.
    const base =
      i % 3 === 0
        ? seeds[(i / 3) % seeds.length]!
        : sources[seeds.length + (i % (sources.length - seeds.length))]!;
    const body = base.blocks.slice(1);
    const out: string[] = [];
    for (const block of body) {
      const r = random();
      if (r < 0.08) continue; // dropped
      if (r < 0.3) out.push(vary(pick(random, random() < 0.7 ? seedBlocks : allBlocks), random, true));
      else out.push(vary(block, random, base.kind === 'seed'));
      if (random() < 0.05) out.push(vary(pick(random, seedBlocks), random, true));
    }
    if (out.length === 0) out.push(vary(pick(random, seedBlocks), random, true));
    const outlet = pick(random, OUTLETS);
    const published = isoDate(random);
    // The dateline makes every text unique (ingest drops exact duplicates).
    const firstProse = out.findIndex((b) => b.length > 120 && !b.includes('\n'));
    const at = firstProse < 0 ? 0 : firstProse;
    out[at] = `${pick(random, CITIES)}, ${published} (${outlet}, #${i + 1}) — ${out[at]}`;
    const headline = vary(base.headline, random, false);
    documents.push({
      name: `a${String(i + 1).padStart(width, '0')}.txt`,
      text: `${headline}\n\n${out.join('\n\n')}\n`,
      hints: { outlet, language: 'en', published, url: `https://example.org/${i + 1}` },
    });
  }
  return documents;
}

/** Writes a story folder (story.yaml + one .txt per article) and returns its total bytes. */
export function writeStoryFolder(
  dir: string,
  count: number,
  seed = 1,
  slug = 'bench-story',
): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const documents = generateDocuments(count, seed);
  let bytes = 0;
  for (const doc of documents) {
    writeFileSync(join(dir, doc.name), doc.text);
    bytes += Buffer.byteLength(doc.text);
  }
  const config = {
    title: `Benchmark story: ${count} generated articles`,
    slug,
    summary: 'Generated by bench/generate.ts from the bundled seeds and the extraction benchmark page texts.',
    sources: Object.fromEntries(documents.map((doc) => [doc.name, doc.hints])),
  };
  writeFileSync(join(dir, 'story.yaml'), stringify(config));
  return { files: documents.length, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      slug: { type: 'string', default: 'bench-story' },
    },
  });
  const dir = positionals[0];
  if (!dir) {
    console.error('usage: node bench/generate.ts <out-dir> [--count 1000] [--seed 1] [--slug bench-story]');
    process.exit(2);
  }
  if (resolve(dir).startsWith(REPO_DIR + '/')) {
    console.error(
      'bench/generate.ts: refusing to write inside the repository (the page texts must not be copied into it); use a temp folder',
    );
    process.exit(2);
  }
  const { files, bytes } = writeStoryFolder(
    resolve(dir),
    Number(values.count),
    Number(values.seed),
    values.slug,
  );
  console.log(`${dir}: ${files} articles, ${(bytes / 1048576).toFixed(1)} MB`);
}
