/**
 * normalize/text/headline-pick: which of the headline-shaped lines above the body is the headline.
 *
 * In: the page's lines and cues, and the candidates text/headline.ts collected (line index and how
 * many content words each shares with the lede). Out: the chosen line index, or null.
 *
 * The earliest line sharing the lede's words wins (the headline stands above its standfirst and
 * story highlights, which often share even more), except where that line is site or page furniture
 * that shares a word by chance: a tagline, a programme's name, a case caption or a form field
 * stands apart from the story's own headline, with a label, a menu or another field between them.
 */
import type { Cue } from './cues.ts';
import { findDate, isDateLine } from './dates.ts';
import { lineFingerprint, type Line } from './lines.ts';
import { bylineOf, isCaption, isHeadlineShaped, isNames } from './meta.ts';
import { contentWords } from './stopwords.ts';

export interface Candidate {
  index: number;
  /** Content words shared with the lede. */
  shared: number;
}

/** "Words by Jane Doe", "Story by Jane Doe • 7h", "Photographs by Sam Roe": a credit naming its craft. */
const CRAFT_CREDIT = /^(?:story|words|text|reporting|photographs?|photos|graphics|video)\s+by\s+\p{Lu}/iu;

/** A byline: "By Jane Doe", "Words by Jane Doe", "Author: Jane Doe". */
function isByline(lines: readonly Line[], i: number): boolean {
  const line = lines[i] as Line;
  return (
    bylineOf(line, lines[i + 1]) !== null ||
    CRAFT_CREDIT.test(line.bare) ||
    (/^\p{Lu}\p{Ll}+:\s/u.test(line.bare) && isNamesCredit(line.bare))
  );
}

/** A line that belongs to a headline's own block: its byline, date or photo caption. */
function isCredit(lines: readonly Line[], i: number): boolean {
  const line = lines[i] as Line;
  return (
    bylineOf(line, lines[i + 1]) !== null ||
    CRAFT_CREDIT.test(line.bare) ||
    isDateLine(line.bare) ||
    isCaption(line)
  );
}

/** Names with their roles, as a byline without "By": "Katie Glueck, Correspondent", "Jo Lee, Sam Roe", "Author: Jane Doe". */
function isNamesCredit(text: string): boolean {
  // "Author: Jane Doe", "Reporter: Jane Doe": a labelled byline.
  const parts = text.replace(/^\p{Lu}\p{Ll}+:\s+/u, '').split(/\s*,\s*/u);
  return (
    parts.some((part) => isNames(part)) &&
    parts.every((part) => isNames(part) || /^\p{Lu}\p{Ll}+$/u.test(part))
  );
}

/**
 * The line right under a candidate credits it: a byline, a date, names with their roles, or a
 * short line carrying a name and a date. The story's headline
 * stands there; a site's tagline or a programme's name stands over menus and labels.
 */
function creditedBelow(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  if (!next) return false;
  return (
    bylineOf(next, lines[i + 2]) !== null ||
    isDateLine(next.bare) ||
    isNamesCredit(next.bare) ||
    // "Jane Doe · CNN · Posted: Jun 08, 2012": a name and a date on one credit line (an issue's
    // "Vol. 12, No. 4 · Week of June 8, 2012" under a masthead names no one).
    (next.words <= 25 &&
      findDate(next.bare) !== null &&
      next.bare.split(/\s+[·|•]\s+/u).some((part) => isNames(part.trim())))
  );
}

/**
 * A line between two candidates that belongs to neither story block: not cued furniture, not a
 * byline, date or caption, not a line sharing the lede's words (a standfirst, a highlight). A
 * menu item, a section label, a form field or a case number: the lines above it are the page's.
 */
function foreignBetween(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  candidates: readonly Candidate[],
  from: number,
  to: number,
): boolean {
  for (let j = from + 1; j < to; j++) {
    const line = lines[j] as Line;
    // A sentence between (a standfirst, a caption) or a long line belongs to the story.
    if (cues[j] || line.sentence || line.words > 10 || isCredit(lines, j) || isNamesCredit(line.bare))
      continue;
    if (candidates.some((c) => c.index === j && c.shared > 0)) continue;
    return true;
  }
  return false;
}

