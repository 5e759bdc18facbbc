/**
 * extract/quotes: an article's body paragraphs -> its direct quotes, each with speaker and verb.
 *
 * In:  paragraphs (verbatim body text) and the context (headline, standfirst, captions), which
 *      only serves to learn names and roles.
 * Out: Quote[] in reading order. `text` is the quoted words without the marks; `start`/`end` are
 *      its offsets in the paragraph. A quote running over two paragraphs (the first left open, as
 *      news style does) gives one Quote per paragraph, both with the same speaker.
 *
 * Steps, each in its own module:
 *   quotes/marks.ts        find the spans between quotation marks (any mix of “”„“«»'' marks)
 *   quotes/sentences.ts    cut each paragraph into the reporter's sentences
 *   quotes/find-tag.ts     find the speech tag of each quote (which reading, which sentence;
 *                          quotes/sentence-tags.ts for tags the whole sentence gives)
 *   quotes/attribution.ts  read the speech tag next to a quote ("…," he stressed)
 *   quotes/clause-subject.ts  whose words a participle tag reports ("X praised Y, saying …")
 *   people.ts              learn who is named in the article; resolve he / the minister / surname
 *   quotes/drafts.ts       carry speakers over to quotes without a tag of their own
 * then here: classify each quote (full, partial, scare) and carry speakers over to quotes that have
 * no tag of their own (the second half of a split quote, a continuation paragraph).
 */
import type { Quote } from '../../lib/model.ts';
import { addMention, position, scanPeople } from './people.ts';
import { isSpeechVerb } from './quotes/attribution.ts';
import { goesOn, inheritSpeakers, type Draft } from './quotes/drafts.ts';
import { findTag, maskQuotes } from './quotes/find-tag.ts';
import { findQuoteSpans, type QuoteSpan } from './quotes/marks.ts';
import { sentenceRanges } from './quotes/sentences.ts';
import { FUNCTION_CAPS } from './quotes/tag-words.ts';
import { ROLE_HEADS } from './people/lexicon.ts';
import { declareOrganisations } from './quotes/speakers.ts';

export type { AttributionPath } from './quotes/find-tag.ts';

export interface QuoteContext {
  headline: string;
  standfirst: string | null;
  captions: string[];
}

/**
 * Full, partial or scare. A quote is woven into the reporter's sentence when a word stands right
 * before its opening mark (unless that word is a speech verb and the quote opens with a capital:
 * He said "We will win."), or a comma does, the quote opens with a capital and no speech tag
 * follows (fare, "Star Wars," and); "X," he said, "and Y." is the second half of a split quote.
 * Woven quotes of one or two words are labels or titles (scare quotes), except two words a named
 * speaker is reported to have said; longer ones are partial.
 */
function classify(
  text: string,
  span: QuoteSpan,
  taggedAfter: boolean,
  named: boolean,
): { partial: boolean; scare: boolean } {
  const before = text.slice(Math.max(0, span.open - 40), span.open).trimEnd();
  const prevWord = /(\p{L}+)\W*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const quoted = text.slice(span.start, span.end);
  const startsLower = /^[\p{Ll}]/u.test(quoted);
  const afterVerb = isSpeechVerb(prevWord) || prevWord === 'that';
  const woven =
    (/[\p{L}\p{N})]$/u.test(before) && (startsLower || !afterVerb)) ||
    (before.endsWith(',') &&
      !afterVerb &&
      !taggedAfter &&
      !span.unclosed &&
      !startsLower &&
      !/[.!?]$/u.test(quoted));
  const words = quoted.replace(/[.!?,]+$/u, '').split(/\s+/u);
  // "Axios on HBO", "Meet the Press", "I Have a Dream": a title of up to five words, every word
  // capitalised but for short function words, woven into the sentence, names a work, not words
  // someone said here.
  const title =
    words.length <= 5 &&
    words.some((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|on|the|a|an|and|to|in|for|at|with)$/u.test(w)) &&
    !/[.!?]/u.test(quoted);
  // ""A Higher Loyalty" hits store shelves": a title opening its sentence as the subject.
  // (Not the first half of a split quote: ""Unity," he said, "is …"".)
  const subject =
    (!before || /[.!?]$/u.test(before)) && !taggedAfter && !text.slice(span.end, span.close).includes(',');
  if (!woven)
    return { partial: false, scare: title && subject && /^\s+\p{Ll}/u.test(text.slice(span.close + 1)) };
  // Two words someone is reported to have said ("said DACA was "probably dead"") are speech;
  // one word, a title ("This Week") or two words with nobody named are labels.
  const titleCase = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  // "a "tax raid"", "dismissed that as "wishful thinking"": a label, unless it ends the sentence.
  const label = /^(?:a|an|the|as)$/u.test(prevWord) && !/[.!?]$/u.test(quoted);
  const spoken = named && words.length === 2 && !titleCase && !label;
  const scare = (words.length <= 2 && !spoken && !/[.!?]./u.test(quoted)) || title;
  return { partial: !scare, scare };
}

/**
 * A verb of saying or reporting that introduces the next quote, taken by a new speaker between two
 * quotes ("The BBC's Jon Donnison tweets that "…""; not "…," Clinton told McCain, Politico reported.).
 */
