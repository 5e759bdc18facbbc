/**
 * compare/figures/evidence: whether two money figures from different articles are the same
 * quantity, from positive evidence only.
 *
 * In:  each figure's quantity phrase and the words of its sentence around it; the story's figures
 *      (to know which context words are common to the whole story and so prove nothing).
 * Out: per figure a `Context` (quantity key, distinctive context stems, years, owners); for a pair,
 *      `contradicts` (a modifier says they are different sums) and `evidence` (how many independent
 *      signs say they are the same: a shared quantity key, a shared stated span of years, each
 *      shared distinctive context word).
 *
 * Why: values alone join unrelated sums of one story ("$1.5bn" of lost profit and "$1.5bn" of aid).
 * A figure is the same quantity as another only when something besides the number says so; a
 * year, an owner ("Apple's fine" vs "Google's fine") or a different quantity noun says it is not.
 */
import { patternFor } from '../../../lib/ascii-letters.ts';
import { FUNCTION_WORDS } from '../../../lib/lexicon/function-words.ts';
import { IRREGULAR_VERB_FORMS, UNINFORMATIVE_CONTEXT_WORDS } from '../../../lib/lexicon/quantity-synonyms.ts';
import { NUMBER_WORD, parseNumber } from '../../extract/figures/numbers.ts';
import { quantityHead, quantityKey } from '../../extract/figures/roles.ts';
import { leadName, narrowedAfter, phraseKey, relativeTimes } from './set-apart.ts';

const STOP = new Set((FUNCTION_WORDS.en ?? '').split(' '));

export interface Context {
  /** The quantity's head noun, synonyms folded ("penalty" -> "fine"), or null when unnamed. */
  quantity: string | null;
  /** The stem of the quantity's head word (it is the `quantity` sign, not a second one). */
  head: string | null;
  /** Stems of the content words of the figure's sentence, near it. */
  stems: Set<string>;
  /** Years written next to the figure ("2014 budget"). */
  years: Set<string>;
  /** What the sum is for: the first content word after "for" / "on" just after it ("$100m for schools"). */
  purpose: Set<string>;
  /** A named possessive owner right before the figure ("Apple's $1.8bn fine", "Apple's record $1.8bn"). */
  owners: Set<string>;
  /** A term written next to the figure ("one-month loans", "a 10-year plan"): another term is another sum. */
  terms: Set<string>;
  /** The stated span in years when more than one ("$63bn over two years"), else null. */
  span: number | null;
  /** Stems of the content words of the whole paragraph (paragraphSigns). */
  paragraph: Set<string>;
  /**
   * Names (capitalised words, not the sentence's first, days and months aside) among the
   * NAME_REACH words on each side of the figure, as stems: who pays or gets it, or what it buys
   * ("gives the Pentagon $63bn", "$899 for the smaller Mini model"). namedElsewhere.
   */
  names: Set<string>;
  /** The same, among all the words of the window (WINDOW on each side). namedElsewhere. */
  wideNames: Set<string>;
  /** The cue narrowing the sum's scope right after it ("outside", "alone", "so-far"), or null. */
  narrowed: string | null;
  /** Times named relative to the article's date near it ("last-year"): set-apart.ts. */
  relative: Set<string>;
  /** The stem of the sentence's capitalised first word, or null (set-apart.ts leadName). */
  lead: string | null;
  /** The quantity phrase's own words, modifiers included ("insured damage"), or null: set-apart.ts. */
  phrase: string | null;
}

