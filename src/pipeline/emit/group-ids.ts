/**
 * emit/group-ids: quote and figure group ids that survive edits and re-ingest.
 *
 *   pinGroupIds(story, pinned, known?) -> { story with stable group ids, pins to store in the manifest }
 *
 * compare names a group from what it says (`q-<speaker>-<words>`, `f-<label>`), so fixing a speaker
 * or a figure's attributes would rename it and break every `<QuoteGroup id>`, `<Chart group>` and
 * note that uses it. What does not change under such edits is which statements a group holds: each
 * member's article and text (the quote's words; the figure's paragraph and words; for words an
 * article prints twice, which print). The manifest keeps, per group id, a short hash of each
 * member (scare-quoted `word` members aside: they are not the statement); on the next ingest a group that shares members with a pinned id gets that id back (the
 * one it shares most with), whatever compare now calls it.
 * Groups with no pinned match keep compare's id (made unique against the pinned ones).
 */
import { ASCII_LETTERS_ONLY, asciiTwin } from '../../lib/ascii-letters.ts';
import { statementMembers, type StoryData } from '../../lib/model.ts';
import { sha256, type StringMemo } from './files.ts';

/** group id -> hashes of its members (article + statement text). */
export type GroupPins = Record<string, string[]>;

// Text whose letters are ASCII (nearly every quote and figure; ASCII_LETTERS_ONLY also lets the
// curly quotes and dashes of news text through, which NFKC and lower-casing leave as non-letters)
// gets the same key without the slow Unicode steps.
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const NOT_ASCII_LETTER_OR_DIGIT = asciiTwin(NOT_LETTER_OR_DIGIT);
const fold = (text: string): string =>
  ASCII_LETTERS_ONLY.test(text)
    ? text.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, ' ').trim()
    : text.normalize('NFKC').toLowerCase().replace(NOT_LETTER_OR_DIGIT, ' ').trim();

const hash = (text: string): string => sha256(text).slice(0, 16);
const ITEM_KEY = /^[0-9a-f]{16}$/;

/**
 * One key per item of an article, by index: `base(item)` plus, for the second and later item with
 * the same base in that article, its occurrence number. An article that prints the same words twice
 * (a quote repeated further down, one attributed and one not) has two statements that may sit in
 * two groups; one shared key made each group look like the other's and swapped or suffixed their
 * ids on the next ingest. The first occurrence keeps the plain key, so pins written before stay.
 */
function itemKeys<T>(items: readonly T[], base: (item: T, index: number) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const key = base(item, index);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return hash(n === 0 ? key : `${key}\0${n}`);
  });
}

/**
 * What lets pinGroupIds reuse an article's item keys from the last run: per article (story order),
 * a key that differs whenever its data does (EmitOptions.articleKeys), and the memo.
 */
export interface KnownItemKeys {
  articleKeys: ReadonlyArray<string | undefined>;
  memo: StringMemo;
}

/** An article's quote and figure keys (itemKeys), in one string for the memo: 16 hex digits each. */
function articleItemKeys(article: StoryData['articles'][number]): { quotes: string[]; figures: string[] } {
  return {
    quotes: itemKeys(article.quotes, (quote) => `q\0${article.id}\0${fold(quote.text)}`),
    figures: itemKeys(
      article.figures,
      (figure) => `f\0${article.id}\0${figure.paragraph}\0${fold(figure.text)}`,
    ),
  };
}

/** articleItemKeys, from `known`'s memo when it has this article's key (a pure function of the article). */
function rememberedItemKeys(
  article: StoryData['articles'][number],
  key: string | undefined,
  memo: StringMemo | undefined,
): { quotes: string[]; figures: string[] } {
  if (key === undefined || memo === undefined) return articleItemKeys(article);
  const entry = `pin\0${key}`;
  const saved = memo.get(entry)?.split('|');
  // A saved list of another shape (a corrupt memo) is not used: the keys are hashed again.
  const split = (list: string): string[] =>
    list === '' ? [] : list.split(',').filter((item) => ITEM_KEY.test(item));
  if (saved?.length === 2) {
    const [quotes, figures] = [split(saved[0]!), split(saved[1]!)];
    if (quotes.length === article.quotes.length && figures.length === article.figures.length)
      return { quotes, figures };
  }
  const keys = articleItemKeys(article);
  memo.set(entry, `${keys.quotes.join(',')}|${keys.figures.join(',')}`);
  return keys;
}

