/**
 * compare/quotes/clauses: a short cut of a longer quote ("So some day", "off the hook") -> the one
 * group whose quote starts or ends a sentence with it.
 *
 * In:  the clusters after scoring (cluster.ts), as lists of QuoteItems.
 * Out: moves made in place: a quote left alone in its cluster joins another cluster when the rule
 *      below holds; returns how many joined.
 *
 * Why: a phrase of two or three words with one content word is too little to score (fragments.ts
 * needs five words and three content words, or four words for a same-speaker phrase): "off the
 * hook" shares one stem with anything that says "hook". Outlets still print such cuts of a statement
 * another outlet quotes in full, and the gold counts them as one statement. What identifies one is
 * not its words alone but where they sit: the same named speaker's longer quote, in another article,
 * holds them word for word (case, punctuation, quote marks and elisions aside: folded words without
 * bracketed insertions) at a sentence's start or end (an elision or a bracket is a sentence edge
 * too), and exactly ONE group holds such a quote. In two groups or none, with no speaker on the cut,
 * in the quote's own article only, or when its content word is among the commonest English words
 * ("as you know"), it stays apart (precision first: never guess which statement a stock phrase
 * belongs to). A cut between two commas ("…is offensive, it's wrong, and…") stays apart too: measured
 * on the tune gold, it joins answers the gold splits by sentence (BENCHMARKS.md, round 5).
 */
import { backgroundRate } from '../background.ts';
import { STOPWORDS, words } from '../text.ts';
import { FRAGMENT } from './fragments.ts';
import type { QuoteItem } from './item.ts';

/** Settings, chosen on the tune half of the hand gold (BENCHMARKS.md, statement groups round 5 of #10). */
export const CLAUSE = {
  /** Whether the rule runs (off only to measure it). */
  on: true,
  /** Fewest words of the short quote (one word is a label: words.ts handles scare-quoted words). */
  minWords: 2,
  /** Fewest content words (not stop words or numbers) of the short quote. */
  minContent: 1,
  /**
   * The commonest its rarest content word may be in general English (share of tokens, background.ts):
   * 1,000 per million keeps 'day', 'wrong', 'matter' and drops 'know', 'think', 'right' ("as you
   * know" is filler any answer opens with, not a cut of one statement).
   */
  maxRate: 1000e-6,
  /** Whether a cut with no speaker may join (any speaker's host; still exactly one group). */
  blankCuts: false,
  /**
   * Whether lone cuts with no host join each other when their folded words are the same and their
   * speaker is the same (two outlets printing one speaker's "It's wrong." word for word).
   */
  twins: true,
  /** Fewest words of the longer quote that hosts it: a statement, not another short cut. */
  hostMinWords: 4,
  /**
   * Where in the host the short quote must sit: at a sentence's start or end ('sentence'), at a
   * clause's, commas included ('clause'), or anywhere ('any').
   */
  boundary: 'sentence' as 'sentence' | 'clause' | 'any',
};

/** Punctuation that ends or opens a clause inside a quote (a hyphen only with spaces around). */
const CLAUSE_MARK = /[,;:.!?…()[\]"“”«»—–]|\s-\s/gu;
/** Punctuation that ends a sentence (or an elision, where a cut may start or end). */
const SENTENCE_MARK = /[.!?…]/u;

interface Clauses {
  /** The folded words without bracketed insertions or elision marks. */
  words: string[];
  /** Word indices where a clause (commas included) starts, and where one ends. */
  clauseStarts: Set<number>;
  clauseEnds: Set<number>;
  /** Word indices where a sentence (or a piece between elisions) starts, and where one ends. */
  sentenceStarts: Set<number>;
  sentenceEnds: Set<number>;
}

const CLAUSES = new WeakMap<readonly string[], Clauses>();

/** A host quote's words and its clause and sentence boundaries, built once per text. */
function clausesOf(item: QuoteItem): Clauses {
  let out = CLAUSES.get(item.folded);
  if (!out) {
    out = {
      words: [],
      clauseStarts: new Set([0]),
      clauseEnds: new Set(),
      sentenceStarts: new Set([0]),
      sentenceEnds: new Set(),
    };
    const text = item.text.replace(/\[[^\]]*\]/gu, ' … ');
    let from = 0;
    for (const m of [...text.matchAll(CLAUSE_MARK), null]) {
      const to = m ? m.index : text.length;
      out.words.push(...words(text.slice(from, to)));
      const at = out.words.length;
      out.clauseStarts.add(at);
      out.clauseEnds.add(at);
      if (m === null || SENTENCE_MARK.test(m[0])) {
        out.sentenceStarts.add(at);
        out.sentenceEnds.add(at);
      }
      from = m ? m.index + m[0].length : text.length;
    }
    CLAUSES.set(item.folded, out);
  }
  return out;
}

