/**
 * compare/headline-words: the story's headlines -> each in word and gap pieces, a word `own` when
 * no other outlet's headline has its stem.
 *
 * In:  articles (headline, outlet) in story order; compare's memo.
 * Out: per article, OutletProfile['headlineWords'].
 *
 * Tokenising a headline (its pieces, each word's stem, the stems it uses) is a pure function of the
 * headline, so the memo keeps it per article (`headline-parts`): a re-ingest after one source
 * changed tokenises one headline, and only the story's stem counts and the `own` marks are worked
 * out again (they depend on every outlet's headline).
 */
import type { Article, OutletProfile } from '../../lib/model.ts';
import { outletName } from '../../lib/outlet.ts';
import { NO_MEMO, type CompareMemo } from './memo.ts';
import { STOPWORDS, stem, words } from './text.ts';

/** A headline tokenised: its distinct stems, and its pieces each with the stem it may be `own` by (null: never). */
interface HeadlineParts {
  stems: string[];
  pieces: string[];
  keys: Array<string | null>;
}

const WORD_PIECE = /([\p{L}\p{N}]+(?:['’][\p{L}]+)?)/u;
const LETTER = /\p{L}/u;

function headlineParts(headline: string): HeadlineParts {
  const parts: HeadlineParts = { stems: [...new Set(words(headline).map(stem))], pieces: [], keys: [] };
  for (const part of headline.split(WORD_PIECE)) {
    if (!part) continue;
    const token = words(part)[0];
    parts.pieces.push(part);
    // A stop word or a piece with no letter is never an outlet's own word.
    parts.keys.push(token !== undefined && LETTER.test(part) && !STOPWORDS.has(token) ? stem(token) : null);
  }
  return parts;
}

/**
 * Every article's headline in pieces (OutletProfile.headlineWords): a word is `own` when another
 * outlet exists and no other outlet's headline has its stem; neighbouring pieces of the same kind
 * are joined.
 */
export function headlineWordsByArticle(
  articles: readonly Article[],
  memo: CompareMemo = NO_MEMO,
): Array<OutletProfile['headlineWords']> {
  const remember = memo.step<HeadlineParts>('headline-parts', 1);
  const parts = articles.map((article, a) => remember(a, () => headlineParts(article.headline)));
  // For each headline stem, how many headlines of each outlet use it: every headline is compared
  // with all the others' in one pass (comparing each with each was quadratic, 7 s at 1,000 articles).
  const byStem = new Map<string, Map<string, number>>();
  const outlets = articles.map(outletName);
  parts.forEach(({ stems }, a) => {
    for (const word of stems) {
      const counts = byStem.get(word) ?? new Map<string, number>();
      counts.set(outlets[a]!, (counts.get(outlets[a]!) ?? 0) + 1);
      byStem.set(word, counts);
    }
  });
  const hasOthers = new Set(outlets).size > 1;
  const otherHas = (outlet: string, word: string): boolean => {
    const counts = byStem.get(word);
    return counts !== undefined && (counts.size > 1 || !counts.has(outlet));
  };
  return parts.map(({ pieces, keys }, a) => {
    const out: OutletProfile['headlineWords'] = [];
    pieces.forEach((text, i) => {
      const key = keys[i];
      const own = hasOthers && key !== null && key !== undefined && !otherHas(outlets[a]!, key);
      const last = out.at(-1);
      if (last && last.own === own) last.text += text;
      else out.push({ text, own });
    });
    return out;
  });
}