/** Member keys of every group, by group index: what an edit of speakers, verbs or attributes keeps. */
function memberKeys(story: StoryData, known?: KnownItemKeys): { quotes: string[][]; figures: string[][] } {
  const quoteKeys = new Map<string, string[]>();
  const figureKeys = new Map<string, string[]>();
  story.articles.forEach((article, a) => {
    const keys = rememberedItemKeys(article, known?.articleKeys[a], known?.memo);
    quoteKeys.set(article.id, keys.quotes);
    figureKeys.set(article.id, keys.figures);
  });
  // A scare-quoted `word` member comes and goes with how outlets echo the statement, and one may
  // move from group to group: keyed, it could carry another group's id. The statements alone say
  // which group this is.
  const quotes = story.analysis.quoteGroups.map((group) =>
    statementMembers(group).map(
      (m) => quoteKeys.get(m.article)?.[m.quote] ?? hash(`q\0${m.article}\0${String(m.quote)}`),
    ),
  );
  const figures = story.analysis.figureGroups.map((group) =>
    group.members.map(
      (m) => figureKeys.get(m.article)?.[m.figure] ?? hash(`f\0${m.article}\0\0${String(m.figure)}`),
    ),
  );
  return { quotes, figures };
}

/** For each group (by index), the pinned id it takes back, or null: best overlap first, each id once. */
function match(keys: string[][], pinned: GroupPins, prefix: string): Array<string | null> {
  // A key may sit under several ids in a manifest written before keys were made unique.
  const owners = new Map<string, string[]>();
  for (const [id, members] of Object.entries(pinned)) {
    if (!id.startsWith(prefix)) continue;
    for (const key of new Set(members)) {
      const ids = owners.get(key);
      if (ids === undefined) owners.set(key, [id]);
      else ids.push(id);
    }
  }
  const pairs: Array<{ group: number; id: string; overlap: number }> = [];
  keys.forEach((members, group) => {
    // One member (most groups): each of its key's owners once (an id owns a key at most once).
    if (members.length === 1) {
      for (const id of owners.get(members[0]!) ?? []) pairs.push({ group, id, overlap: 1 });
      return;
    }
    const counts = new Map<string, number>();
    for (const key of members) {
      for (const id of owners.get(key) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, overlap] of counts) pairs.push({ group, id, overlap });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.group - b.group || a.id.localeCompare(b.id));
  const result: Array<string | null> = keys.map(() => null);
  const taken = new Set<string>();
  for (const { group, id } of pairs) {
    if (result[group] !== null || taken.has(id)) continue;
    result[group] = id;
    taken.add(id);
  }
  return result;
}

/** Assigns ids: pinned where a group matches, else compare's id made unique. */
function assign(generated: string[], pinnedIds: Array<string | null>, reserved: Set<string>): string[] {
  const used = new Set(pinnedIds.filter((id): id is string => id !== null));
  return generated.map((id, index) => {
    const pin = pinnedIds[index];
    if (pin) return pin;
    let candidate = id;
    for (let n = 2; used.has(candidate) || reserved.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  });
}

/** Group ids carried over from the manifest's pins by shared members, and the pins to store for next time. */
export function pinGroupIds(
  story: StoryData,
  pinned: GroupPins,
  /** The last run's item keys of unchanged articles (ingest); without it every key is hashed. */
  known?: KnownItemKeys,
): { story: StoryData; pins: GroupPins } {
  const keys = memberKeys(story, known);
  const { quoteGroups, figureGroups, outlets } = story.analysis;
  // An old id no group takes back by its members is free again: when compare still gives it (a
  // group whose only quote was reworded), it is most likely the same statement.
  const reserved = new Set<string>();
  const quoteIds = assign(
    quoteGroups.map((g) => g.id),
    match(keys.quotes, pinned, 'q-'),
    reserved,
  );
  const figureIds = assign(
    figureGroups.map((g) => g.id),
    match(keys.figures, pinned, 'f-'),
    reserved,
  );
  const rename = new Map<string, string>();
  quoteGroups.forEach((g, i) => rename.set(`q\0${g.id}`, quoteIds[i]!));
  figureGroups.forEach((g, i) => rename.set(`f\0${g.id}`, figureIds[i]!));
  const pins: GroupPins = {};
  quoteIds.forEach((id, i) => (pins[id] = keys.quotes[i]!));
  figureIds.forEach((id, i) => (pins[id] = keys.figures[i]!));
  return {
    pins,
    story: {
      ...story,
      analysis: {
        ...story.analysis,
        quoteGroups: quoteGroups.map((g, i) => ({ ...g, id: quoteIds[i]! })),
        figureGroups: figureGroups.map((g, i) => ({ ...g, id: figureIds[i]! })),
        outlets: outlets.map((profile) => ({
          ...profile,
          reports: {
            ...profile.reports,
            quoteGroups: profile.reports.quoteGroups.map((id) => rename.get(`q\0${id}`) ?? id),
            figureGroups: profile.reports.figureGroups.map((id) => rename.get(`f\0${id}`) ?? id),
          },
        })),
      },
    },
  };
}