/** Ends like a question. */
const QUESTION_END = /\?["'”’»)]*$/u;

/** A form's field or a record's label: "SEO title: (not set)", "Keyword hits: 3". */
const FIELD = /^[\p{L}][\p{L} ]{0,24}:\s/u;

/**
 * A byline between two candidates that credits the upper one (no line sharing two lede words
 * stands between them): the upper one is the headline, the lower one a post's or a gallery's title.
 */
function bylineUnder(
  lines: readonly Line[],
  candidates: readonly Candidate[],
  from: number,
  to: number,
): boolean {
  for (let j = from + 1; j < to; j++) {
    if (!isByline(lines, j)) continue;
    return !candidates.some((c) => c.index > from && c.index < j && c.shared >= 2);
  }
  return false;
}

/**
 * One of a list of three or more headline-shaped lines (story highlights, a related list): the
 * lines next to it (cued ones skipped) are headline-shaped too, neither fields, credits nor repeats.
 */
function inList(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  candidates: readonly Candidate[],
  i: number,
): boolean {
  const key = lineFingerprint(lines[i] as Line);
  const item = (j: number) => {
    const line = lines[j] as Line;
    return (
      isHeadlineShaped(line) && !FIELD.test(line.bare) && !isCredit(lines, j) && lineFingerprint(line) !== key
    );
  };
  let items = 1;
  // Above it only highlights count (they share the lede's words), not the menu or labels over a headline.
  const sharing = (j: number) => candidates.some((c) => c.index === j && c.shared > 0);
  for (let j = i - 1; j >= 0 && (cues[j] || (item(j) && sharing(j))); j--) if (!cues[j]) items++;
  for (let j = i + 1; j < lines.length && (cues[j] || item(j)); j++) if (!cues[j]) items++;
  return items >= 3;
}

/**
 * A candidate sharing one or two words gives way to one below it that shares at least three and
 * more than twice as many (or just more, when the lower one has its byline or date right under
 * it), provided a foreign line and no byline of the upper one stand between them and the lower one is not one item of a list
 * of highlights. Next to each other (headline over standfirst), with only credits between, or with
 * its own credits under it, the earlier line stays the headline.
 */
function outweighed(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  candidates: readonly Candidate[],
  c: Candidate,
): boolean {
  if (creditedBelow(lines, c.index)) return false;
  // A question over a widget's lines ("Will the board delay the rise?" over "Yes 62¢ No 38¢": a
  // market, a poll, a form) gives way to a line below that shares more and has its credits under it.
  if (c.shared > 2)
    return (
      QUESTION_END.test((lines[c.index] as Line).bare) &&
      candidates.some(
        (b) =>
          b.index > c.index &&
          b.shared > c.shared &&
          creditedBelow(lines, b.index) &&
          foreignBetween(lines, cues, candidates, c.index, b.index) &&
          !bylineUnder(lines, candidates, c.index, b.index),
      )
    );
  // One shared word is chance beside a line right under it that shares four or more and has its
  // byline or date under it, when it is a video's or a promo's title: under a player's duration
  // or a label ("4:58", "Video"), or opening with its own ("Explained: how …"). A headline over a
  // standfirst with no full stop looks the same, but nothing cued stands over it.
  const next = candidates.find((b) => b.index === c.index + 1);
  const titled = cues[c.index - 1] != null || /^\p{L}+:\s/u.test((lines[c.index] as Line).bare);
  if (c.shared === 1 && titled && next && next.shared >= 4 && creditedBelow(lines, next.index)) return true;
  // Two shared words are chance for a short line (a programme's name); a longer one gives way
  // only to a line with its own byline or date under it.
  const chance = c.shared <= 1 || (lines[c.index] as Line).words <= 4;
  return candidates.some(
    (b) =>
      b.index > c.index &&
      (chance || creditedBelow(lines, b.index)) &&
      b.shared >= 3 &&
      (b.shared > 2 * c.shared || (b.shared > c.shared && creditedBelow(lines, b.index))) &&
      !inList(lines, cues, candidates, b.index) &&
      foreignBetween(lines, cues, candidates, c.index, b.index) &&
      !bylineUnder(lines, candidates, c.index, b.index),
  );
}

/**
 * The site speaking for itself or to the reader, not a story's headline: a prompt addressed to the
 * reader ("Someone sent you a story", "Get breaking news alerts"), a tagline with the paper's
 * founding year ("Serving Greer County since 1901"), the medium naming itself ("The independent
 * student newspaper of …", "A Ledger special report", "Nonprofit, independent journalism"), or a
 * banner in capitals for another story ("BREAKING: …", "JUST IN: …", "WEATHER ALERT: …"), the site
 * speaking as "our" or promoting its stream ("Stream our newscasts free", "Livestream: …").
 */
const SITE_VOICE = new RegExp(
  [
    String.raw`\byou(?:rs?|['’](?:re|d|ll|ve))?\b`,
    String.raw`\b(?:since|est\.?|established|founded(?:\s+in)?)\s+(?:1[5-9]|20)\d\d$`,
    String.raw`\b(?:newspaper|journalism|special\s+report|news\s+alerts?|newsletter)\b`,
    String.raw`^\p{Lu}{2,}(?:\s+\p{Lu}{2,})?:\s`,
    // A broadcaster's promo for its own stream: "Stream our newscasts free", "Watch X live".
    String.raw`\bour\b`,
    String.raw`^(?:watch\s.{1,40}\slive|live\s?stream)\b`,
  ].join('|'),
  'iu',
);
const BANNER = /^(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,})?|[Ll]ive ?[Ss]tream|LIVE ?STREAM):\s/u;
/** An explainer's headline, which may speak to the reader: "What you need to know", "Here's why …". */
const EXPLAINER = /^(?:what|why|how|when|where|who|which|here['’]s|everything|all)\b/iu;

/**
 * A line in the site's voice sharing one or two lede words (chance: "city", "story") gives way to
 * a line below it that shares two or more, and twice as many: the story's own headline.
 */
function siteVoice(lines: readonly Line[], candidates: readonly Candidate[], c: Candidate): boolean {
  const text = (lines[c.index] as Line).bare;
  // A message in a chat or a neighbours' feed shares the story's words freely: any line below
  // that shares more is the shared story's headline.
  if (isChatty(text))
    return candidates.some((b) => b.index > c.index && b.shared >= 2 && b.shared > c.shared);
  // A banner's label must be in capitals ("BREAKING:"), the other signs in any case; an
  // explainer's headline speaks to the reader too ("What you need to know about …").
  if (
    c.shared > 2 ||
    EXPLAINER.test(text) ||
    !(SITE_VOICE.test(text) && (BANNER.test(text) || !/^\p{L}+:\s/u.test(text)))
  )
    return false;
  // A line below with its own byline or date under it needs only to share as many.
  return candidates.some(
    (b) =>
      b.index > c.index &&
      b.shared >= 2 &&
      ((b.shared >= 2 * c.shared && b.shared > c.shared) ||
        (b.shared >= c.shared && creditedBelow(lines, b.index))),
  );
}

/**
 * Written as a message, not set as a headline: it opens in lower case ("anyone following this
 * one?", not "iPhone sales fall"), or runs on in lower case after a question or exclamation
 * ("Does anyone know …? my commute …").
 */
function isChatty(text: string): boolean {
  return (/^\p{Ll}/u.test(text) && !/^\p{Ll}+\p{Lu}/u.test(text)) || /[?!]\s+\p{Ll}/u.test(text);
}

/**
 * A kicker: a short topic line (four words or fewer) right over a longer line that repeats its
 * words, shares more of the lede's and has its byline or date right under it ("Ferry fare
 * protests" over "Harbour board delays ferry fare rise after commuter protests"). A standfirst is
 * longer than a headline, so the lower line must read as one (sixteen words or fewer).
 */
function kickerOver(lines: readonly Line[], candidates: readonly Candidate[], c: Candidate): boolean {
  const line = lines[c.index] as Line;
  const below = candidates.find((b) => b.index === c.index + 1);
  const next = lines[c.index + 1];
  if (line.words > 4 || !below || !next || below.shared <= c.shared) return false;
  if (next.words > 16 || next.words < line.words + 3 || !creditedBelow(lines, below.index)) return false;
  const words = new Set(contentWords(next.bare));
  return contentWords(line.bare).every((w) => words.has(w));
}

/** The headline among the candidates: the earliest that shares enough lede words and is not outweighed; else the earliest right above a byline or date; else the earliest. */
export function pickHeadline(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  candidates: readonly Candidate[],
): number | null {
  if (!candidates.length) return null;
  // A short line (a site or programme name) must share two words: one may be chance.
  const sharing = candidates.filter(
    (c) =>
      c.shared >= ((lines[c.index] as Line).words <= 4 ? 2 : 1) &&
      !outweighed(lines, cues, candidates, c) &&
      !siteVoice(lines, candidates, c) &&
      !kickerOver(lines, candidates, c),
  );
  // Nothing shares the lede's words (the body opens on a summary box or a note): the headline
  // sits right above its byline, a site's name or section label does not (a clipping's source
  // note may sit above its date, so a date alone does not tell).
  const credited = candidates.filter((c) => {
    const next = lines[c.index + 1];
    return next !== undefined && isByline(lines, c.index + 1);
  });
  const pool = sharing.length ? sharing : credited.length ? credited : candidates;
  return pool.reduce((a, b) => (b.index < a.index ? b : a)).index;
}
