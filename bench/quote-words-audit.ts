/**
 * bench/quote-words-audit: the scare-quoted words compare/quotes/words.ts joins to a statement
 * group, listed for hand judging on corpus events that have no quote gold.
 *
 * Usage: node bench/quote-words-audit.ts [--events N] [--from K] [--event ID]
 * In:  ../shared/corpora/news-events (events not in bench/gold/events.json; or one --event).
 * Out: on stdout, per event, each join: the scare quote, its outlet and speaker, and the group's
 *      speaker and reference text, the scare quote in its paragraph and the member(s) holding its
 *      words; then the scare quotes left out. Printed for reading (corpus text), never stored.
 */
import { parseArgs } from 'node:util';
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { groupQuotes } from '../src/pipeline/compare/quotes/index.ts';
import { words } from '../src/pipeline/compare/text.ts';
import { blankArticle, type Article } from '../src/lib/model.ts';
import { corpusDocument, corpusEvents, eventSelection } from './accuracy/corpus.ts';

const { values } = parseArgs({
  options: { events: { type: 'string' }, from: { type: 'string' }, event: { type: 'string' } },
});
const selection = eventSelection().quotes;
const annotated = new Set([...selection.tune, ...selection.heldout, ...selection.unseen]);
const all = [...corpusEvents().values()];
const events = values.event
  ? all.filter((e) => e.event === values.event)
  : all
      .filter((e) => !annotated.has(e.event) && e.articles.length >= 3)
      .slice(Number(values.from ?? 0), Number(values.from ?? 0) + Number(values.events ?? 20));

let joins = 0;
for (const event of events) {
  const articles: Article[] = event.articles.map((source) => {
    const analysed = analyseDocument(corpusDocument(source));
    return analysed ? { ...analysed, id: source.ID } : blankArticle({ id: source.ID, source: source.ID });
  });
  const outlet = new Map(event.articles.map((a) => [a.ID, a.source]));
  const groups = groupQuotes(articles);
  const lines: string[] = [];
  for (const group of groups)
    for (const m of group.members) {
      if (m.relation !== 'word') continue;
      const article = articles.find((a) => a.id === m.article)!;
      const q = article.quotes[m.quote]!;
      const paragraph = article.paragraphs[q.paragraph] ?? '';
      const around = `${paragraph.slice(Math.max(0, q.start - 120), q.start)}[${q.text}]${paragraph.slice(q.end, q.end + 60)}`;
      const hosts = group.members
        .filter((h) => h.relation !== 'word')
        .map((h) => articles.find((a) => a.id === h.article)!.quotes[h.quote]!)
        .filter((h) => words(h.text).join(' ').includes(words(q.text).join(' ')));
      joins++;
      lines.push(
        `  "${q.text}" (${outlet.get(m.article)}, speaker ${q.speaker}) -> ${group.speaker}: "${group.text.slice(0, 160)}"` +
          `\n      where: …${around.replace(/\s+/gu, ' ')}…` +
          hosts.map((h) => `\n      host (${h.speaker}): "${h.text.slice(0, 200)}"`).join(''),
      );
    }
  const joined = new Set(groups.flatMap((g) => g.members.map((m) => `${m.article}#${m.quote}`)));
  const left = articles.flatMap((a) =>
    a.quotes.flatMap((q, qi) => (q.scare && !joined.has(`${a.id}#${qi}`) ? [`"${q.text}"`] : [])),
  );
  console.log(`${event.event} (${event.articles.length} articles): ${lines.length} joins`);
  if (lines.length) console.log(lines.join('\n'));
  if (left.length) console.log(`  scare quotes left out: ${left.join(', ')}`);
}
console.log(`${events.length} events, ${joins} joins`);
