/**
 * compare/outlets: articles + the story's groups and entities -> one OutletProfile per article.
 *
 * In:  articles; quote groups, figure groups (ids + members); entity analysis; naming choices.
 * Out: OutletProfile[] in article order: outlet name, headline, lede, word count, the coverage
 *      matrix row (which figure/quote groups and key entities it reports; the rest it omits; a
 *      quote group it only echoes a scare-quoted word of is not one it reports),
 *      attribution verbs, naming choices, agencies cited, machine-translation flag, and distinctive
 *      words (weighted log-odds, this outlet's articles vs the rest of the story).
 */
import {
  statementMembers,
  type Article,
  type FigureGroup,
  type OutletProfile,
  type QuoteGroup,
} from '../../lib/model.ts';
import type { EntityAnalysis } from './entities.ts';
import type { ArticleFeatures } from './features.ts';
import type { WeightedWord } from './log-odds.ts';
import { OUTLET_TERMS_VERSION, distinctiveByOutlet, outletTerms, type OutletTerms } from './outlet-terms.ts';
import { outletSummary, paragraphMentioning } from './summary.ts';
import { headlineWordsByArticle } from './headline-words.ts';
import { increment, words } from './text.ts';
import { loadedVerb } from './verbs.ts';
import { NO_MEMO, type CompareMemo } from './memo.ts';
import { outletName } from '../../lib/outlet.ts';
import { selfCredits } from '../normalize/text/sources.ts';

/**
 * Attribution verbs of the article's direct quotes (scare quotes are words, not statements), per
 * verb. Indirect speech ("he said the aid would come") is not counted: the page compares how each
 * outlet introduces the words it puts in quotation marks.
 */
export function attributionVerbs(article: Article): Record<string, number> {
  const counts = new Map<string, number>();
  for (const quote of article.quotes)
    if (quote.verb && !quote.scare) increment(counts, quote.verb.toLowerCase());
  const verbs: Record<string, number> = {};
  for (const verb of [...counts.keys()].sort()) verbs[verb] = counts.get(verb)!;
  return verbs;
}

/** Loaded verbs among an article's attribution verbs -> why. */
function loadedVerbs(verbs: Record<string, number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const verb of Object.keys(verbs)) {
    const why = loadedVerb(verb);
    if (why) out[verb] = why;
  }
  return out;
}

