/**
 * normalize/text/region: which run of lines is the article body.
 *
 * In: the page's lines, their cues and (when known) the line of the headline. Out: the [start, end]
 * line range of the body.
 *
 * Each line earns a score — long sentence-like lines earn their word count, short lines (menus,
 * headline lists, buttons) cost a little, section headers that close an article ("Most read",
 * "Leave a reply", the footer) cost a lot — and the body is the contiguous run with the largest
 * total (maximum-subarray, one linear pass). A menu or a list of headlines costs more than it
 * could ever earn; a subhead or a short list inside the body is paid for by the prose around it.
 *
 * Position matters too: prose above the headline (cookie notices, teasers) and below the comments
 * header (readers' comments can outweigh a short article) earns only a fraction of its words.
 */
import type { Cue } from './cues.ts';
import type { Line } from './lines.ts';
import { AUXILIARIES } from '../../../lib/lexicon/auxiliaries.ts';
import { noticeReason } from '../notices.ts';
import { stopwordCount } from './stopwords.ts';

export interface Region {
  start: number;
  end: number;
}

/** Cost of one line that is not prose: the price of bridging a gap inside the body. */
const SHORT_LINE_COST = 4;
/** Non-prose lines in a row that cost only SHORT_LINE_COST each; longer runs cost double. */
const RUN_FREE = 4;
/** Cost of a header that opens a non-article section ("Most read", comments, footer). */
const BOUNDARY_COST = 30;
/** What prose outside the article's expected span (above the headline, below comments) earns. */
const OUTSIDE_WEIGHT = 0.2;
/** Function words per word below which a line reads as a list of names, not a sentence. */
const MIN_STOP_RATIO = 0.08;
/** What a short full sentence right after prose earns: enough to keep it, never enough to carry furniture. */
const SHORT_SENTENCE_SCORE = 1;

/** The run of lines that is the article body (most prose, fewest furniture cues) in pasted text. */
export function findRegion(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  anchor: number,
): Region | null {
  const useStopwords = pageHasStopwords(lines);
  const repeats = repeatCounts(lines);
  const scores: number[] = [];
  let run = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    // Furniture that interrupts an article (a player, a sign-up box, a box of links) stands
    // inside it, like an ad label: it costs nothing, and does not end a run of short lines either.
    if (cues[i]?.inBody) {
      scores.push(0);
      continue;
    }
    const cue = cues[i] ?? null;
    let score = lineScore(line, cue, useStopwords);
    // A short sentence right after prose ("He denied wrongdoing.", a closing quote's "said X."
    // line) is the article going on, not a menu line: it earns a little instead of costing.
    if (score < 0 && !cue && (scores[i - 1] ?? 0) > 0 && isShortSentence(line, useStopwords))
      score = SHORT_SENTENCE_SCORE;
    const times = repeats[i] ?? 1;
    // Prose printed twice is a teaser shown in two lists (or a summary), not the one body.
    if (score > 0 && times > 1) score = -1;
    // Furniture repeated between items (a share bar under every teaser) marks a list, not a body.
    if (cue && !cue.boundary && times > 2) score *= Math.min(times - 1, 3);
    // A long run of non-prose lines separates the article from the rest of the page; a short run
    // (a subhead, a small list, an ad label) is only an interruption.
    run = score < 0 ? run + 1 : 0;
    if (run > RUN_FREE) score *= 2;
    scores.push(score);
  }
  // A brief (a headline and one or two short sentences) has no prose line to follow: its first
  // short sentence below the headline starts the body.
  if (!scores.some((score) => score > 0)) briefScores(lines, cues, anchor, scores, useStopwords);
  const closing = closingLine(lines, cues, anchor, useStopwords);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] ?? 0;
    if (score > 0 && (i < anchor || i > closing)) scores[i] = score * OUTSIDE_WEIGHT;
  }
  return bestRegion(scores);
}

/** How much a line counts for or against being body text, from its cue, length and function-word density. */
export function lineScore(line: Line, cue: Cue | null, useStopwords: boolean): number {
  // An ad label stands inside an article: it says the body goes on, so it costs nothing.
  if (cue?.reason === 'ad') return 0;
  if (cue) return cue.boundary ? -BOUNDARY_COST : -SHORT_LINE_COST;
  if (isProse(line, useStopwords)) return line.words;
  // Long but unpunctuated: a table row, a list item with a run-on description, a teaser.
  if (line.words >= 25 && readsAsText(line, useStopwords)) return line.words / 2;
  return -SHORT_LINE_COST;
}

/** A line that reads like running text: a sentence or more, not a headline, menu or tag cloud. */
export function isProse(line: Line, useStopwords: boolean): boolean {
  if (!readsAsText(line, useStopwords)) return false;
  return line.sentence ? line.words >= 8 : line.words >= 40;
}

/** Words that address the reader: a sentence holding them outside quotes is the site talking. */
const READER_WORDS = /\b(?:you|your|yours|us|our)\b/iu;
/** The page and its parts as a sentence's subject ("Comments are closed.", "This story has been updated."). */
const PAGE_WORDS =
  /\b(?:story|article|content|comments|page|video|podcast|newsletter|site|website|link|app|this report)\b/iu;
