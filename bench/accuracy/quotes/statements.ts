/**
 * bench:accuracy quotes: statement grouping scored as pairs of matched quotes from different
 * articles (gold `statements`: the same statement quoted by two or more articles; an article
 * repeating its own quote is not one), with the tune split's misses and false pairs explained.
 *
 * In:  one event's gold statements, the analysed articles, the gold <-> predicted quote mapping
 *      (keys "articleId#index") and the gold quotes' words (for the debug lines).
 * Out: the event's counts added to a StatementTally; with `show`, each missed or false pair on
 *      stderr with both quotes' similarity, the threshold, the speakers and their group-mates.
 */
import {
  groupQuotes,
  quoteItem,
  quoteSimilarity,
  threshold,
} from '../../../src/pipeline/compare/quotes/index.ts';
import type { Article } from '../../../src/lib/model.ts';
import type { GoldQuotesFile } from '../corpus.ts';

export interface StatementTally {
  /** Predicted pairs (matched quotes of different articles in one predicted group). */
  predictedPairs: number;
  /** ...of which the gold puts in one statement. */
  truePairs: number;
  goldPairs: number;
  /** Gold pairs whose two quotes were found and grouped together. */
  goldFound: number;
}

export const emptyStatementTally = (): StatementTally => ({
  predictedPairs: 0,
  truePairs: 0,
  goldPairs: 0,
  goldFound: 0,
});

export interface StatementInput {
  event: string;
  statements: GoldQuotesFile['statements'];
  articles: Article[];
  goldToPredicted: Map<string, string>;
  predictedToGold: Map<string, string>;
  goldText: Map<string, string>;
}

const articleOf = (key: string): string => key.slice(0, key.indexOf('#'));

/** Adds one event's statement pairs to `t` (see the header). */
export function scoreStatements(input: StatementInput, t: StatementTally, show: boolean): void {
  const { event, statements, articles, goldToPredicted, predictedToGold, goldText } = input;
  // Statement grouping, as pairs of matched quotes.
  // A quote may be in several gold statements (a two-sentence quote, each sentence quoted apart
  // elsewhere): a pair is right when they share one.
  const goldStatements = new Map<string, Set<number>>();
  statements.forEach((s, si) =>
    s.members.forEach(([id, qi]) => {
      const key = `${id}#${qi}`;
      goldStatements.set(key, (goldStatements.get(key) ?? new Set()).add(si));
    }),
  );
  const said = (key: string): string => `"${goldText.get(key)?.slice(0, 400) ?? ''}"`;
  const sameGold = (a: string, b: string): boolean =>
    [...(goldStatements.get(a) ?? [])].some((si) => goldStatements.get(b)?.has(si));
  const groups = groupQuotes(articles);
  /** For a missed pair: the two predicted quotes' similarity, the threshold and the speakers. */
  const whyApart = (a: string, b: string): string => {
    const item = (key: string) => {
      const ai = articles.findIndex((x) => x.id === articleOf(key));
      const qi = Number(key.slice(key.indexOf('#') + 1));
      const q = articles[ai]!.quotes[qi]!;
      return quoteItem(ai, qi, q.text, q.speaker, q.speakerKind);
    };
    const x = item(a);
    const y = item(b);
    const others = (key: string): string =>
      groups[predictedGroup.get(key)!]!.members.map((m) => `${m.article}#${m.quote}`)
        .filter((k) => k !== key)
        .map((k) => {
          const o = item(k);
          return `\n        with ${k} (${o.speaker}, ${quoteSimilarity(item(key), o).toFixed(2)}) "${o.text.slice(0, 120)}"`;
        })
        .join('');
    return `similarity ${quoteSimilarity(x, y).toFixed(2)} of ${threshold(x, y)}, speakers ${x.speaker}${x.speaker && !x.personal ? ' (not a person)' : ''} / ${y.speaker}${y.speaker && !y.personal ? ' (not a person)' : ''}\n      predicted "${x.text.slice(0, 300)}"\n      predicted "${y.text.slice(0, 300)}"${others(a)}${others(b)}`;
  };
  const predictedGroup = new Map<string, number>();
  groups.forEach((g, gi) => g.members.forEach((m) => predictedGroup.set(`${m.article}#${m.quote}`, gi)));
  for (const group of groups) {
    const golds = group.members
      .map((m) => predictedToGold.get(`${m.article}#${m.quote}`))
      .filter((x): x is string => x !== undefined);
    for (let i = 0; i < golds.length; i++)
      for (let j = i + 1; j < golds.length; j++) {
        if (articleOf(golds[i]!) === articleOf(golds[j]!)) continue;
        t.predictedPairs++;
        if (sameGold(golds[i]!, golds[j]!)) t.truePairs++;
        else if (show)
          console.error(
            `  ≠ grouped apart in gold: ${golds[i]} ~ ${golds[j]}\n      ${said(golds[i]!)}\n      ${said(golds[j]!)}\n      (${whyApart(goldToPredicted.get(golds[i]!)!, goldToPredicted.get(golds[j]!)!)})`,
          );
      }
  }
  for (const s of statements) {
    const keys = s.members.map(([id, qi]) => `${id}#${qi}`);
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        if (articleOf(keys[i]!) === articleOf(keys[j]!)) continue;
        t.goldPairs++;
        const a = goldToPredicted.get(keys[i]!);
        const b = goldToPredicted.get(keys[j]!);
        // A matched scare quote that joined no group (quotes.ts maps those too) is in no pair.
        const grouped = a !== undefined && b !== undefined && predictedGroup.has(a) && predictedGroup.has(b);
        if (grouped && predictedGroup.get(a) === predictedGroup.get(b)) t.goldFound++;
        else if (show)
          console.error(
            `  ≈ not grouped (${event}): ${keys[i]} ~ ${keys[j]}${grouped ? ` (predicted ${a} in a group of ${groups[predictedGroup.get(a)!]!.members.length}, ${b} of ${groups[predictedGroup.get(b)!]!.members.length}; ${whyApart(a, b)})` : a && b ? ' (a scare quote in no group)' : ' (quote missed)'}\n      ${said(keys[i]!)}\n      ${said(keys[j]!)}`,
          );
      }
  }
}
