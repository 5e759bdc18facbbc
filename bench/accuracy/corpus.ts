/**
 * The real-article corpus (../shared/corpora/news-events) and our hand gold (bench/gold/), read the
 * same way by the accuracy benchmark, the gold tools and the tests.
 * In: events.jsonl and bench/gold/<kind>/<event>.json. Out: typed events, articles, paragraphs, gold.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDocument, SourceHints } from '../../src/lib/model.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const goldDir = resolve(here, '../gold');
export const corpusPath = resolve(
  process.env.NEWS_EVENTS_CORPUS ?? join(here, '../../../shared/corpora/news-events/events.jsonl'),
);

export interface CorpusArticle {
  ID: string;
  source: string;
  source_url: string;
  url: string;
  date: string;
  authors: string;
  title: string;
  content_original: string;
  bias_text: string;
}
export interface CorpusEvent {
  event: string;
  topic: string;
  date: string;
  articles: CorpusArticle[];
}

/**
 * A corpus article as the pipeline reads a pasted text file: its title line, a blank line, then its
 * text. `hints` as a story.yaml would give them (the money scorer passes the outlet; quotes none).
 */
export function corpusDocument(source: CorpusArticle, hints: SourceHints = {}): RawDocument {
  const name = `${source.ID}.txt`;
  return { path: name, name, format: 'text', text: `${source.title}\n\n${source.content_original}`, hints };
}

let cache: Map<string, CorpusEvent> | undefined;

/** Every event of the corpus by id (read once). */
export function corpusEvents(): Map<string, CorpusEvent> {
  if (!cache) {
    if (!existsSync(corpusPath)) throw new Error(`${corpusPath}: the news-events corpus is not there`);
    cache = new Map();
    for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const event = JSON.parse(line) as CorpusEvent;
      cache.set(event.event, event);
    }
  }
  return cache;
}

export function corpusEvent(id: string): CorpusEvent {
  const event = corpusEvents().get(id);
  if (!event) throw new Error(`${corpusPath}: no event ${id}`);
  return event;
}

/** The one definition of a corpus article's paragraphs, which gold positions index. */
export function paragraphsOf(article: CorpusArticle): string[] {
  return article.content_original.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== '');
}

// ---------------------------------------------------------------------------------------------
// Gold (see bench/gold/README.md)

/**
 * `tune`: rules may be tuned on it; `heldout`: scored and reported, never tuned on; `unseen`:
 * annotated blind (by someone who had not read the rules) and measured untouched: its totals are
 * printed, its misses never (`missesHidden`), so it stays an honest estimate for new stories.
 */
export type Split = 'tune' | 'heldout' | 'unseen';
export const SPLITS: readonly Split[] = ['tune', 'heldout', 'unseen'];

/**
 * Splits whose individual misses no debug, verbose or audit mode may print (only totals): a miss
 * read is a rule tuned. The quotes and money audits print tune only; furniture tune and held-out.
 */
export const missesHidden = (split: Split): boolean => split === 'unseen';
export type GoldKind = 'articles' | 'quotes' | 'money';

export interface GoldArticleMeta {
  id: string;
  outlet: string;
  nonBody: number[];
  headline: string | null;
}
export interface GoldQuote {
  p: number;
  start: number;
  end: number;
  speaker: string | null;
  kind: 'person' | 'organisation' | 'document' | 'group' | null;
  partial: boolean;
  scare: boolean;
}
export interface GoldMoney {
  p: number;
  start: number;
  end: number;
  amount: number | null;
  currency: string | null;
  period: 'total' | 'annual' | null;
  years: number | null;
  quantity: string;
  role:
    'total' | 'part' | 'annual' | 'per-unit' | 'threshold' | 'cumulative' | 'estimate' | 'earlier' | 'other';
  partOf: number | null;
  conversionOf: number | null;
}
export interface GoldArticlesFile {
  event: string;
  articles: GoldArticleMeta[];
}
export interface GoldQuotesFile {
  event: string;
  articles: { id: string; quotes: GoldQuote[] }[];
  statements: { members: [string, number][] }[];
}
export interface GoldMoneyFile {
  event: string;
  /** Relabels and why (e.g. money round 13's sharpened role definitions); not read by the scorer. */
  notes?: string[];
  articles: { id: string; figures: GoldMoney[] }[];
  quantities: { quantity: string; members: [string, number][]; conflict: boolean; why?: string }[];
}
interface GoldFiles {
  articles: GoldArticlesFile;
  quotes: GoldQuotesFile;
  money: GoldMoneyFile;
}

export interface EventSelection {
  quotes: Record<Split, string[]>;
  money: Record<Split, string[]>;
}

export function eventSelection(): EventSelection {
  return JSON.parse(readFileSync(join(goldDir, 'events.json'), 'utf8')) as EventSelection;
}

/** Which split an event belongs to for a kind of gold (articles gold follows the quotes selection). */
export function splitOf(kind: GoldKind, event: string): Split | undefined {
  const selection = eventSelection()[kind === 'money' ? 'money' : 'quotes'];
  return SPLITS.find((split) => selection[split].includes(event));
}

/** Every gold file of one kind that exists, with its event's split. */
export function goldFiles<K extends GoldKind>(
  kind: K,
): { split: Split | undefined; file: string; gold: GoldFiles[K] }[] {
  const dir = join(goldDir, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFiles[K];
      return { split: splitOf(kind, gold.event), file, gold };
    });
}
