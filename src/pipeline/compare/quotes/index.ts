/**
 * compare/quotes: every article's quotes -> QuoteGroups, one per statement.
 *
 * In:  the story's articles (`id`, `quotes`, and `paragraphs` for the words between two quotes).
 * Out: QuoteGroup[] — the same statement as quoted by different outlets (translations, paraphrase-
 *      level edits, truncations, "..." elisions) in one group, with the longest version as reference,
 *      the most common speaker, a word diff of every other version against the reference, and each
 *      member's relation to the reference (verbatim, excerpt, paraphrase: relation.ts; or
 *      sentence: another sentence of one statement that outlets print apart, continuation.ts).
 *      Every non-scare quote is in exactly one group (singletons included); scare quotes ('dented')
 *      are labels, not statements: one joins a group as a `word` member (last, not diffed) only
 *      when its words are a piece of exactly one group's quote (words.ts), else it is left out;
 *      `words` lists a group's word members by word (the same word from several outlets once).
 *
 * The work is split by job: similarity.ts and agreement.ts (two quotes -> a score), bounds.ts
 * (cheap exact upper bounds, so clustering scores only pairs that can count), cluster.ts
 * (all quotes -> clusters, blocked through an index; a lone two- or three-word cut then joins the one
 * group whose quote opens or closes a sentence with it: clauses.ts; then clusters of sentences that
 * several articles print back to back, split only by an attribution, joined: continuation.ts),
 * relation.ts (member -> verbatim, excerpt or paraphrase), and this file (clusters -> groups with
 * speaker, id, diffs).
 */
import type {
  Article,
  DiffPart,
  QuoteGroup,
  QuoteRelation,
  GroupWord,
  SpeakerKind,
} from '../../../lib/model.ts';
import { NO_MEMO, type CompareMemo } from '../memo.ts';
import { slugify } from '../../../lib/slug.ts';
import { increment, shortHash } from '../text.ts';
import { wordDiff } from '../word-diff.ts';
import { clusterQuotes, type Link } from './cluster.ts';
import { continuations } from './continuation.ts';
import { relationOf } from './relation.ts';
import { speakerKey, toItem, type QuoteItem } from './similarity.ts';
import { quotedWords, type PlacedQuote } from './words.ts';

export { clusterQuotes } from './cluster.ts';
export { CONTINUATION, continuations } from './continuation.ts';
export { RELATION, relationOf } from './relation.ts';
export { QUOTED_WORD, quotedWords } from './words.ts';
export {
  FRAGMENT,
  QUOTE_MATCH,
  boundedSimilarity,
  quoteSimilarity,
  sameStatement,
  speakerKey,
  threshold,
  toItem as quoteItem,
  type QuoteItem,
} from './similarity.ts';

/**
 * The group's speaker: the surname most members name, spelled in its fullest form — only when more
 * than half of the members that name anyone agree on it. Outlets that disagree leave the group
 * unattributed: one wrong name must not label every outlet's version.
 */
function groupSpeaker(members: QuoteItem[]): string | null {
  const byKey = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const m of members) {
    if (!m.speaker || !m.speakerKey) continue;
    increment(byKey, m.speakerKey);
    const f = forms.get(m.speakerKey) ?? new Map<string, number>();
    increment(f, m.speaker.trim());
    forms.set(m.speakerKey, f);
  }
  let bestKey: string | null = null;
  for (const [key, count] of byKey) if (bestKey === null || count > byKey.get(bestKey)!) bestKey = key;
  if (bestKey === null) return null;
  const named = [...byKey.values()].reduce((a, b) => a + b, 0);
  if (byKey.get(bestKey)! * 2 <= named) return null;
  return [...forms.get(bestKey)!].sort((a, b) => b[0].length - a[0].length || b[1] - a[1])[0]![0];
}

/** Readable and stable: speaker surname + first words of the reference + a hash of its start. */
function groupId(speaker: string | null, reference: QuoteItem): string {
  const who = slugify(speakerKey(speaker) ?? 'unattributed') || 'unattributed';
  const start = reference.folded.slice(0, 12).join(' ');
  const lead = slugify(reference.folded.slice(0, 5).join(' ')).slice(0, 40) || 'quote';
  return `q-${who}-${lead}-${shortHash(`${who}|${start}`).slice(0, 6)}`;
}

/** The `sentence` id most members of a group share (undefined for a group of one sentence). */
function mostQuotedSentence(members: QuoteItem[]): number | undefined {
  const counts = new Map<number | undefined, number>();
  for (const m of members) counts.set(m.sentence, (counts.get(m.sentence) ?? 0) + 1);
  let best: number | undefined;
  let most = 0;
  for (const [sentence, n] of counts) if (n > most) [best, most] = [sentence, n];
  return best;
}

/**
 * What grouping reads of one article: its id, its statements (not scare quotes), their links, and
 * where every quote sits (scare quotes join groups as quoted words: words.ts).
 */
interface QuoteInput {
  id: string;
  quotes: Array<{ q: number; text: string; speaker: string | null; kind: SpeakerKind | null }>;
  links: Array<{ from: number; to: number; attribution: string }>;
  placed: PlacedQuote[];
}

/**
 * The story's quotes as statement groups, most widely quoted first (see the header). `memo`
 * (compare/memo.ts) reuses the last ingest's groups when no article's id, quotes or links
 * changed (a source edited outside its quotes): the grouping reads nothing else.
 */