/** Words on each side of a figure that may name its payer, recipient or item. */
const NAME_REACH = 5;
/** Days and months are capitalised but name no payer ("said on Monday"). */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * A name next to either figure that the other's whole paragraph never mentions: the two sentences
 * are about different payers, recipients or items ("gives the Pentagon $63bn" vs "gives domestic
 * agencies $55bn"). Only a conflict asks this (figures.ts): an outlet that calls Apple "the iPhone
 * maker" then loses a real disagreement, which is the cheaper error.
 */
export function namedElsewhere(a: Context, b: Context): boolean {
  const foreign = (names: Set<string>, other: Context) => [...names].some((n) => !other.paragraph.has(n));
  if (foreign(a.names, b) || foreign(b.names, a)) return true;
  // Further out, only names on both sides that the other never mentions, and none it does: "a
  // plant in Texas" vs "a plant in Ohio". (The tune gold's real conflict names "Star Trek" on one
  // side, which the other paragraph mentions beside "Anaheim, California": one shared name is
  // enough to read them as one story's sum.)
  const known = (names: Set<string>, other: Context) => [...names].some((n) => other.paragraph.has(n));
  if (known(a.wideNames, b) || known(b.wideNames, a)) return false;
  return foreign(a.wideNames, b) && foreign(b.wideNames, a);
}

/** Characters on each side of a figure that may hold its term ("$500bn in three-month loans"). */
const TERM_REACH = 40;
const TERM = new RegExp(`(?<![\\p{L}\\d-])(\\d+|${NUMBER_WORD})-(day|week|month|year)s?(?![\\p{L}-])`, 'giu');

/** A term as one key: "ten-year" and "10-year" are one term. */
const termKey = (m: RegExpMatchArray) => `${parseNumber(m[1]!) ?? m[1]}-${m[2]!.toLowerCase()}`;

/**
 * A crude stem: irregular past forms to their base, then the first five letters ("reimburse" ~
 * "reimbursing", "videos" ~ "video", "spent" ~ "spending").
 */
function stem(word: string): string {
  const base = IRREGULAR_VERB_FORMS[word] ?? word;
  // A plural is its singular ("fines" is the quantity word "fine", not a second sign).
  return (base.length > 4 && /[^s]s$/u.test(base) ? base.slice(0, -1) : base).slice(0, 5);
}

/** Words per side of the figure that still describe it. */
const WINDOW = 12;

/** The sentence around a figure, cut at sentence ends (a dot before a space and a capital). */
function sentenceAround(paragraph: string, start: number, end: number): [string, string] {
  const before = paragraph.slice(0, start);
  const after = paragraph.slice(end);
  const cut = [...before.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu)].pop();
  const stop = /[.!?]["”’]?(?:\s+["“‘]?\p{Lu}|\s*$)/u.exec(after);
  return [cut ? before.slice(cut.index + cut[0].length) : before, stop ? after.slice(0, stop.index) : after];
}

export const WORD_OR_YEAR = /[\p{L}][\p{L}'’-]*|\d{4}/gu;
/** WORD_OR_YEAR's twin for ASCII-letter text (most paragraphs): the same words, faster. */
const wordOrYearFor = patternFor(WORD_OR_YEAR);
const wordsOf = (text: string) => text.match(wordOrYearFor(text)) ?? [];

/** Stems of the content words (function words, units and hedges left out; acronyms kept). */
function contentStems(words: string[]): Set<string> {
  const stems = new Set<string>();
  for (const word of words) {
    const s = contentStem(word);
    if (s !== null) stems.add(s);
  }
  return stems;
}

/**
 * An ASCII word under four characters that is not all capitals (an acronym, "GM"): contentStem's
 * null, as its rule below gives (lower-casing ASCII keeps the length under four).
 */
function isShortPlainWord(word: string): boolean {
  if (word.length >= 4) return false;
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return false;
    if (code >= 65 && code <= 90) capitals++;
  }
  return word.length < 2 || capitals < word.length;
}

/** Words recur: each one's stem (or null) is kept, in a bounded cache (every paragraph is read). */
const STEM_CACHE_MAX = 100_000;
const stemCache = new Map<string, string | null>();

