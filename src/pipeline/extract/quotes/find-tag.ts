/**
 * quotes/find-tag: one quote in its paragraph -> its speech tag and speaker, and which reading
 * found it (the AttributionPath, kept for the attribution audit).
 *
 * In:  the article's paragraphs, the quote spans of the paragraph, the quote's index, the
 *      paragraph's sentence ranges and the People index.
 * Out: Found | null. Readings, in order: the tag after the quote in its sentence ("…," X said), a
 *      bare tag with any verb ("…," X shot back), a tag this module cannot read (nobody), a
 *      tag-only next sentence, "X's claim that", the tag before the quote (or earlier in its
 *      sentence), a previous sentence or paragraph of reported speech, a previous paragraph ending
 *      "X said:", a tag closing the sentence or the sentence's subject (quotes/sentence-tags.ts).
 *      Reading the tag is quotes/attribution.ts; resolving its subject quotes/speakers.ts and
 *      people/resolve.ts.
 */
import { position, type People } from '../people.ts';
import type { Speaker } from '../people/resolve.ts';
import { tagAfter, tagSentence, isReportVerb, isSpeechVerb, unreadTagVerb, type Tag } from './attribution.ts';
import { tagBefore } from './tag-before.ts';
import { relays, reportEnds } from './relay.ts';
import { askedAbout, outerReport } from './inner-report.ts';
import { findQuoteSpans, maskQuotes, type QuoteSpan } from './marks.ts';
import { sentenceEnd, sentenceSubject } from './sentence-tags.ts';

export { maskQuotes };
import { sentenceRanges, type Range } from './sentences.ts';
import { resolveVoice } from './speakers.ts';
import { clauseSubject, relativeAntecedent } from './clause-subject.ts';

/**
 * Which reading of the text found a quote's speech tag: the tag after the quote in its sentence,
 * a tag-only next sentence, a tag this module cannot read, "X's claim that", the tag before the
 * quote (or earlier in the sentence), the previous sentence or paragraph of reported speech, a
 * previous paragraph ending "X said:"; 'none' when no tag was found.
 */
export type AttributionPath =
  | 'after'
  | 'after-any-verb'
  | 'next-sentence'
  | 'unread'
  | 'claim'
  | 'before'
  | 'before-sentence'
  | 'previous-sentence'
  | 'previous-paragraph'
  | 'colon-intro'
  | 'sentence-subject'
  | 'sentence-end'
  | 'none';

function sentenceOf(ranges: Range[], index: number): Range {
  return ranges.find(([a, b]) => index >= a && index < b) ?? [0, Number.MAX_SAFE_INTEGER];
}

/** A bare tag after a quote: a capitalised name, one lower-case verb (and "back"), sentence end. */
const BARE_TAG =
  /^[\s,—–-]*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*\.?)\s+(\p{Ll}+ed|\p{Ll}+(?=\s+back\b))(?:\s+back)?\s*[.!]?\s*$/u;

