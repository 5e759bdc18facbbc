/**
 * bench/quote-mix: a precision stress test for statement grouping that needs no gold. Every event of
 * ../shared/corpora/news-events is a different story, so two quotes from different events grouped
 * as one statement are a false pair (unless one person said the very same words at two events:
 * such pairs are printed to be judged by hand).
 *
 * Usage: node bench/quote-mix.ts [--topic <prefix>] [--verbose] [--cache <file.json>]
 * In:  every corpus event (or those whose id starts with --topic), each article analysed as a pasted
 *      text; --cache keeps the analysed articles in a file outside the repository for reruns (they
 *      hold corpus text: never commit it).
 * Out: one story of all those articles grouped by compare/quotes; the count of groups and pairs that
 *      mix events, split into pairs across topics (different stories: false) and between events of
 *      one topic (often one story on two days: judge by hand), and the within-event pairs for scale;
 *      --verbose lists each mixed group. Prints only.
 */
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { groupQuotes } from '../src/pipeline/compare/quotes/index.ts';
import { blankArticle, type Article } from '../src/lib/model.ts';
import { corpusDocument, corpusEvents } from './accuracy/corpus.ts';

const { values } = parseArgs({
  options: { topic: { type: 'string' }, verbose: { type: 'boolean' }, cache: { type: 'string' } },
});

/** Every selected event's articles, analysed (or read back from --cache). */
function analysed(): Array<{ event: string; article: Article }> {
  if (values.cache && existsSync(values.cache))
    return (
      JSON.parse(readFileSync(values.cache, 'utf8')) as Array<{ event: string; article: Article }>
    ).filter(({ event }) => !values.topic || event.startsWith(values.topic));
  const out: Array<{ event: string; article: Article }> = [];
  for (const event of corpusEvents().values()) {
    if (values.topic && !event.event.startsWith(values.topic)) continue;
    for (const source of event.articles) {
      const doc = analyseDocument(corpusDocument(source));
      // One article can sit in two events of the corpus: the event is part of its id here.
      const id = `${event.event}/${source.ID}`;
      out.push({ event: event.event, article: doc ? { ...doc, id } : blankArticle({ id, source: id }) });
    }
  }
  if (values.cache) {
    writeFileSync(`${values.cache}.tmp`, JSON.stringify(out));
    renameSync(`${values.cache}.tmp`, values.cache);
  }
  return out;
}

const all = analysed();
const eventOf = new Map(all.map(({ event, article }) => [article.id, event]));
const articles = all.map(({ article }) => article);
const groups = groupQuotes(articles);
const quoteOf = new Map(articles.map((a) => [a.id, a.quotes]));

// Events of one topic can be one story told on two days (the same statement quoted in both is
// right); events of different topics are different stories, so their shared groups are wrong.
const topic = (event: string) => event.replace(/-\d.*$/u, '');
let within = 0;
let cross = 0;
let crossTopic = 0;
let mixedGroups = 0;
for (const group of groups) {
  const members = group.members;
  let mixed = false;
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i]!, members[j]!];
      if (a.article === b.article) continue;
      if (eventOf.get(a.article) === eventOf.get(b.article)) within++;
      else {
        cross++;
        if (topic(eventOf.get(a.article)!) !== topic(eventOf.get(b.article)!)) crossTopic++;
        mixed = true;
      }
    }
  if (!mixed) continue;
  mixedGroups++;
  if (values.verbose) {
    console.log(`mixed group ${group.id} (${members.length} members):`);
    for (const m of members) {
      const q = quoteOf.get(m.article)![m.quote]!;
      console.log(`  ${eventOf.get(m.article)} ${m.relation} (${q.speaker}) "${q.text.slice(0, 160)}"`);
    }
  }
}
console.log(
  `${eventOf.size} articles of ${new Set(eventOf.values()).size} events, ${articles.reduce((n, a) => n + a.quotes.length, 0)} quotes, ` +
    `${groups.length} groups: ${within} within-event pairs, ${cross} cross-event pairs in ${mixedGroups} groups ` +
    `(${crossTopic} across topics, ${cross - crossTopic} between events of one topic)`,
);