/** A word's stem, or null for a function word, unit, hedge or number. */
function contentStem(word: string): string | null {
  // Most words of a text are short function words: answered here without a cache lookup.
  if (isShortPlainWord(word)) return null;
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  // A hyphen is spelling, not meaning: "fund-raiser" is "fundraiser".
  const lower = word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/-/gu, '');
  // Short words are function words, except acronyms ("GM", "IRS").
  const acronym = /^\p{Lu}{2,3}$/u.test(word);
  s =
    (lower.length < 4 && !acronym) ||
    STOP.has(lower) ||
    UNINFORMATIVE_CONTEXT_WORDS.has(lower) ||
    /^\d/u.test(lower)
      ? null
      : stem(lower);
  if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

/** The context of one figure in its paragraph: quantity key, nearby content stems, years, owners, purpose. */
export function readContext(
  paragraph: string,
  fig: { start: number; end: number; quantity: string | null; years?: number | null },
): Context {
  const [left, right] = sentenceAround(paragraph, fig.start, fig.end);
  const near = [...wordsOf(left).slice(-WINDOW), ...wordsOf(right).slice(0, WINDOW)];
  const stems = contentStems(near);
  const years = new Set(near.filter((word) => /^(?:19|20)\d\d$/u.test(word)));
  const head = quantityHead(fig.quantity);
  // "$100m for schools", "a $1.8bn fine for search ads": up to two words (the quantity) first.
  const purposeWords = /^[^\p{L}\d]*(?:[\p{L}-]+\s+){0,2}?(?:for|on)\s+(.*)$/su.exec(right)?.[1] ?? '';
  const purpose = new Set([...contentStems(wordsOf(purposeWords).slice(0, 4))].slice(0, 1));
  // Only the last possessive, and only a name: "the Court's ruling on Washington state's $1,000
  // fines" names no owner of the fines.
  const lastPossessive = wordsOf(left)
    .slice(-2)
    .findLast((word) => /['’]s$/u.test(word));
  const owners = new Set(
    lastPossessive && /^\p{Lu}/u.test(lastPossessive)
      ? [lastPossessive.replace(/['’]s$/u, '').toLowerCase()]
      : [],
  );
  const leftWords = wordsOf(left);
  const names = new Set<string>();
  const addName = (word: string, into: Set<string>) => {
    if (!/^\p{Lu}/u.test(word) || CALENDAR_WORD.test(word)) return;
    const s = contentStem(word);
    if (s !== null) into.add(s);
  };
  // Not the sentence's first word: a capital there says nothing.
  leftWords.slice(Math.max(1, leftWords.length - NAME_REACH)).forEach((w) => addName(w, names));
  wordsOf(right)
    .slice(0, NAME_REACH)
    .forEach((w) => addName(w, names));
  const wideNames = new Set<string>();
  leftWords.slice(Math.max(1, leftWords.length - WINDOW)).forEach((w) => addName(w, wideNames));
  wordsOf(right)
    .slice(0, WINDOW)
    .forEach((w) => addName(w, wideNames));
  const termText = `${left.slice(-TERM_REACH)} ${right.slice(0, TERM_REACH)}`;
  const terms = new Set([...termText.matchAll(TERM)].map(termKey));
  return {
    quantity: quantityKey(fig.quantity),
    head: head === null ? null : stem(head),
    stems,
    purpose,
    years,
    owners,
    terms,
    span: fig.years !== undefined && fig.years !== null && fig.years > 1 ? fig.years : null,
    paragraph: contentStems(wordsOf(paragraph)),
    names,
    wideNames,
    narrowed: narrowedAfter(right),
    relative: relativeTimes(near.join(' ')),
    lead: leadName(left, contentStem),
    phrase: phraseKey(fig.quantity),
  };
}

/**
 * A word in more than this share of the story's paragraphs ("tariffs" in a trade story) is the
 * story's topic: it says nothing about which sum a figure is. Only past a few paragraphs: in a
 * three-paragraph story every shared word would look common.
 */
const COMMON_SHARE = 0.35;
const COMMON_MIN_PARAGRAPHS = 4;

/**
 * One article's share of commonStems: each content stem of its paragraphs and the number of its
 * paragraphs that hold it, in first-seen order (per article, so ingest can cache it: features.ts).
 */
export function paragraphStemCounts(paragraphs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs)
    for (const s of contentStems(wordsOf(paragraph))) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/**
 * The stems too common in a story's paragraphs to identify a sum, from each article's
 * paragraphStemCounts (as stems and counts) and the story's number of paragraphs.
 */
export function commonStemsOf(
  perArticle: Iterable<{ stems: readonly string[]; counts: readonly number[] }>,
  paragraphCount: number,
): Set<string> {
  const counts = new Map<string, number>();
  for (const { stems, counts: n } of perArticle)
    for (let i = 0; i < stems.length; i++) counts.set(stems[i]!, (counts.get(stems[i]!) ?? 0) + n[i]!);
  return commonStemsIn(counts, paragraphCount);
}

/**
 * commonStemsOf from the story's stem counts already summed (each stem's number of paragraphs),
 * in alphabetical order: the same set however the counts were added up.
 */
export function commonStemsIn(counts: ReadonlyMap<string, number>, paragraphCount: number): Set<string> {
  const limit = Math.max(COMMON_MIN_PARAGRAPHS - 1, COMMON_SHARE * paragraphCount);
  const common: string[] = [];
  for (const [s, n] of counts) if (n > limit) common.push(s);
  return new Set(common.sort());
}

/** The stems too common in a story's paragraphs to identify a sum. */
export function commonStems(paragraphs: string[]): Set<string> {
  const counts = paragraphStemCounts(paragraphs);
  return commonStemsOf([{ stems: [...counts.keys()], counts: [...counts.values()] }], paragraphs.length);
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** A modifier that makes two figures different sums: quantity noun, year, owner, purpose, term. */
export function contradicts(a: Context, b: Context): boolean {
  if (a.quantity !== null && b.quantity !== null && a.quantity !== b.quantity) return true;
  return (
    disjoint(a.years, b.years) ||
    disjoint(a.relative, b.relative) ||
    disjoint(a.owners, b.owners) ||
    disjoint(a.purpose, b.purpose) ||
    disjoint(a.terms, b.terms)
  );
}

export interface Evidence {
  /** Signs counting every shared context word: enough to join two equal or rounded values. */
  any: number;
  /** Signs counting only words not common to the story: what a conflict needs. */
  distinctive: number;
}

/** Independent signs that two figures are the same quantity (none when a modifier contradicts). */
export function evidence(a: Context, b: Context, common: Set<string>): Evidence {
  return contradicts(a, b) ? { any: 0, distinctive: 0 } : signs(a, b, common);
}

/** evidence() for two contexts already known not to contradict each other. */
export function signs(a: Context, b: Context, common: Set<string>): Evidence {
  const named = a.quantity !== null && a.quantity === b.quantity ? 1 : 0;
  // The same stated span ("over two years" in both) is a sign of its own: a story's sums rarely
  // share one by chance. (A different span keeps them apart: figures.ts compares years.)
  const span = a.span !== null && a.span === b.span ? 1 : 0;
  // The named head ("fund" in both) is the quantity sign already, not a second one. Only the
  // number of shared stems counts, so the smaller set is walked.
  const [small, large] = a.stems.size <= b.stems.size ? [a.stems, b.stems] : [b.stems, a.stems];
  let any = named + span;
  let distinctive = named + span;
  for (const s of small) {
    if (!large.has(s) || (named && (s === a.head || s === b.head))) continue;
    any++;
    if (!common.has(s)) distinctive++;
  }
  return { any, distinctive };
}

/**
 * Signs not common to the story that `b`'s sentence shares with `a`'s whole paragraph: a generous
 * count, for asking whether `a` could be `b`'s match as well (figures.ts `unambiguous`).
 */
export function paragraphSigns(a: Context, b: Context, common: Set<string>): number {
  let n = a.quantity !== null && a.quantity === b.quantity ? 1 : 0;
  for (const s of b.stems) if (a.paragraph.has(s) && !common.has(s) && !(n && s === b.head)) n++;
  return n + (a.span !== null && a.span === b.span ? 1 : 0);
}
