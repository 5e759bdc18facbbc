/**
 * compare/figures/evidence: whether two money figures from different articles are the same
 * quantity, from positive evidence only.
 *
 * In:  each figure's quantity phrase and the words of its sentence around it; the story's figures
 *      (to know which context words are common to the whole story and so prove nothing).
 * Out: per figure a `Context` (quantity key, distinctive context stems, years, owners); for a pair,
 *      `contradicts` (a modifier says they are different sums) and `evidence` (how many independent
 *      signs say they are the same: a shared quantity key, each shared distinctive context word).
 *
 * Why: values alone join unrelated sums of one story ("$1.5bn" of lost profit and "$1.5bn" of aid).
 * A figure is the same quantity as another only when something besides the number says so; a
 * year, an owner ("Apple's fine" vs "Google's fine") or a different quantity noun says it is not.
 */
import { FUNCTION_WORDS } from '../../../lib/lexicon/function-words.ts';
import { IRREGULAR_VERB_FORMS, UNINFORMATIVE_CONTEXT_WORDS } from '../../../lib/lexicon/quantity-synonyms.ts';
import { quantityHead, quantityKey } from '../../extract/figures/roles.ts';

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
}

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

const wordsOf = (text: string) => text.match(/[\p{L}][\p{L}'’-]*|\d{4}/gu) ?? [];

/** Stems of the content words (function words, units and hedges left out; acronyms kept). */
function contentStems(words: string[]): Set<string> {
  const stems = new Set<string>();
  for (const word of words) {
    // A hyphen is spelling, not meaning: "fund-raiser" is "fundraiser".
    const lower = word
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .replace(/-/gu, '');
    // Short words are function words, except acronyms ("GM", "IRS").
    const acronym = /^\p{Lu}{2,3}$/u.test(word);
    if ((lower.length < 4 && !acronym) || STOP.has(lower) || UNINFORMATIVE_CONTEXT_WORDS.has(lower)) continue;
    if (/^\d/u.test(lower)) continue;
    stems.add(stem(lower));
  }
  return stems;
}

/** The context of one figure in its paragraph: quantity key, nearby content stems, years, owners, purpose. */
export function readContext(
  paragraph: string,
  fig: { start: number; end: number; quantity: string | null },
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
  return {
    quantity: quantityKey(fig.quantity),
    head: head === null ? null : stem(head),
    stems,
    purpose,
    years,
    owners,
  };
}

/**
 * A word in more than this share of the story's paragraphs ("tariffs" in a trade story) is the
 * story's topic: it says nothing about which sum a figure is. Only past a few paragraphs: in a
 * three-paragraph story every shared word would look common.
 */
const COMMON_SHARE = 0.35;
const COMMON_MIN_PARAGRAPHS = 4;

/** The stems too common in a story's paragraphs to identify a sum. */
export function commonStems(paragraphs: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs)
    for (const s of contentStems(wordsOf(paragraph))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const limit = Math.max(COMMON_MIN_PARAGRAPHS - 1, COMMON_SHARE * paragraphs.length);
  return new Set([...counts].filter(([, n]) => n > limit).map(([s]) => s));
}

const disjoint = (a: Set<string>, b: Set<string>) =>
  a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** A modifier that makes two figures different sums: quantity noun, year, owner, purpose. */
export function contradicts(a: Context, b: Context): boolean {
  if (a.quantity !== null && b.quantity !== null && a.quantity !== b.quantity) return true;
  return disjoint(a.years, b.years) || disjoint(a.owners, b.owners) || disjoint(a.purpose, b.purpose);
}

export interface Evidence {
  /** Signs counting every shared context word: enough to join two equal or rounded values. */
  any: number;
  /** Signs counting only words not common to the story: what a conflict needs. */
  distinctive: number;
}

/** Independent signs that two figures are the same quantity (none when a modifier contradicts). */
export function evidence(a: Context, b: Context, common: Set<string>): Evidence {
  if (contradicts(a, b)) return { any: 0, distinctive: 0 };
  const named = a.quantity !== null && a.quantity === b.quantity ? 1 : 0;
  // The named head ("fund" in both) is the quantity sign already, not a second one.
  const shared = [...a.stems].filter((s) => b.stems.has(s) && !(named && (s === a.head || s === b.head)));
  return {
    any: named + shared.length,
    distinctive: named + shared.filter((s) => !common.has(s)).length,
  };
}
