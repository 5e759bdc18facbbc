/**
 * quotes/sentences: a paragraph and its quote spans -> the reporter's sentences, as [start, end)
 * ranges, so each quote can be read together with the words around it.
 *
 * Sentence ends inside a quote do not end the reporter's sentence ("We need X. And Y," he said),
 * except when the quote itself ends with . ! or ? and a capital follows; the attribution step
 * then still accepts a following sentence that is nothing but a speech tag ("…fulfilled." He said.).
 */
import { ABBREVIATIONS as ABBREVIATION_LIST } from '../../../lib/lexicon/abbreviations.ts';
import type { QuoteSpan } from './marks.ts';

/** Words whose trailing period is not a sentence end; see lib/lexicon/abbreviations. */
const ABBREVIATIONS = new Set(ABBREVIATION_LIST.split(' '));

export type Range = [number, number];

function endsWithAbbreviation(text: string, dot: number): boolean {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  // A lone capital initial ("J. Smith") is not a sentence end either.
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(m[1]!);
}

/** True when a new sentence can start at `i` (after spaces): a capital, digit or an opening mark. */
function startsSentence(text: string, i: number): boolean {
  const rest = text.slice(i);
  const m = /^\s+(\S)/u.exec(rest);
  if (!m) return rest.trim() === '';
  return /[\p{Lu}\p{N}"“„«‘'(]/u.test(m[1]!);
}

/** Splits a paragraph into the reporter's sentences, reading over quote spans. */
export function sentenceRanges(text: string, spans: QuoteSpan[]): Range[] {
  const ends: number[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const span = spans[s];
    if (span && i === span.open) {
      // Jump over the quote; it ends the sentence only when it ends with its own full stop.
      i = span.close;
      s++;
      const inner = text.slice(span.start, span.end).trimEnd();
      if (!span.unclosed && /[.!?…]$/u.test(inner) && startsSentence(text, i + 1)) ends.push(i + 1);
      continue;
    }
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && endsWithAbbreviation(text, i)) continue;
    let j = i + 1;
    while (j < text.length && /[)\]]/u.test(text[j]!)) j++;
    if (j >= text.length || (/\s/u.test(text[j]!) && startsSentence(text, j))) ends.push(j);
  }
  const ranges: Range[] = [];
  let from = 0;
  for (const end of ends) {
    if (end > from) ranges.push([from, end]);
    from = end;
  }
  if (from < text.length) ranges.push([from, text.length]);
  return ranges;
}
