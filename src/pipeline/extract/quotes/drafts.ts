/**
 * quotes/drafts: quotes while they are being attributed, and the step that gives a quote without
 * a speech tag of its own the speaker of the quote it continues (the second half of a split
 * quote, a continuation paragraph, the quote after a tagged one in the same paragraph).
 *
 * In:  the drafts of one article in reading order, some with a speaker from their own tag.
 * Out: the same drafts, speaker/speakerKind/verb filled in where position makes it safe.
 */
import type { SpeakerKind } from '../../../lib/model.ts';
import type { QuoteSpan } from './marks.ts';

/** A quote while it is being attributed. */
export interface Draft {
  paragraph: number;
  span: QuoteSpan;
  partial: boolean;
  scare: boolean;
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  verb: string | null;
  /** It has a speech tag of its own (even one naming nobody: "a spokesperson said"). */
  tagged: boolean;
  /** Continues an unclosed quote from the previous paragraph. */
  continuesPrevious: boolean;
  /** Nothing but spaces between the paragraph start and the opening mark. */
  opensParagraph: boolean;
  /** Ends in a question mark: a question, whose answer is someone else's. */
  asks: boolean;
  /** The only quote of its paragraph, opening it ("…?" Kennedy asked. / "No."). */
  alone: boolean;
  /** Alone and nothing but the quote in the paragraph: a line of dialogue. */
  bare: boolean;
  /** Bare, short and without a stop of its own ("'We remain united'"): a subhead, no one's next line. */
  heading?: boolean;
  /** How the speaker was found: the tag reading, or how it was inherited (for the audit). */
  path: string;
  /** Its tag says a paper quoted just before goes on ("The message continued:", "…," it continued). */
  goesOn?: boolean;
  /** Its opening mark follows a small word ("… because "A special …""): woven into a sentence. */
  woven?: boolean;
}

/** "The message continued:", "…," the statement continues: the same paper as the quote before. */
const GOES_ON_VERB = /^continue[sd]$/u;
const GOES_ON_SUBJECT =
  /^(?:it|(?:(?:the|his|her|its|their)\s+)?(?:\p{Ll}+\s+)?(?:statement|message|letter|tweet|post|email|e-mail|note|memo|release|text|editorial|column|op-ed))$/iu;

/** Whether a tag (subject as written, verb) says the quoted paper before goes on. */
export const goesOn = (subject: string, verb: string): boolean =>
  GOES_ON_VERB.test(verb) && GOES_ON_SUBJECT.test(subject.trim());