/** Quoted spans, left out before looking for the site's voice ("We are grateful," said Ann Lee.). */
const QUOTED = /["“][^"”]*["”]/gu;
const AUXILIARY = new Set([...AUXILIARIES.split(' '), 'did', 'does', 'do']);
/** Words that open a sentence with its subject: articles, demonstratives, pronouns, possessives. */
const SUBJECT_OPENERS = new Set(
  'the a an this that these those it he she they we i his her its their there no one'.split(' '),
);

/**
 * A full sentence too short to count as prose: capitalised, closed by sentence punctuation,
 * three to seven words with a function word among them and a finite verb after its first word
 * ("He denied wrongdoing.", "The investigation continues.", "Police are investigating."), not
 * shouted, not a bullet, no link or address, not the site talking about itself or to the reader.
 * Menu items, labels and calls to act lack the verb ("Privacy policy and cookies.", "Watch the
 * video above.", "Posted in Local News.", "Thanks for reading.").
 */
export function isShortSentence(line: Line, useStopwords: boolean): boolean {
  if (!line.sentence || line.bullet || line.words < 3 || line.words >= 8) return false;
  const text = line.bare;
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(text) || !/\p{Ll}/u.test(text)) return false;
  if (/https?:|www\.|@|\.(?:com|org|net)\b|[|·•]/iu.test(text)) return false;
  const own = text.replace(QUOTED, ' ');
  // A question left unanswered at the end is a teaser's headline ("What can voters do next?").
  if (/\?[\s"'”’)\]]*$/u.test(own)) return false;
  if (READER_WORDS.test(own) || PAGE_WORDS.test(own)) return false;
  // A link's words ("The full transcript is available here.", "More here.").
  if (/\bhere[.!]$/iu.test(own.trim())) return false;
  // The desk's credits ("Reuters contributed.", "Jackson reported from Hanoi.").
  if (/\b(?:contributed|reported from)\b/iu.test(own)) return false;
  if (useStopwords && (stopwordCount(text) < 1 || !hasFiniteVerb(text))) return false;
  return noticeReason(text) === null;
}

/**
 * Whether a short English sentence holds a finite verb after its first word: an auxiliary, a past
 * form ("denied"), a speech verb, or an -s form right after its subject ("The money pays",
 * "He says", "Smith agrees").
 */
function hasFiniteVerb(text: string): boolean {
  const words = text
    .replace(/[^\p{L}\s'’-]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  const first = (words[0] ?? '').toLowerCase();
  const subjectEnd =
    SUBJECT_OPENERS.has(first) && !/^(?:he|she|it|they|we|i|there|one)$/u.test(first) ? 2 : 1;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    if (AUXILIARY.has(word.toLowerCase()) || /n[’']t$/u.test(word)) return true;
    // Verb forms are lower-case: "Charles", "Jones" and "United" are names.
    if (/^\p{Ll}\p{L}+ed$/u.test(word)) return true;
    if (i === subjectEnd && /^\p{Ll}\p{L}*[^s'\p{Lu}]s$/u.test(word)) return true;
  }
  return false;
}

/** Scores for a page with no prose line: the short sentences just below the headline earn a little. */
function briefScores(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  anchor: number,
  scores: number[],
  useStopwords: boolean,
): void {
  for (let i = Math.max(anchor + 1, 1); i < lines.length; i++) {
    if (cues[i] || !isShortSentence(lines[i] as Line, useStopwords)) {
      if ((scores[i - 1] ?? 0) > 0) return;
      continue;
    }
    scores[i] = SHORT_SENTENCE_SCORE;
  }
}

function readsAsText(line: Line, useStopwords: boolean): boolean {
  return !useStopwords || line.stop >= line.words * MIN_STOP_RATIO;
}

/** How often each line's exact text occurs on the page. */
function repeatCounts(lines: readonly Line[]): number[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.bare, (counts.get(line.bare) ?? 0) + 1);
  return lines.map((line) => counts.get(line.bare) ?? 1);
}

/**
 * Whether the page's language is one the function-word lists know: true when its long lines are
 * rich in them. Otherwise (Japanese, Arabic, ...) prose is told by length and punctuation alone.
 */
function pageHasStopwords(lines: readonly Line[]): boolean {
  let words = 0;
  let stop = 0;
  for (const line of lines) {
    if (line.words < 12) continue;
    words += line.words;
    stop += line.stop;
  }
  return words > 0 && stop >= words * 0.15;
}

/**
 * The first comments or footer header after the article has begun (two prose lines past the
 * headline): what follows is readers' comments or site furniture. Infinity when there is none.
 */
function closingLine(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  anchor: number,
  useStopwords: boolean,
): number {
  let prose = 0;
  for (let i = Math.max(anchor, 0); i < lines.length; i++) {
    const cue = cues[i];
    if (cue && prose >= 2 && (cue.reason === 'comment-form' || cue.reason === 'footer')) return i;
    const line = lines[i];
    if (line && !cue && isProse(line, useStopwords)) prose++;
  }
  return Infinity;
}

/** The run of lines with the largest total score (Kadane); null when nothing scores above zero. */
export function bestRegion(scores: readonly number[]): Region | null {
  let best: Region | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i] ?? 0;
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: i };
    }
  }
  return best;
}
