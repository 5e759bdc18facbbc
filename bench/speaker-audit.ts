/**
 * bench/speaker-audit: the precision audit of speaker rules outside the hand gold. Dumps every
 * quote's speaker on the corpus articles of events in no list of bench/gold/events.json (quotes
 * and money, so no tune, held-out or unseen event), then diffs two dumps for hand judging.
 *
 *   npx node bench/speaker-audit.ts --out /tmp/before.jsonl        (run before a rule)
 *   npx node bench/speaker-audit.ts --out /tmp/after.jsonl         (run after it)
 *   npx node bench/speaker-audit.ts --diff /tmp/before.jsonl /tmp/after.jsonl
 *
 * In:  ../shared/corpora/news-events (NEWS_EVENTS_CORPUS), through the real pipeline
 *      (analyseDocument) and extract/quotes attributeQuotes (for the attribution path).
 * Out: --out writes one JSON line per quote (article, paragraph, span, path, tag subject, speaker,
 *      scare) and
 *      prints counts (quotes, not scare, blank); --diff prints every quote whose speaker, scare
 *      label or presence changed, with its path and its paragraph and the one before, for reading
 *      (corpus text goes to stdout only, never into the repository), and the counts by change.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { attributeQuotes } from '../src/pipeline/extract/quotes.ts';
import { corpusDocument, corpusEvents, eventSelection } from './accuracy/corpus.ts';

interface Row {
  article: string;
  paragraph: number;
  start: number;
  end: number;
  path: string;
  /** The tag's subject phrase as written ("" without a tag). */
  subject: string;
  speaker: string | null;
  scare: boolean;
}

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, diff: { type: 'boolean' } },
  allowPositionals: true,
});

const annotated = new Set(
  Object.values(eventSelection()).flatMap((splits) =>
    Object.values(splits as Record<string, string[]>).flat(),
  ),
);
const events = [...corpusEvents().values()].filter((e) => !annotated.has(e.event));

function dump(out: string): void {
  const rows: Row[] = [];
  for (const event of events)
    for (const source of event.articles) {
      const article = analyseDocument(corpusDocument(source));
      if (!article) continue;
      for (const a of attributeQuotes(article.paragraphs, article))
        rows.push({
          article: source.ID,
          paragraph: a.quote.paragraph,
          start: a.quote.start,
          end: a.quote.end,
          path: a.path,
          subject: a.subject,
          speaker: a.quote.speaker,
          scare: a.quote.scare,
        });
    }
  writeFileSync(`${out}.tmp`, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  renameSync(`${out}.tmp`, out);
  const spoken = rows.filter((r) => !r.scare);
  const articles = new Set(rows.map((r) => r.article)).size;
  console.log(
    `${events.length} events, ${articles} articles with quotes: ${rows.length} quotes, ${spoken.length} not scare, ` +
      `${spoken.filter((r) => !r.speaker).length} of those blank`,
  );
}

const read = (file: string): Map<string, Row> =>
  new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Row)
      .map((r) => [`${r.article}#${r.paragraph}#${r.start}`, r]),
  );

function diff(beforeFile: string, afterFile: string): void {
  const before = read(beforeFile);
  const after = read(afterFile);
  const sources = new Map(events.flatMap((e) => e.articles.map((a) => [a.ID, a])));
  const paragraphsOf = new Map<string, string[]>();
  const paragraphs = (id: string): string[] => {
    if (!paragraphsOf.has(id))
      paragraphsOf.set(id, analyseDocument(corpusDocument(sources.get(id)!))!.paragraphs);
    return paragraphsOf.get(id)!;
  };
  const label = (r: Row | undefined): string =>
    !r ? '(no quote)' : r.scare ? `scare${r.speaker ? ` (${r.speaker})` : ''}` : (r.speaker ?? 'null');
  const counts = new Map<string, number>();
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  let n = 0;
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    if (label(b) === label(a)) continue;
    n++;
    const kind = `${!b ? 'new' : b.scare ? 'scare' : b.speaker ? 'named' : 'blank'} → ${!a ? 'gone' : a.scare ? 'scare' : a.speaker ? 'named' : 'blank'}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const r = (a ?? b)!;
    const text = paragraphs(r.article);
    const here = text[r.paragraph] ?? '';
    const marked = `${here.slice(0, r.start)}[[${here.slice(r.start, r.end)}]]${here.slice(r.end)}`;
    console.log(
      `${n}. ${r.article} p${r.paragraph} ${label(b)} → ${label(a)}  [${b?.path ?? '-'} → ${a?.path ?? '-'}]`,
    );
    if (r.paragraph > 0)
      console.log(`   before: ${text[r.paragraph - 1]!.replace(/\s+/gu, ' ').slice(-400)}`);
    console.log(`   here:   ${marked.replace(/\s+/gu, ' ').slice(0, 700)}\n`);
  }
  console.log(`${n} changed: ${[...counts].map(([k, v]) => `${v} ${k}`).join(', ')}`);
}

if (values.diff) {
  if (positionals.length !== 2) {
    console.error('speaker-audit --diff: expected two dump files (before, after)');
    process.exit(2);
  }
  diff(positionals[0]!, positionals[1]!);
} else if (values.out) dump(values.out);
else {
  console.error('speaker-audit: give --out FILE to dump, or --diff BEFORE AFTER');
  process.exit(2);
}