/** Whom an article quotes directly, most quoted first (ties: quoted first). */
export function speakers(article: Article): OutletProfile['speakers'] {
  const bySpeaker = new Map<string, { speaker: string; count: number; paragraph: number }>();
  for (const quote of article.quotes) {
    if (!quote.speaker || quote.scare) continue;
    const entry = bySpeaker.get(quote.speaker) ?? {
      speaker: quote.speaker,
      count: 0,
      paragraph: quote.paragraph,
    };
    bySpeaker.set(quote.speaker, entry);
    entry.count += 1;
  }
  return [...bySpeaker.values()].sort((a, b) => b.count - a.count || a.paragraph - b.paragraph);
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

/**
 * One OutletProfile per article, in the articles' order: what it covers, whom it quotes, how it
 * words and names things.
 */
export function outletProfiles(
  articles: Article[],
  quoteGroups: QuoteGroup[],
  figureGroups: FigureGroup[],
  entities: EntityAnalysis,
  naming: Array<OutletProfile['naming']>,
  /** Per article (features.ts): its term counts, folded paragraphs and word count. */
  features: ReadonlyArray<Pick<ArticleFeatures, 'terms' | 'counts' | 'folded' | 'wordCount'>>,
  /** Remembers each outlet's term counts for its unchanged articles (memo.ts). */
  memo: CompareMemo = NO_MEMO,
): OutletProfile[] {
  // A scare-quoted word is not the statement: an article that only echoes it does not report the group.
  const quotes = membership(quoteGroups.map((group) => ({ id: group.id, members: statementMembers(group) })));
  const figures = membership(figureGroups);
  // Group order (already most reported first) is kept in the lists.
  const quoteOrder = new Map(quoteGroups.map((g, i) => [g.id, i]));
  const figureOrder = new Map(figureGroups.map((g, i) => [g.id, i]));
  const entityNames = entities.entities.map((e) => e.name);

  // Distinctive words and two-word phrases: per outlet (an outlet's articles together) vs the rest
  // of the story (distinctiveByOutlet below).
  const byOutlet = new Map<string, number[]>();
  articles.forEach((article, a) => {
    const outlet = outletName(article);
    const members = byOutlet.get(outlet) ?? [];
    byOutlet.set(outlet, members);
    members.push(a);
  });
  const distinctive = new Map<string, WeightedWord[]>();
  // With a single outlet there is no "rest" to be distinctive against.
  if (byOutlet.size > 1) {
    const remember = memo.group<OutletTerms>('outlet-terms', OUTLET_TERMS_VERSION);
    const terms = new Map<string, OutletTerms>();
    for (const [outlet, members] of byOutlet)
      terms.set(
        outlet,
        remember(members, () => outletTerms(members, features)),
      );
    for (const [outlet, found] of distinctiveByOutlet(terms))
      distinctive.set(outlet, withoutCoveredWords(found).slice(0, 10));
  }

  const inOrder = (reported: Set<string> | undefined, order: Map<string, number>): string[] =>
    [...(reported ?? [])].sort((a, b) => order.get(a)! - order.get(b)!);

  const headlines = headlineWordsByArticle(articles, memo);
  // Per outlet, worked out once: the names it credits itself by, and where each article of it
  // first uses each of its distinctive words (a pure function of the article and the words, so the
  // memo keeps it for an unchanged article while its outlet's words stay the same).
  const credits = new Map<string, Set<string>>();
  const ownCredits = (outlet: string): Set<string> => {
    let own = credits.get(outlet);
    if (own === undefined) credits.set(outlet, (own = selfCredits(outlet)));
    return own;
  };
  const locators = new Map<
    string,
    (article: number, compute: () => Array<number | null>) => Array<number | null>
  >();
  const wordParagraphs = (outlet: string, listed: WeightedWord[]) => {
    let locate = locators.get(outlet);
    if (locate === undefined) {
      locate = memo.step<Array<number | null>>(
        'word-paragraphs',
        listed.map((w) => w.word),
      );
      locators.set(outlet, locate);
    }
    return locate;
  };
  // Where each article first mentions its own naming choices' spellings and the agencies it credits
  // (what its summary may point at): a pure function of the article and those texts, so the memo
  // keeps it per article; a text the kept answer lacks (its naming choices changed) is searched.
  const rememberMentions = memo.step<Record<string, number | null>>('mention-paragraphs', 1);
  return articles.map((article, a) => {
    const outlet = outletName(article);
    const mentioned = entities.perArticle[a]!;
    const verbs = attributionVerbs(article);
    const listed = distinctive.get(outlet) ?? [];
    const paragraphs = wordParagraphs(outlet, listed)(a, () => {
      // Read only here: a cached article's folded paragraphs are deserialized on first use.
      const folded = features[a]!.folded;
      // One search of the article's folded paragraphs joined, rather than one per paragraph.
      const joined = folded.length === article.paragraphs.length ? folded.join('\n') : null;
      return listed.map((w) =>
        joined === null ? firstParagraphWith(article, w.word, folded) : firstParagraphIn(joined, w.word),
      );
    });
    const profile: OutletProfile = {
      article: article.id,
      outlet,
      headline: article.headline,
      lede: article.paragraphs[0] ?? article.standfirst ?? '',
      wordCount: features[a]!.wordCount,
      reports: {
        figureGroups: inOrder(figures.get(article.id), figureOrder),
        quoteGroups: inOrder(quotes.get(article.id), quoteOrder),
        entities: entityNames.filter((name) => mentioned.has(name)),
      },
      verbs,
      naming: naming[a] ?? [],
      // An outlet's own name in its credits is its byline, not a source it cites.
      agencies: [...new Set(article.agencies)].filter((agency) => !ownCredits(outlet).has(agency)),
      machineTranslated: article.machineTranslated,
      distinctiveWords: listed.map((w, i) => ({ ...w, paragraph: paragraphs[i]! })),
      loadedVerbs: loadedVerbs(verbs),
      speakers: speakers(article),
      headlineWords: headlines[a]!,
      roleNames: [],
      summary: [],
    };
    const mentions = rememberMentions(a, () => {
      const texts = new Set([...profile.naming.map((c) => c.variant), ...profile.agencies]);
      return Object.fromEntries([...texts].map((text) => [text, paragraphMentioning(article, text)]));
    });
    profile.summary = outletSummary(article, profile, naming, a, (text) =>
      Object.hasOwn(mentions, text) ? (mentions[text] ?? null) : paragraphMentioning(article, text),
    );
    return profile;
  });
}

/**
 * A word listed only inside a listed phrase ("united" with "united states", same counts) says
 * nothing more: keep the phrase.
 */
function withoutCoveredWords(found: WeightedWord[]): WeightedWord[] {
  const phrases = found.filter((w) => w.word.includes(' '));
  return found.filter(
    (w) =>
      w.word.includes(' ') ||
      !phrases.some(
        (p) => p.count === w.count && p.others === w.others && p.word.split(' ').includes(w.word),
      ),
  );
}

/**
 * firstParagraphWith over an article's folded paragraphs joined by "\n": the same answer, since
 * neither a folded paragraph nor a term holds a line break, so a match never spans two paragraphs
 * and the first match is in the first paragraph that has one.
 */
function firstParagraphIn(joined: string, term: string): number | null {
  const at = joined.indexOf(` ${term} `);
  if (at < 0) return null;
  let paragraph = 0;
  for (let i = joined.indexOf('\n'); i !== -1 && i < at; i = joined.indexOf('\n', i + 1)) paragraph++;
  return paragraph;
}

/**
 * First paragraph whose folded words contain `term` (one word or a two-word phrase), or null.
 * `folded` caches each paragraph's folded words across the calls for one article.
 */
export function firstParagraphWith(
  article: Article,
  term: string,
  folded: Array<string | undefined> = [],
): number | null {
  const needle = ` ${term} `;
  const index = article.paragraphs.findIndex((p, i) =>
    (folded[i] ??= ` ${words(p).join(' ')} `).includes(needle),
  );
  return index < 0 ? null : index;
}
