/**
 * Turns a private annotation work file, where each quote or money figure is given by its exact
 * text, into position-only gold (bench/gold/README.md) — so no article text enters the repository.
 *
 * Work file (keep it outside the repository, e.g. /tmp/gold-work/<event>.quotes.json):
 *   { "event": "…", "kind": "quotes" | "money",
 *     "articles": [ { "id": "…", "items": [ { "text": "exact words", "p": 4?, "nth": 0?, …labels } ] } ],
 *     "statements"?: …, "quantities"?: … }
 * Each item's `text` is looked up in paragraph `p` when given, else in the whole article (it must
 * then occur in exactly one paragraph, or `nth` picks the n-th occurrence). Every other key of the
 * item is copied as a label. The gold file is written to bench/gold/<kind>/<event>.json.
 * Usage: node bench/gold/locate.ts <work-file.json> [...]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusEvent, goldDir, paragraphsOf } from '../accuracy/corpus.ts';

interface WorkItem {
  text: string;
  p?: number;
  nth?: number;
  [label: string]: unknown;
}
interface WorkFile {
  event: string;
  kind: 'quotes' | 'money';
  articles: { id: string; items: WorkItem[] }[];
  [rest: string]: unknown;
}

function locate(
  paragraphs: string[],
  item: WorkItem,
  where: string,
): { p: number; start: number; end: number } {
  const hits: { p: number; start: number }[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (item.p !== undefined && item.p !== p) return;
    for (let at = paragraph.indexOf(item.text); at >= 0; at = paragraph.indexOf(item.text, at + 1)) {
      hits.push({ p, start: at });
    }
  });
  if (hits.length === 0)
    throw new Error(`${where}: text not found: ${JSON.stringify(item.text.slice(0, 60))}`);
  const nth = item.nth ?? 0;
  if (hits.length > 1 && item.nth === undefined)
    throw new Error(
      `${where}: text found ${hits.length} times, give "p" or "nth": ${JSON.stringify(item.text.slice(0, 60))}`,
    );
  const hit = hits[nth];
  if (!hit) throw new Error(`${where}: no occurrence number ${nth}`);
  return { p: hit.p, start: hit.start, end: hit.start + item.text.length };
}

for (const path of process.argv.slice(2)) {
  const work = JSON.parse(readFileSync(path, 'utf8')) as WorkFile;
  const event = corpusEvent(work.event);
  const articles = work.articles.map(({ id, items }) => {
    const article = event.articles.find((candidate) => candidate.ID === id);
    if (!article) throw new Error(`${path}: event ${work.event} has no article ${id}`);
    const paragraphs = paragraphsOf(article);
    const located = items.map((item, index) => {
      const { text: _text, p: _p, nth: _nth, ...labels } = item;
      return { ...locate(paragraphs, item, `${path}: ${id} item ${index}`), ...labels };
    });
    return { id, [work.kind === 'quotes' ? 'quotes' : 'figures']: located };
  });
  const { event: eventId, kind, articles: _articles, ...rest } = work;
  const out = join(goldDir, kind, `${eventId}.json`);
  mkdirSync(join(goldDir, kind), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ event: eventId, articles, ...rest }, null, 1)}\n`);
  console.log(
    `${out}: ${articles.reduce((sum, a) => sum + (Object.values(a)[1] as unknown[]).length, 0)} items`,
  );
}