export function groupQuotes(articles: Article[], memo: CompareMemo = NO_MEMO): QuoteGroup[] {
  const inputs = articles.map((article): QuoteInput => {
    const quotes: QuoteInput['quotes'] = [];
    article.quotes.forEach((quote, q) => {
      if (quote.scare) return;
      if (!quote.text.trim()) return;
      quotes.push({ q, text: quote.text, speaker: quote.speaker, kind: quote.speakerKind ?? null });
    });
    const own = new Set(quotes.map((quote) => quote.q));
    const links = continuations(article.paragraphs, article.quotes).filter(
      ({ from, to }) => own.has(from) && own.has(to),
    );
    const placed = article.quotes.map(({ scare, text, speaker, paragraph, start, end }) => {
      return { scare, text, speaker, paragraph, start, end };
    });
    return { id: article.id, quotes, links, placed };
  });
  return memo.whole(
    'quote-groups',
    () => inputs.map((input) => JSON.stringify(input)),
    () => groupInputs(inputs),
  );
}

function groupInputs(articles: QuoteInput[]): QuoteGroup[] {
  const items: QuoteItem[] = [];
  const links: Link[] = [];
  articles.forEach((article, a) => {
    const own = new Map<number, QuoteItem>();
    for (const { q, text, speaker, kind } of article.quotes) {
      const item = toItem(a, q, text, speaker, kind);
      items.push(item);
      own.set(q, item);
    }
    for (const { from, to, attribution } of article.links)
      links.push({ from: own.get(from)!, to: own.get(to)!, attribution });
  });

  const clusters = clusterQuotes(items, links).map((members) => {
    // The reference is the longest version of the statement's most quoted sentence (a group of
    // one sentence: of the statement), so the versions diffed against it are the most.
    const main = mostQuotedSentence(members);
    const [reference, ...rest] = [...members].sort(
      (a, b) =>
        Number(b.sentence === main) - Number(a.sentence === main) ||
        b.text.length - a.text.length ||
        a.article - b.article ||
        a.quote - b.quote,
    );
    rest.sort((a, b) => a.article - b.article || a.quote - b.quote);
    return [reference!, ...rest];
  });

  // Most widely quoted first; ties in order of first appearance.
  const firstSeen = (members: QuoteItem[]) =>
    members.reduce((min, m) => Math.min(min, m.article * 1e6 + m.quote), Infinity);
  const joined = quotedWords(articles, clusters);
  const keyed = clusters.map((members, c) => ({ members, words: joined[c]!, first: firstSeen(members) }));
  keyed.sort((a, b) => b.members.length - a.members.length || a.first - b.first);

  const usedIds = new Map<string, number>();
  return keyed.map(({ members, words }) => {
    const reference = members[0]!;
    const speaker = groupSpeaker(members);
    let id = groupId(speaker, reference);
    const seen = usedIds.get(id) ?? 0;
    usedIds.set(id, seen + 1);
    if (seen > 0) id = `${id}-${seen + 1}`;

    // The same wording is often reprinted verbatim by many outlets: diff each distinct text once.
    const diffs = new Map<string, DiffPart[]>();
    // A member of another sentence of the statement is not a version of the reference's words.
    const otherSentence = (member: QuoteItem) => member.sentence !== reference.sentence;
    const diff = members.slice(1).map((member) => {
      if (otherSentence(member)) return { article: articles[member.article]!.id, parts: [] };
      let parts = diffs.get(member.text);
      if (!parts) {
        parts = wordDiff(reference.text, member.text);
        diffs.set(member.text, parts);
      }
      return { article: articles[member.article]!.id, parts };
    });

    // A member's relation depends only on its text (its words and its diff): judged once per text.
    const relations = new Map<string, QuoteRelation>();
    const relationByText = (member: QuoteItem, parts: DiffPart[]): QuoteRelation => {
      if (otherSentence(member)) return 'sentence';
      let relation = relations.get(member.text);
      if (!relation) {
        relation = relationOf(reference, member, parts);
        relations.set(member.text, relation);
      }
      return relation;
    };

    return {
      id,
      speaker,
      text: reference.text,
      members: [
        ...members.map((m, i) => ({
          article: articles[m.article]!.id,
          quote: m.quote,
          relation: i === 0 ? relationOf(reference, m, []) : relationByText(m, diff[i - 1]!.parts),
        })),
        // Scare-quoted words lifted from the statement (words.ts): last, not diffed.
        ...words.map((w) => ({
          article: articles[w.article]!.id,
          quote: w.quote,
          relation: 'word' as const,
        })),
      ],
      diff: [...diff, ...words.map((w) => ({ article: articles[w.article]!.id, parts: [] }))],
      words: wordsByKey(articles, words, members.length),
    };
  });
}

/**
 * The group's quoted words, one entry per word (`key`: its folded words, words.ts) listing the
 * `word` members that print it; `first` is the index of the first word member in `members`.
 * The text is the first print, without trailing punctuation ('Lynching.' -> 'Lynching').
 */
function wordsByKey(
  articles: QuoteInput[],
  joins: ReadonlyArray<{ article: number; quote: number; key: string }>,
  first: number,
): GroupWord[] {
  const byKey = new Map<string, GroupWord>();
  joins.forEach((join, i) => {
    let entry = byKey.get(join.key);
    if (!entry) {
      const printed = articles[join.article]!.placed[join.quote]!.text;
      byKey.set(join.key, (entry = { text: printed.trim().replace(/[.,;:!?]+$/u, ''), members: [] }));
    }
    entry.members.push(first + i);
  });
  return [...byKey.values()];
}