const SPEAKS_HERE =
  /(?<![\p{L}]|\bthe\s)(\p{Lu}[\p{L}'’.-]*)\s+(?:also\s+)?(?:said|says|told|tells|wrote|writes|tweeted|tweets|reported|reports|added|adds|replied|responded)(?=\s+that\b|\s*[:,]?\s*$)/gu;

/**
 * A capitalised word other than the speaker's own name is the subject of a speech verb in `text`
 * ("the Judge wrote" is the speaker again, by role).
 */
function otherSpeaks(text: string, speaker: string): boolean {
  const own = new Set(speaker.split(/\s+/u).map((w) => w.replace(/['’]s?$/u, '')));
  return [...text.matchAll(SPEAKS_HERE)].some(
    (m) =>
      !own.has(m[1]!.replace(/['’]s?$/u, '')) &&
      !FUNCTION_CAPS.has(m[1]!.toLowerCase()) &&
      !ROLE_HEADS.has(m[1]!.toLowerCase()),
  );
}

/** Reads an article's paragraphs into its direct quotes with speaker and verb. */
export function extractQuotes(paragraphs: string[], context: QuoteContext): Quote[] {
  return attributeQuotes(paragraphs, context).map((a) => a.quote);
}

/**
 * "“We will follow the example of Nelson Mandela,” he said": a "he"/"she" tag is not the person
 * the quoted words name in full, whoever the pronoun would otherwise reach.
 */
function namedInside(found: ReturnType<typeof findTag>, words: string): boolean {
  const name = found?.speaker?.kind === 'person' ? found.speaker.name : null;
  // The full name only: "the America of John McCain" may well be Meghan McCain's words.
  if (!name?.includes(' ') || !/^(?:he|she)$/iu.test(found!.tag.subject)) return false;
  return words.includes(name);
}

/** Up to eight words with no stop, comma or colon of their own: a subhead in quotation marks. */
const HEADING = /^[^.!?…,;:\s]+(?:\s+[^.!?…,;:\s]+){0,7}$/u;

/**
 * The quotes of extractQuotes with the path that gave each its speaker ("after", "before", or
 * "inherit-same-paragraph<after" for a speaker carried over): for the attribution audit.
 */
export function attributeQuotes(
  paragraphs: string[],
  context: QuoteContext,
): { quote: Quote; path: string; subject: string }[] {
  const spans = paragraphs.map(findQuoteSpans);
  const contextTexts = [context.headline, context.standfirst ?? '', ...context.captions];
  const masked = paragraphs.map((p, i) => maskQuotes(p, spans[i]!));
  const people = scanPeople(contextTexts, masked);
  declareOrganisations(people, masked);
  const drafts: Draft[] = [];
  const subjects: string[] = [];
  paragraphs.forEach((text, i) => {
    // Only a paragraph holding a quote is cut into sentences (most hold none).
    if (spans[i]!.length === 0) return;
    const ranges = sentenceRanges(text, spans[i]!);
    spans[i]!.forEach((span, k) => {
      const found = findTag(people, paragraphs, i, spans[i]!, k, ranges);
      const kind = classify(text, span, found?.after ?? false, Boolean(found?.speaker?.name));
      // A scare quote keeps a speaker only when its own sentence names one.
      const speaker = namedInside(found, text.slice(span.start, span.end)) ? null : (found?.speaker ?? null);
      // The subject of a nested report spoke, though the words may be the one reported on.
      const spoke = speaker?.person ?? found?.voice?.person;
      if (spoke && found && !found.claimed) addMention(people, spoke, position(people, i, span.open));
      const prevPara = spans[i - 1];
      const lastPrev = prevPara?.[prevPara.length - 1];
      const opensParagraph = k === 0 && !text.slice(0, span.open).trim();
      drafts.push({
        paragraph: i,
        span,
        ...kind,
        speaker: speaker?.name ?? null,
        speakerKind: speaker?.name ? speaker.kind : null,
        verb: found ? found.tag.verb : null,
        tagged: Boolean(found),
        continuesPrevious: opensParagraph && Boolean(lastPrev?.unclosed),
        opensParagraph,
        asks: /\?\W*$/u.test(text.slice(span.start, span.end)),
        alone: opensParagraph && spans[i]!.length === 1,
        bare: opensParagraph && spans[i]!.length === 1 && !text.slice(span.close + 1).trim(),
        heading:
          opensParagraph &&
          spans[i]!.length === 1 &&
          !text.slice(span.close + 1).trim() &&
          HEADING.test(text.slice(span.start, span.end).trim()),
        path: found ? (speaker?.via ? `${found.path}+${speaker.via}` : found.path) : 'none',
        goesOn: Boolean(found && goesOn(found.tag.subject, found.tag.verb)),
        woven: /\p{Ll}\s+$/u.test(text.slice(Math.max(0, span.open - 3), span.open)),
      });
      subjects.push(found?.tag.subject ?? '');
    });
  });
  inheritSpeakers(
    drafts,
    (paragraph, speaker) => {
      const lo = position(people, paragraph, 0);
      const hi = position(people, paragraph + 1, 0);
      const surname = speaker.split(' ').at(-1)!;
      return people.mentions.some(
        (m) =>
          m.pos >= lo && m.pos < hi && m.subject && m.person.evidence && !m.person.name.endsWith(surname),
      );
    },
    (paragraph, from, to, speaker) => otherSpeaks(masked[paragraph]!.slice(from, to), speaker),
  );
  return drafts.map((d, n) => ({
    path: d.path,
    subject: subjects[n]!,
    quote: {
      text: paragraphs[d.paragraph]!.slice(d.span.start, d.span.end),
      speaker: d.speaker,
      // A kind goes with a speaker (a person by default), null without one.
      speakerKind: d.speaker ? (d.speakerKind ?? 'person') : null,
      verb: d.verb,
      paragraph: d.paragraph,
      start: d.span.start,
      end: d.span.end,
      partial: d.partial,
      scare: d.scare,
    },
  }));
}