/** Quotes without a tag take the speaker of the quote they continue. */
export function inheritSpeakers(
  drafts: Draft[],
  othersSpeakIn: (paragraph: number, speaker: string) => boolean = () => false,
  otherSpeaksBetween: (paragraph: number, from: number, to: number, speaker: string) => boolean = () => false,
): void {
  // A quote split over paragraphs shares one speaker, wherever in the chain the tag stands.
  for (let d = drafts.length - 1; d > 0; d--) {
    const cur = drafts[d]!;
    const prev = drafts[d - 1]!;
    if (cur.continuesPrevious && !prev.speaker && cur.speaker) {
      prev.speaker = cur.speaker;
      prev.speakerKind = cur.speakerKind;
      prev.verb = cur.verb;
      prev.path = `inherit-back<${cur.path}`;
    }
  }
  followDialogue(drafts);
  for (let d = 1; d < drafts.length; d++) {
    const cur = drafts[d]!;
    if (cur.goesOn && !cur.scare) continueStatement(drafts, d);
    if (cur.speaker || cur.tagged || cur.scare) continue;
    // The previous statement (scare quotes are not statements).
    let p = d - 1;
    while (p >= 0 && drafts[p]!.scare) p--;
    const prev = drafts[p];
    if (!prev || !prev.speaker) continue;
    const sameParagraph = prev.paragraph === cur.paragraph;
    const nextParagraph = prev.paragraph === cur.paragraph - 1 && cur.opensParagraph;
    // Question and answer alternate speakers ("Civil?" / "No."): a new quote that asks, or answers
    // a question, is not the asker's by position alone.
    // Within one paragraph the quotes around a tag are one speaker's ("Why now?" she asked. "Why …?").
    // A tagged quote that ends in "?" ("…wrong with you?" Rush tweeted) is no question put to
    // someone unless the tag says so (asked, pressed).
    const questionPut =
      prev.asks &&
      (!prev.tagged || /^(?:asked|asks|questioned|queried|pressed|wondered)$/u.test(prev.verb ?? ''));
    if (!cur.continuesPrevious && !sameParagraph && (cur.asks || questionPut)) continue;
    // A new paragraph in which someone else is the subject of a sentence ("…" Merrill wrote on
    // Twitter that …) is not surely the previous speaker's.
    if (nextParagraph && !cur.continuesPrevious && othersSpeakIn(cur.paragraph, prev.speaker)) continue;
    if (nextParagraph && cur.heading && !cur.continuesPrevious) continue;
    // "… calling this a "terrorist attack." The BBC's Jon Donnison tweets that "…"": someone else
    // named with a verb of saying between two quotes of a paragraph takes over.
    if (sameParagraph && otherSpeaksBetween(cur.paragraph, prev.span.close, cur.span.open, prev.speaker))
      continue;
    // "Reuters reported:" then a block with "… because "…"" inside: a quote woven into the block's
    // own sentences is someone the block quotes, not the outlet (ANNOTATION.md).
    if (sameParagraph && cur.woven && prev.path.includes('colon-intro')) continue;
    if (cur.continuesPrevious || sameParagraph || nextParagraph) {
      cur.speaker = prev.speaker;
      cur.speakerKind = prev.speakerKind;
      cur.verb = prev.verb;
      const how = cur.continuesPrevious ? 'continued' : sameParagraph ? 'same-paragraph' : 'next-paragraph';
      cur.path = `inherit-${how}<${prev.path}`;
    }
  }
}

/**
 * "Trump tweeted: "…"" then "The message continued: "…"": the quote before (not a scare quote),
 * in this paragraph or up to two before, gives its speaker, when it has one and the tag itself
 * named nobody ("…," the letter continued keeps "the letter"; "it" an organisation that spoke).
 */
function continueStatement(drafts: Draft[], d: number): void {
  const cur = drafts[d]!;
  let p = d - 1;
  while (p >= 0 && drafts[p]!.scare) p--;
  const prev = drafts[p];
  if (!prev?.speaker || cur.paragraph - prev.paragraph > 2) return;
  if (cur.speaker) return;
  cur.speaker = prev.speaker;
  cur.speakerKind = prev.speakerKind;
  cur.path = `goes-on<${prev.path}`;
}

/**
 * An exchange of questions and answers, one line a paragraph: once a tagged question ("…?"
 * Kennedy asked.) is answered by a tagged line of someone else ("I have not," Petersen said.),
 * bare lines that follow alternate between them — a question is the asker's, the line after a
 * question the answerer's. The run ends at any paragraph that is not a single quote.
 */
function followDialogue(drafts: Draft[]): void {
  let asker: Draft | null = null;
  let answerer: Draft | null = null;
  for (let d = 0; d < drafts.length; d++) {
    const cur = drafts[d]!;
    const prev = drafts[d - 1];
    const adjoining = prev !== undefined && prev.paragraph === cur.paragraph - 1 && prev.alone;
    if (!cur.alone || cur.scare || !adjoining) {
      asker = answerer = null;
      if (!cur.alone || cur.scare) continue;
    }
    if (cur.tagged && cur.speaker) {
      if (cur.asks) asker = cur;
      else if (prev?.asks && asker && prev.speaker === asker.speaker && cur.speaker !== asker.speaker)
        answerer = cur;
      continue;
    }
    if (!cur.bare || cur.tagged || cur.speaker || !asker || !answerer || !prev) continue;
    const from = cur.asks ? asker : prev.asks ? answerer : null;
    if (!from) {
      asker = answerer = null;
      continue;
    }
    cur.speaker = from.speaker;
    cur.speakerKind = from.speakerKind;
    cur.verb = null;
    cur.path = `dialogue<${from.path}`;
  }
}
