/**
 * compare/quotes/agreement: the checks that keep two alike-looking quotes apart, and the shared
 * run of words that makes two different cuts of one statement one statement.
 *
 * In:  two quotes' folded words (contractions expanded: "won't" is "will not").
 * Out: whether their negation and their numbers agree, and the longest run of words they share.
 *
 * Why: word overlap cannot tell "We will sign the deal" from "We will not sign the deal", nor
 * "20 years" from "30 years"; a paraphrase may reword everything except those. A wrong group is
 * worse than a missed one, so a disagreement vetoes the match.
 */
import { STOPWORDS } from '../text.ts';

/** Words that negate a clause ("n't" is expanded to "not" by `words`). */
export const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'cannot',
]);

/** Words from which a version that opens on the shared words is a cut (see `agree`). */
const CUT_WORDS = 5;

/** Number words a translation may write as digits. */
const NUMBER_WORDS = new Map([
  ...'zero one two three four five six seven eight nine ten eleven twelve'
    .split(' ')
    .map((w, i): [string, string] => [w, String(i)]),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((w, i): [string, string] => [w, String(20 + 10 * i)]),
]);

/** Idioms that start with a negator but do not negate ("no matter what", "not only ... but"). */
export const NOT_NEGATING = new Set(['no matter', 'no doubt', 'not only', 'not just']);

/** How many words of a version negate (idioms like "no matter" do not). */
export function negations(folded: readonly string[]): number {
  let n = 0;
  folded.forEach((w, i) => {
    if (NEGATORS.has(w) && !NOT_NEGATING.has(`${w} ${folded[i + 1] ?? ''}`)) n++;
  });
  return n;
}

/** The numbers a version states, digits and number words alike ("twenty" is "20"). */
export function numbers(folded: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of folded) {
    if (/^\d+$/u.test(w)) out.add(w.replace(/^0+(?=\d)/u, ''));
    else {
      const n = NUMBER_WORDS.get(w);
      if (n !== undefined && w !== 'one') out.add(n); // "one" is as often a pronoun as a number
    }
  }
  return out;
}

/**
 * True when two versions say the same about "not" and about numbers. Negations are counted only
 * within the stretch of each version that the other one covers (from the first to the last word
 * they share), so a cut that leaves out a negated clause ("[I don't] have it readily at my
 * disposal") is not vetoed, but "we will sign" against "we will not sign" is. The shorter
 * version's numbers must all be in the longer one when both state numbers.
 */
export function agree(a: readonly string[], b: readonly string[]): boolean {
  return negationsAgree(a, b) && numbersAgree(a, b);
}

/** The negation half of `agree`. */
export function negationsAgree(a: readonly string[], b: readonly string[]): boolean {
  // Most quote pairs negate nothing: the stretch search is needed only when one of them does.
  if (negations(a) > 0 || negations(b) > 0) {
    const [sa, sb] = [stretch(a, b), stretch(b, a)];
    // A negation just before one version's stretch counts only when the other version has words
    // before its own stretch, where it could have said "not": a cut that opens on the shared words
    // ("[I don't] know enough to make a judgment") left the negation outside its quote marks.
    // Only a cut of CUT_WORDS words or more: "sign the deal" is as often the reporter's own
    // paraphrase of the other side ("urged them to 'sign the deal'").
    const opens = (x: readonly string[], [first]: [number, number]) => first === 0 && x.length >= CUT_WORDS;
    const na = negations(a.slice(opens(b, sb) ? sa[0] : widen(a, sa), sa[1] + 1)) > 0;
    const nb = negations(b.slice(opens(a, sa) ? sb[0] : widen(b, sb), sb[1] + 1)) > 0;
    if (na !== nb) return false;
  }
  return true;
}

/** The number half of `agree`. */
export function numbersAgree(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const xs = numbers(short);
  if (xs.size === 0) return true;
  const xl = numbers(long);
  if (xl.size === 0) return true;
  for (const x of xs) if (!xl.has(x)) return false;
  return true;
}

/**
 * The shortest stretch [first, last] of `a` that holds every content word `a` shares with `b` (all
 * of `a` when they share none).
 */
function stretch(a: readonly string[], b: readonly string[]): [number, number] {
  const inB = new Set(b.filter((w) => !STOPWORDS.has(w)));
  const shared = new Set(a.filter((w) => inB.has(w)));
  let best: [number, number] = [0, a.length - 1];
  if (shared.size === 0) return best;
  for (let start = 0; start < a.length; start++) {
    if (!shared.has(a[start]!)) continue;
    const seen = new Set<string>();
    for (let end = start; end < a.length && end - start < best[1] - best[0]; end++) {
      if (shared.has(a[end]!)) seen.add(a[end]!);
      if (seen.size === shared.size) {
        best = [start, end];
        break;
      }
    }
  }
  return best;
}

/** The stretch's first index widened by a negation just before it ("not [sign the deal]"). */
const widen = (a: readonly string[], [first]: [number, number]): number =>
  first > 0 && NEGATORS.has(a[first - 1]!) ? first - 1 : first;

let RUN_ROW = new Int32Array(64);

/**
 * The longest run of words two quotes share, and how many of its words are content words (not
 * stopwords, and not `name` words when given: "president of the United States" is a name and a
 * title, which two different statements of one story share).
 */
export function sharedRun(
  a: readonly string[],
  b: readonly string[],
  name?: (word: string) => boolean,
): { words: number; content: number } {
  let best = 0;
  let bestEnd = 0;
  // Classic longest-common-substring over words; quotes are short (tens of words). One row, filled
  // right to left so row[j - 1] still holds the previous row's value; reused across calls.
  if (RUN_ROW.length < b.length + 1) RUN_ROW = new Int32Array(2 * (b.length + 1));
  const row = RUN_ROW;
  row.fill(0, 0, b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const word = a[i - 1];
    for (let j = b.length; j >= 1; j--) {
      if (word === b[j - 1]) {
        const run = row[j - 1]! + 1;
        row[j] = run;
        if (run > best) {
          best = run;
          bestEnd = i;
        }
      } else row[j] = 0;
    }
  }
  let content = 0;
  for (let k = bestEnd - best; k < bestEnd; k++) if (!STOPWORDS.has(a[k]!) && !name?.(a[k]!)) content++;
  return { words: best, content };
}
