/**
 * compare/summary: one outlet's profile -> one or two lines saying how it framed the story.
 *
 * In:  the article, its OutletProfile (filled but for `summary`), every article's naming choices.
 * Out: clauses `{ text, paragraph }`, each resting on one paragraph of the article (the site links
 *      it): what the headline leads with that the other headlines do not say, whom it quotes first
 *      and most, its attribution verbs (loaded ones named), the words it uses where the others do not,
 *      the names it spells differently, the agencies it cites, and machine translation.
 *
 * Only what the evidence shows: a clause whose paragraph cannot be found is left out, and nothing
 * is said about an outlet's intent.
 */
import type { Article, OutletProfile } from '../../lib/model.ts';
import { fold } from './text.ts';

type Clause = OutletProfile['summary'][number];

const quoted = (text: string): string => `“${text}”`;
const list = (items: string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Each article's folded paragraphs, folded on first use (several clauses search the same article). */
const foldedParagraphs = new WeakMap<Article, string[]>();

/** The first of the article's paragraphs whose folded text holds `text` folded, or null. */
export function paragraphMentioning(article: Article, text: string): number | null {
  const needle = fold(text);
  let folded = foldedParagraphs.get(article);
  if (!folded) foldedParagraphs.set(article, (folded = []));
  const cache = folded;
  const index = article.paragraphs.findIndex((p, i) => (cache[i] ??= fold(p)).includes(needle));
  return index < 0 ? null : index;
}

/** How the articles write one variant of a concept. */
interface VariantUse {
  /** Choices of this variant, all articles together. */
  total: number;
  /** Article index -> its choices of this variant. */
  byArticle: Map<number, number>;
  /** [article index, place in the concept's choices in article order] of each choice, in that order. */
  uses: Array<[number, number]>;
}

/**
 * Every concept's variants with who writes them, in the order the articles first write them. Built
 * once per story (every profile's summary asks), so a summary reads one concept's few variants,
 * not every article's choices.
 */
const conceptIndex = new WeakMap<Array<OutletProfile['naming']>, Map<string, Map<string, VariantUse>>>();
function variantsByConcept(naming: Array<OutletProfile['naming']>): Map<string, Map<string, VariantUse>> {
  let index = conceptIndex.get(naming);
  if (!index) {
    index = new Map();
    const seen = new Map<string, number>();
    naming.forEach((choices, i) => {
      for (const c of choices) {
        const variants = index!.get(c.concept) ?? new Map<string, VariantUse>();
        index!.set(c.concept, variants);
        const place = seen.get(c.concept) ?? 0;
        seen.set(c.concept, place + 1);
        let use = variants.get(c.variant);
        if (!use) variants.set(c.variant, (use = { total: 0, byArticle: new Map(), uses: [] }));
        use.total++;
        use.byArticle.set(i, (use.byArticle.get(i) ?? 0) + 1);
        use.uses.push([i, place]);
      }
    });
    conceptIndex.set(naming, index);
  }
  return index;
}

/**
 * The variant of a concept most other outlets write instead of `own` (on a tie, the one written
 * first in article order), with how many of their choices write it; null when they write no other.
 */
function mostOtherVariant(
  naming: Array<OutletProfile['naming']>,
  concept: string,
  own: string,
  index: number,
): [string, number] | null {
  let best: [string, number] | null = null;
  let bestPlace = Infinity;
  for (const [variant, use] of variantsByConcept(naming).get(concept) ?? []) {
    const others = use.total - (use.byArticle.get(index) ?? 0);
    if (others === 0 || variant === own) continue;
    // The first choice of it by another article (one article's choices are next to each other).
    const place = use.uses.find(([i]) => i !== index)![1];
    if (!best || others > best[1] || (others === best[1] && place < bestPlace)) {
      best = [variant, others];
      bestPlace = place;
    }
  }
  return best;
}

/** The clauses that say how this outlet framed the story, each resting on one of its paragraphs. */
export function outletSummary(
  article: Article,
  profile: OutletProfile,
  naming: Array<OutletProfile['naming']>,
  index: number,
  /** paragraphMentioning(article, text), when the caller knows it (outlets.ts remembers it per article). */
  mentioning: (text: string) => number | null = (text) => paragraphMentioning(article, text),
): Clause[] {
  const clauses: Clause[] = [];
  const lede = article.paragraphs.length ? 0 : null;

  // Headline: the words no other headline uses, in order (neighbours joined into one phrase).
  const own: string[] = [];
  let joined = false;
  for (const piece of profile.headlineWords) {
    if (piece.own && joined && own.length) own[own.length - 1] += ` ${piece.text.trim()}`;
    else if (piece.own) own.push(piece.text.trim());
    joined = piece.own || (joined && /^\s+$/.test(piece.text));
  }
  if (lede !== null && own.length) {
    clauses.push({ text: `headline's own words: ${list(own.slice(0, 3).map(quoted))}`, paragraph: lede });
  }

  // Quotes: first and most.
  const direct = article.quotes.filter((q) => q.speaker && !q.scare);
  if (direct.length) {
    const first = direct.reduce((a, b) => (b.paragraph < a.paragraph ? b : a));
    const most = profile.speakers[0]!;
    if (first.speaker === most.speaker) {
      clauses.push({
        text: `quotes ${most.speaker} first and most (${most.count} of ${direct.length} quotes)`,
        paragraph: first.paragraph,
      });
    } else {
      clauses.push({ text: `quotes ${first.speaker} first`, paragraph: first.paragraph });
      clauses.push({
        text: `${most.speaker} most (${most.count} of ${direct.length} quotes)`,
        paragraph: most.paragraph,
      });
    }
  }

  // Attribution verbs: loaded ones by name, else the neutral ones it uses.
  const loaded = Object.keys(profile.loadedVerbs);
  const verbQuote = (verb: string) => article.quotes.find((q) => !q.scare && q.verb?.toLowerCase() === verb);
  if (loaded.length) {
    const at = verbQuote(loaded[0]!);
    if (at)
      clauses.push({
        text: `introduces quotes with loaded ${list(loaded.map(quoted))}`,
        paragraph: at.paragraph,
      });
  } else {
    const verbs = Object.entries(profile.verbs).sort((a, b) => b[1] - a[1]);
    const at = verbs.length ? verbQuote(verbs[0]![0]) : undefined;
    if (at)
      clauses.push({
        text: `attributes with neutral ${list(verbs.slice(0, 2).map(([v]) => quoted(v)))}`,
        paragraph: at.paragraph,
      });
  }

  // Words: those the other outlets never use first.
  const words = profile.distinctiveWords.filter((w) => w.paragraph !== null);
  const only = words.filter((w) => w.others === 0).slice(0, 3);
  const shown = only.length ? only : words.slice(0, 3);
  if (shown.length) {
    clauses.push({
      text: `${only.length ? 'words only it uses' : 'uses more than the others'}: ${list(shown.map((w) => quoted(w.word)))}`,
      paragraph: shown[0]!.paragraph!,
    });
  }

  // Naming: a spelling most other outlets do not use.
  for (const choice of profile.naming) {
    const other = mostOtherVariant(naming, choice.concept, choice.variant, index);
    if (other === null) continue;
    const at = mentioning(choice.variant);
    const [theirs, outlets] = other;
    if (at !== null) {
      clauses.push({
        text: `writes ${quoted(choice.variant)} (${outlets} other outlet${outlets > 1 ? 's' : ''}: ${quoted(theirs)})`,
        paragraph: at,
      });
    }
    if (at !== null) break;
  }

  // Sources: the agencies whose name appears in the text.
  const cited = profile.agencies
    .map((agency) => ({ agency, at: mentioning(agency) }))
    .filter((c): c is { agency: string; at: number } => c.at !== null);
  if (cited.length)
    clauses.push({ text: `cites ${list(cited.map((c) => c.agency))}`, paragraph: cited[0]!.at });

  if (profile.machineTranslated && lede !== null) {
    clauses.push({ text: 'machine-translated', paragraph: lede });
  }
  // Sentence case for the first clause.
  if (clauses[0])
    clauses[0] = { ...clauses[0], text: clauses[0].text[0]!.toUpperCase() + clauses[0].text.slice(1) };
  return clauses;
}