/** True when `piece` is a run of `host`'s words that starts or ends a clause of it. */
export function isClauseOf(piece: readonly string[], host: QuoteItem): boolean {
  const c = clausesOf(host);
  const n = piece.length;
  for (
    let i = c.words.indexOf(piece[0]!);
    i >= 0 && i + n <= c.words.length;
    i = c.words.indexOf(piece[0]!, i + 1)
  ) {
    let k = 1;
    while (k < n && c.words[i + k] === piece[k]) k++;
    if (k < n) continue;
    if (CLAUSE.boundary === 'any') return true;
    const [starts, ends] =
      CLAUSE.boundary === 'clause' ? [c.clauseStarts, c.clauseEnds] : [c.sentenceStarts, c.sentenceEnds];
    if (starts.has(i) || ends.has(i + n)) return true;
  }
  return false;
}

/** Whether `item` is a short cut this rule reads: too short for the scored fragment rules. */
export function isShortCut(item: QuoteItem): boolean {
  const n = item.folded.length;
  if ((item.speakerKey === null && !CLAUSE.blankCuts) || item.title || n < CLAUSE.minWords) return false;
  const content = item.folded.filter((w) => !STOPWORDS.has(w) && !/^\d+$/u.test(w));
  if (content.length < CLAUSE.minContent) return false;
  if (!content.some((w) => backgroundRate(w) <= CLAUSE.maxRate)) return false;
  // What fragments.ts scores already (isFragmentOf, isShortFragmentOf) is not this rule's.
  const scored =
    (n >= FRAGMENT.minWords && item.stems.size >= FRAGMENT.minContent) ||
    (n < FRAGMENT.minWords && item.stems.size >= FRAGMENT.shortMinContent) ||
    n >= FRAGMENT.fewContentMinWords;
  return !scored;
}

/**
 * Joins each lone short cut to the one cluster holding a longer quote of its speaker, from another
 * article, that has it as a clause (see the header). `clusters` are the member lists by cluster id
 * (all live); a joined cut's own list is emptied. Returns the number of joins.
 */
export function joinClauses(clusters: QuoteItem[][]): number {
  if (!CLAUSE.on) return 0;
  const cuts: number[] = [];
  clusters.forEach((members, id) => {
    if (members.length === 1 && isShortCut(members[0]!)) cuts.push(id);
  });
  if (cuts.length === 0) return 0;
  // The possible hosts by speaker: only a quote of the cut's own speaker can host it.
  const bySpeaker = new Map<string, Array<{ id: number; host: QuoteItem }>>();
  clusters.forEach((members, id) => {
    for (const host of members) {
      if (host.speakerKey === null || host.folded.length < CLAUSE.hostMinWords) continue;
      const list = bySpeaker.get(host.speakerKey);
      if (list) list.push({ id, host });
      else bySpeaker.set(host.speakerKey, [{ id, host }]);
    }
  });
  const moves: Array<{ from: number; to: number }> = [];
  const twins = new Map<string, number[]>();
  for (const id of cuts) {
    const item = clusters[id]![0]!;
    const hosts = new Set<number>();
    const candidates =
      item.speakerKey === null ? [...bySpeaker.values()].flat() : (bySpeaker.get(item.speakerKey) ?? []);
    for (const { id: other, host } of candidates) {
      if (other === id || hosts.has(other) || host.article === item.article) continue;
      if (host.folded.length > item.folded.length && isClauseOf(item.folded, host)) hosts.add(other);
    }
    if (hosts.size === 1) moves.push({ from: id, to: [...hosts][0]! });
    else if (hosts.size === 0 && CLAUSE.twins && item.speakerKey !== null) {
      const key = `${item.speakerKey}\u0000${item.folded.join(' ')}`;
      const list = twins.get(key);
      if (list) list.push(id);
      else twins.set(key, [id]);
    }
  }
  // Lone cuts no longer quote hosts: the same speaker's same words from two or more articles are one
  // statement's cut (identical words only; one article's repeats are no evidence for each other).
  for (const ids of twins.values()) {
    const articles = new Set(ids.map((id) => clusters[id]![0]!.article));
    if (articles.size < 2) continue;
    for (const id of ids.slice(1)) moves.push({ from: id, to: ids[0]! });
  }
  // Decided on the clusters as scored, then moved: one join never makes another possible.
  for (const { from, to } of moves) {
    clusters[to]!.push(...clusters[from]!);
    clusters[from]!.length = 0;
  }
  return moves.length;
}