/** The same with any short subject phrase ("the Kremlin smiled", "his lawyer shot back"). */
const BARE_PHRASE_TAG = /^[\s,—–-]*(?:[\p{L}\p{M}'’.-]+\s+){1,4}(?:\p{Ll}+ed|\p{Ll}+\s+back)\s*[.!]?\s*$/u;

/** "X's claim that" right before a quote: the owner of the words (group 1, when possessive). */
const CLAIM_NOUNS = String.raw`claims?|assertions?|suggestions?|allegations?|remarks?|comments?|charges?|insistence|arguments?|words|statements?|promises?|warnings?|pledges?|vows?|declarations?|contentions?`;
const CLAIM_THAT = new RegExp(
  String.raw`(?:(?:^|\s)((?:the\s+)?\p{L}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s?\s+(?:\d{4}\s+)?)?\b(${CLAIM_NOUNS})\s+that\b[^.;:!?"“”]{0,80}$`,
  'iu',
);
/**
 * CLAIM_THAT's ending alone, which every text it matches ends with: tried first because the
 * optional owner in front makes CLAIM_THAT try a name at every word of the text, costly where
 * (as mostly) no "claim that" ends it.
 */
const ENDS_IN_CLAIM_THAT = new RegExp(String.raw`\b(?:${CLAIM_NOUNS})\s+that\b[^.;:!?"“”]{0,80}$`, 'iu');

export interface Found {
  tag: Tag;
  speaker: Speaker | null;
  /** The tag follows the quote ("…," she said). */
  after: boolean;
  /** The words are a claim's owner's ("X's assertion that"), who is not the sentence's subject. */
  claimed?: boolean;
  /** Which reading found the tag (see AttributionPath). */
  path: AttributionPath;
  /** Who spoke in the quote's sentence when the words are not surely theirs (a nested report). */
  voice?: Speaker | null;
}

/** The speech tag of one quote, looked for in its own sentence (and a tag-only next sentence). */
export function findTag(
  people: People,
  paragraphs: string[],
  i: number,
  spans: QuoteSpan[],
  k: number,
  ranges: Range[],
): Found | null {
  const text = paragraphs[i]!;
  const span = spans[k]!;
  const [s0, s1] = sentenceOf(ranges, span.open);
  const prev = spans[k - 1];
  const next = spans[k + 1];
  const preFrom = prev && prev.close >= s0 ? prev.close + 1 : s0;
  const postTo = next && next.open < s1 ? next.open : s1;
  const resolve = (tag: Tag, base: number, path: AttributionPath, para = i): Found => {
    const after = base > span.open && para === i;
    if (tag.participle) {
      const subject = clauseSubject(people, paragraphs[para]!, para, s0, base + tag.at);
      return tag.nested
        ? { tag, after, path, speaker: null, voice: subject }
        : { tag, after, path, speaker: subject };
    }
    // "Ruslan Tsarni, identified as the suspects' uncle, who says … "…"": the name "who" hangs on.
    if (/^who$/iu.test(tag.subject.trim()))
      return {
        tag,
        after,
        path,
        speaker: relativeAntecedent(people, paragraphs[para]!, para, base + tag.at),
      };
    return {
      tag,
      after,
      path,
      speaker: resolveVoice(people, tag.subject, position(people, para, base + tag.at)),
    };
  };

  if (!span.unclosed) {
    const post = text.slice(span.close + 1, postTo);
    let after = tagAfter(post, /[\p{L}\p{N}]$/u.test(text.slice(span.open + 1, span.close).trimEnd()));
    // "Valls said the attack "is our main concern," The New York Times reports.": an outlet
    // relaying someone else's words; "reports" tags the quote only when the quote opens its
    // sentence ("…," the Times reports.), so the outlet's own text.
    // "…," the Globe reports police are saying: a clause follows, whose subject speaks.
    if (after && isReportVerb(after.verb) && !reportEnds(post, after)) after = null;
    if (after && isReportVerb(after.verb) && text.slice(preFrom, span.open).trim() !== '') after = null;
    // "Moreno said … "…," according to The New York Times", "Kirby says there have been "…," Michele
    // adds.": the tag after relays words a speech verb before gave to its own subject (quotes/relay.ts).
    const before = text.slice(preFrom, span.open);
    const afterName = () => resolve(after!, span.close + 1, 'after').speaker?.name;
    const relayed =
      !!after && relays(before, after, (t) => resolve(t, preFrom, 'before').speaker?.name, afterName);
    if (relayed) after = null;
    // "the congregation shouted back, "Leave now," the statement said": a speech verb right
    // before the quote gives the words to its own subject; the tag after reports them.
    // (Not when both name one speaker: "Ginsburg said, "…," Ginsburg said".)
    if (after && preFrom === s0 && SPOKEN_RIGHT_BEFORE.test(text.slice(preFrom, span.open))) {
      const found = resolve(after, span.close + 1, 'after');
      const first = tagBefore(text.slice(preFrom, span.open));
      const own = first ? resolve(first, preFrom, 'before').speaker : null;
      if (found.speaker?.name && own?.name === found.speaker.name) return found;
      return { tag: after, after: true, speaker: null, path: 'unread' };
    }
    // "Asked about Trump's use of the words "slime ball" …, Ryan said:" (quotes/inner-report.ts).
    if (after && askedAbout(text.slice(s0, span.open), post.slice(0, after.at)))
      return { tag: after, after: true, speaker: null, path: 'unread' };
    if (after) return resolve(after, span.close + 1, 'after');
    // A tag that names someone this module cannot read: nobody, rather than the last speaker.
    // Only where a tag is due: the quote closes with its comma (or one follows), as in
    // "…," X said; not "…table" and accused her.
    const tagDue =
      !relayed && (/[,!?]$/u.test(text.slice(span.open + 1, span.close).trimEnd()) || /^\s*,/u.test(post));
    // "…," Tapper shot back. / "…," Ruiz laughed.: a name and a verb closing the sentence are a
    // tag whatever the verb.
    const bare = tagDue ? BARE_TAG.exec(post) : null;
    if (bare && !isSpeechVerb(bare[2]!)) {
      const tag = { subject: bare[1]!, verb: bare[2]!, at: post.indexOf(bare[1]!), participle: false };
      const found = resolve(tag, span.close + 1, 'after-any-verb');
      if (found.speaker?.kind === 'person') return found;
    }
    // "…," the Kremlin smiled.: a tag all the same, of someone this module does not name; the
    // quote must not inherit the previous speaker.
    if (bare || (tagDue && BARE_PHRASE_TAG.test(post)))
      return {
        tag: { subject: '', verb: bare?.[2] ?? '', at: 0, participle: false },
        after: true,
        speaker: null,
        path: 'unread',
      };
    // "…," posted Kelly Carlin from California.: a verb this module does not read, then a name.
    const inverted = tagDue && /^\s*,?\s*\p{Ll}+ed\s+(?:by\s+)?\p{Lu}/u.exec(post);
    const unread = tagDue
      ? (unreadTagVerb(post) ?? (inverted ? inverted[0].trim().split(/\s+/u)[0]! : null))
      : null;
    if (unread)
      return {
        tag: { subject: '', verb: unread, at: 0, participle: false },
        after: true,
        speaker: null,
        path: 'unread',
      };
    // "…fulfilled." Stoltenberg said.  — a sentence that is nothing but the tag.
    // Only for a quote that opens its sentence ("… would conduct a "…" The Times adds:" is the
    // police's words), and never a sentence ending in a colon, which introduces what follows.
    const following = ranges.find(([a]) => a === s1);
    const opens = !/[\p{L}\p{N}]/u.test(text.slice(s0, span.open));
    const sentence = following ? text.slice(following[0], following[1]) : '';
    if (
      !post.trim() &&
      following &&
      opens &&
      !/:\s*$/u.test(sentence) &&
      !(next && next.open < following[1])
    ) {
      // "…?" Trump asks Manigault Newman, who …: a quote ending in "?" or "!" right before the
      // sentence keeps its tag however long the sentence runs on.
      const asks = /[?!]$/u.test(text.slice(span.start, span.end)) && following[0] - span.close <= 2;
      const tagOnly = tagSentence(sentence, asks ? 40 : 12);
      if (tagOnly) return resolve(tagOnly, following[0], 'next-sentence');
    }
    // "…#MAGA!" Moore said on Twitter, using … "…": a quote ending in "!" or "?" ends the
    // reporter's sentence too, and the tag opening the next one is its own, up to a later quote.
    if (
      !post.trim() &&
      following &&
      opens &&
      next &&
      next.open < following[1] &&
      /[?!]$/u.test(text.slice(span.start, span.end)) &&
      following[0] - span.close <= 2
    ) {
      const tag = tagAfter(text.slice(following[0], next.open));
      if (tag && tag.at <= 1 && !tag.participle) return resolve(tag, following[0], 'next-sentence');
    }
  }
  const before = tagBefore(text.slice(preFrom, span.open));
  // "Flake rejected the president's claim that "…"": the words are the claim's owner's, not
  // the subject's; nobody is named rather than the wrong one.
  const claimText = text.slice(preFrom, span.open);
  const claim = ENDS_IN_CLAIM_THAT.test(claimText) ? CLAIM_THAT.exec(claimText) : null;
  // "said in a statement that", "with a pledge that": an owner-less statement or pledge is the
  // sentence subject's own; only "Romney's statement that" names another owner, and not after a
  // speech verb ("Trump tweeted after Pelosi's statement that …": the that-clause is the tweet's).
  const weak =
    claim !== null && /^(?:statement|promise|warning|pledge|vow|declaration|contention)s?$/iu.test(claim[2]!);
  // The owner is the capitalised run closing group 1 (the pattern is case-insensitive).
  const ownerName = claim?.[1]
    ? /(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})$/u.exec(claim[1])?.[1]
    : undefined;
  const lead = claim
    ? text.slice(preFrom, preFrom + claim.index) +
      ' ' +
      (claim[1] ?? '').slice(0, -(ownerName?.length ?? 0) || undefined)
    : '';
  const spokeBefore = lead.split(/[^\p{L}]+/u).some((w) => w !== '' && isSpeechVerb(w));
  if (claim && !(weak && (!ownerName || spokeBefore))) {
    // "Trump's assertion that DACA was "probably dead"": the claim's owner, when named.
    const at = position(people, i, preFrom + claim.index);
    const owner = ownerName
      ? resolveVoice(people, ownerName, at)
      : claim[1]
        ? resolveVoice(people, claim[1], at)
        : null;
    const tag = {
      subject: claim[1] ?? '',
      verb: claim[2]!.toLowerCase(),
      at: claim.index,
      participle: false,
    };
    return { tag, after: false, speaker: owner?.name ? owner : null, claimed: true, path: 'claim' };
  }
  const near = before ? resolve(before, preFrom, 'before') : null;
  // "X, who told the paper that she had told him that Biden had "…"": a report inside a report.
  const outer = near?.speaker?.name ? outerReport(text.slice(preFrom, preFrom + before!.at), before!) : null;
  if (outer && resolve(outer, preFrom, 'before').speaker?.name !== near!.speaker!.name)
    return { ...near!, speaker: null };
  // "President Trump, asked whether he still "loves" WikiLeaks, said that he knows "…"": a subject
  // opening the text after an earlier quote of the sentence may be that clause's object; the whole
  // sentence, quoted words blanked, decides when it names someone else.
  if (near?.speaker?.name && preFrom > s0 && before && !text.slice(preFrom, preFrom + before.at).trim()) {
    const whole = tagBefore(maskQuotes(text.slice(0, span.open), spans.slice(0, k)).slice(s0));
    const found = whole ? resolve(whole, s0, 'before-sentence') : null;
    if (found?.speaker?.name && found.speaker.name !== near.speaker.name) return found;
  }
  if (near?.speaker?.name) return near;
  // "Schumer said it was "disgraceful," and that "…"": the tag stands before an earlier quote of
  // the same sentence; read the whole sentence up to here, quoted words blanked.
  if (preFrom > s0) {
    const sentence = maskQuotes(text.slice(0, span.open), spans.slice(0, k)).slice(s0);
    let whole = tagBefore(sentence);
    // "Cornyn said he found no reason "…" but said "…"": a verb whose subject is left out after
    // "but"/"and" shares the subject of the sentence's earlier speech verb.
    if (whole && /^(?:and|but|yet)$/iu.test(whole.subject.trim()))
      whole = tagBefore(sentence.slice(0, whole.at).replace(/[\s,]+$/u, ' '));
    const found = whole ? resolve(whole, s0, 'before-sentence') : null;
    if (found && (found.speaker?.name || !near)) return found;
  }
  if (near) return near;
  const ending = sentenceEnd(people, text, i, spans, span, s0, s1);
  if (ending) return ending;
  // "Hoyer said he opposed the bill. "It is a mistake."": a quote opening its sentence, right
  // after a sentence of reported speech (one speech verb, no quote of its own) in the paragraph.
  if (!text.slice(s0, span.open).trim()) {
    const previous = ranges.find(([, b]) => b === s0);
    if (previous && !spans.some((x) => x.open >= previous[0] && x.open < previous[1])) {
      const sentence = text.slice(previous[0], previous[1]);
      const verbs = sentence.split(/[^\p{L}]+/u).filter((w) => w !== '' && isSpeechVerb(w));
      const reported = verbs.length === 1 ? tagBefore(sentence) : null;
      if (reported && !reported.participle) return resolve(reported, previous[0], 'previous-sentence');
    }
  }
  // A quote paragraph right after a paragraph of reported speech without quotes ("Mair said she
  // could not foresee …" / "She disagreed with …"): the same speaker goes on, as a reader takes it.
  if (k === 0 && !text.slice(0, span.open).trim() && i > 0 && !/:\s*$/u.test(paragraphs[i - 1]!)) {
    const prevText = paragraphs[i - 1]!;
    const prevSpans = findQuoteSpans(prevText);
    const last = sentenceRanges(prevText, prevSpans).at(-1);
    if (prevSpans.length === 0 && last) {
      const sentence = prevText.slice(last[0], last[1]);
      const verbs = sentence.split(/[^\p{L}]+/u).filter((w) => w !== '' && isSpeechVerb(w));
      const reported = verbs.length === 1 ? tagBefore(sentence) : null;
      if (reported && !reported.participle) return resolve(reported, last[0], 'previous-paragraph', i - 1);
      // "Secretary of State John Kerry issued a statement condemning the attack." then the
      // statement's words as a paragraph of their own.
      const issued = ISSUED_STATEMENT.exec(sentence);
      if (verbs.length === 0 && issued && spans.length === 1 && !text.slice(span.close + 1).trim()) {
        const tag = { subject: issued[1]!, verb: 'issued', at: issued.index, participle: false };
        return resolve(tag, last[0], 'previous-paragraph', i - 1);
      }
    }
  }
  // A paragraph that ends "X said:" introduces the quote opening the next one.
  if (k === 0 && !text.slice(0, span.open).trim() && i > 0 && /:\s*$/u.test(paragraphs[i - 1]!)) {
    const prevText = paragraphs[i - 1]!;
    const prevRanges = sentenceRanges(prevText, findQuoteSpans(prevText));
    const last = prevRanges[prevRanges.length - 1];
    if (last) {
      const intro = tagBefore(prevText.slice(last[0], last[1]));
      if (intro) return resolve(intro, last[0], 'colon-intro', i - 1);
    }
  }
  return sentenceSubject(people, text, i, s0, preFrom, span.open);
}

/** A finite verb of saying right before a quote's opening mark ("… shouted back, "). */
const SPOKEN_RIGHT_BEFORE =
  /\b\p{L}+\s+(?:also\s+)?(?:shouted|yelled|chanted|screamed|cried|said|told\s+\p{L}+)(?:\s+back)?,?\s*$/u;

/** "X issued a statement …", "The White House released the following statement": X speaks next. */
const ISSUED_STATEMENT =
  /^\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+(?:(?:of|for)\s+)?){0,6}?\p{Lu}[\p{L}\p{M}'’.-]*)\s+(?:also\s+|later\s+)?(?:issued|released|put\s+out)\s+(?:a|an|the\s+following)\s+(?:\p{Ll}+\s+)?statement\b/u;
