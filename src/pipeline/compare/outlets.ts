/**
 * compare/outlets: articles + the story's groups and entities -> one OutletProfile per article.
 *
 * In:  articles; quote groups, figure groups (ids + members); entity analysis; naming choices.
 * Out: OutletProfile[] in article order: outlet name, headline, lede, word count, the coverage
 *      matrix row (which figure/quote groups and key entities it reports; the rest it omits),
 *      attribution verbs, naming choices, agencies cited, machine-translation flag, and distinctive
 *      words (weighted log-odds, this outlet's articles vs the rest of the story).
 */
import type { Article, FigureGroup, OutletProfile, QuoteGroup } from '../../lib/model.ts';
import type { EntityAnalysis } from './entities.ts';
import { countWords, distinctiveWords, sumCounts } from './logOdds.ts';
import { increment } from './text.ts';
import { outletName } from '../../lib/outlet.ts';

/** Reporting verbs looked for in the text, besides the verbs the quote extractor attached. */
export const REPORTING_VERBS = [
  'said',
  'says',
  'stated',
  'states',
  'claimed',
  'claims',
  'stressed',
  'stresses',
  'argued',
  'argues',
  'insisted',
  'insists',
  'admitted',
  'admits',
  'warned',
  'warns',
  'explained',
  'explains',
  'added',
  'adds',
  'noted',
  'notes',
  'told',
  'tells',
  'emphasized',
  'emphasised',
  'emphasizes',
  'emphasises',
  'asserted',
  'asserts',
  'declared',
  'declares',
  'conceded',
  'concedes',
  'acknowledged',
  'acknowledges',
];
// Case-sensitive on purpose: "States" in "United States" is not a verb.
const VERB_PATTERN = new RegExp(`(?<![\\p{L}])(?:${REPORTING_VERBS.join('|')})(?![\\p{L}])`, 'gu');
// Someone who can say something: a capitalised word, a pronoun, or a quotation mark next to the verb.
const SPEAKER_NEAR = /(?:\p{Lu}[\p{L}'’-]+|\b(?:he|she|they|it|who)\b|["“”«»])/u;

/** Attribution verbs: max of (verbs on the article's quotes, verbs near a speaker in the text), per verb. */
export function attributionVerbs(article: Article): Record<string, number> {
  const fromQuotes = new Map<string, number>();
  for (const quote of article.quotes) if (quote.verb) increment(fromQuotes, quote.verb.toLowerCase());
  const fromText = new Map<string, number>();
  for (const paragraph of article.paragraphs) {
    for (const match of paragraph.matchAll(VERB_PATTERN)) {
      const before = paragraph.slice(Math.max(0, match.index - 40), match.index);
      const after = paragraph.slice(match.index + match[0].length, match.index + match[0].length + 40);
      // Look only at the nearest few words each side.
      const near = `${before.split(/\s+/).slice(-4).join(' ')} ${after.split(/\s+/).slice(0, 4).join(' ')}`;
      if (SPEAKER_NEAR.test(near)) increment(fromText, match[0].toLowerCase());
    }
  }
  const verbs: Record<string, number> = {};
  for (const verb of [...new Set([...fromQuotes.keys(), ...fromText.keys()])].sort()) {
    verbs[verb] = Math.max(fromQuotes.get(verb) ?? 0, fromText.get(verb) ?? 0);
  }
  return verbs;
}

export function countWordsIn(article: Article): number {
  let n = 0;
  for (const p of article.paragraphs) n += p.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return n;
}

/** The group ids each article reports. */
function membership(
  groups: Array<{ id: string; members: Array<{ article: string }> }>,
): Map<string, Set<string>> {
  const byArticle = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const member of group.members) {
      const set = byArticle.get(member.article) ?? new Set<string>();
      byArticle.set(member.article, set);
      set.add(group.id);
    }
  }
  return byArticle;
}

export function outletProfiles(
  articles: Article[],
  quoteGroups: QuoteGroup[],
  figureGroups: FigureGroup[],
  entities: EntityAnalysis,
  naming: Array<OutletProfile['naming']>,
): OutletProfile[] {
  const quotes = membership(quoteGroups);
  const figures = membership(figureGroups);
  // Group order (already most reported first) is kept in the lists.
  const quoteOrder = new Map(quoteGroups.map((g, i) => [g.id, i]));
  const figureOrder = new Map(figureGroups.map((g, i) => [g.id, i]));
  const entityNames = entities.entities.map((e) => e.name);

  // Distinctive words: per outlet (an outlet's articles together) vs the rest of the story. The
  // prior is the story's word distribution weighted like one average article (α0 = mean article
  // length): the raw story counts (α0 = n) would swamp a single outlet in a large story and leave
  // almost nothing significant in a small one.
  const story = new Map<string, number>();
  const byOutlet = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const outlet = outletName(article);
    const counts = byOutlet.get(outlet) ?? new Map<string, number>();
    byOutlet.set(outlet, counts);
    countWords(article.paragraphs, counts);
  }
  for (const counts of byOutlet.values()) for (const [w, c] of counts) increment(story, w, c);
  const alpha0 = Math.max(1, sumCounts(story) / Math.max(1, articles.length));
  const distinctive = new Map<string, OutletProfile['distinctiveWords']>();
  for (const [outlet, counts] of byOutlet) {
    // With a single outlet there is no "rest" to be distinctive against.
    distinctive.set(outlet, byOutlet.size > 1 ? distinctiveWords(counts, story, { alpha0 }) : []);
  }

  const inOrder = (reported: Set<string> | undefined, order: Map<string, number>): string[] =>
    [...(reported ?? [])].sort((a, b) => order.get(a)! - order.get(b)!);

  return articles.map((article, a) => {
    const outlet = outletName(article);
    const mentioned = entities.perArticle[a]!;
    return {
      article: article.id,
      outlet,
      headline: article.headline,
      lede: article.paragraphs[0] ?? article.standfirst ?? '',
      wordCount: countWordsIn(article),
      reports: {
        figureGroups: inOrder(figures.get(article.id), figureOrder),
        quoteGroups: inOrder(quotes.get(article.id), quoteOrder),
        entities: entityNames.filter((name) => mentioned.has(name)),
      },
      verbs: attributionVerbs(article),
      naming: naming[a] ?? [],
      agencies: [...new Set(article.agencies)],
      machineTranslated: article.machineTranslated,
      distinctiveWords: distinctive.get(outlet) ?? [],
    };
  });
}
