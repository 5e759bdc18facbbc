/**
 * npm run bench:furniture-corpus — how many of the real corpus's paragraphs the body-furniture rules
 * would remove (../shared/corpora/news-events: 714 articles). A rule that removes a real paragraph is
 * a defect unless the paragraph is itself a page leftover. Two passes: each article's paragraphs through
 * `paragraphFurniture` (the shared paragraph rules), and every article as clean text (headline, blank
 * line, its paragraphs) through `normalizeText` (the line and block rules as well): a paragraph of
 * the article that is not among the kept paragraphs or subheads counts as removed.
 * Usage: node bench/furniture-corpus.ts [--list]  (--list prints each removal: id, index, reason, text)
 * Out: counts per reason; no article text is written anywhere but stdout.
 */
import { parseArgs } from 'node:util';
import { paragraphFurniture } from '../src/pipeline/normalize/furniture.ts';
import { normalizeText } from '../src/pipeline/normalize/text/index.ts';
import { corpusEvents, paragraphsOf } from './accuracy/corpus.ts';

const { values } = parseArgs({ options: { list: { type: 'boolean' } } });
const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
const alone = new Map<string, number>();
const whole = new Map<string, number>();
let paragraphs = 0;
let articles = 0;
const list: string[] = [];
for (const event of corpusEvents().values())
  for (const article of event.articles) {
    articles++;
    const own = paragraphsOf(article).map((p) => p.trim());
    paragraphs += own.length;
    const shared = paragraphFurniture(own);
    const why = new Map(shared.removed.map((r) => [r.text, r.reason]));
    own.forEach((text, i) => {
      const reason = why.get(text);
      if (!reason) return;
      alone.set(reason, (alone.get(reason) ?? 0) + 1);
      list.push(`shared ${article.ID} ${i} ${reason} ${squash(text).slice(0, 160)}`);
    });
    const result = normalizeText(`${article.title.trim()}\n\n${article.content_original}`);
    const kept = new Set([...result.paragraphs, ...result.subheads].map(squash));
    const removed = new Map(
      result.removed.flatMap((r) => r.text.split('\n').map((t) => [squash(t), r.reason])),
    );
    own.forEach((text, i) => {
      const key = squash(text);
      if (kept.has(key) || key === squash(article.title)) return;
      const reason =
        removed.get(key) ?? removed.get(squash(text.split('\n')[0] ?? '')) ?? '(merged or split)';
      whole.set(reason, (whole.get(reason) ?? 0) + 1);
      list.push(`text ${article.ID} ${i} ${reason} ${key.slice(0, 160)}`);
    });
  }
const counts = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ') || 'none';
if (values.list) for (const line of list) console.log(line);
console.log(`${articles} articles, ${paragraphs} paragraphs`);
console.log(
  `paragraphFurniture, each article's paragraphs: ${[...alone.values()].reduce((a, b) => a + b, 0)} removed (${counts(alone)})`,
);
console.log(
  `normalizeText, each article as clean text: ${[...whole.values()].reduce((a, b) => a + b, 0)} not kept (${counts(whole)})`,
);
