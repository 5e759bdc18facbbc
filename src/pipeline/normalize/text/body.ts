/**
 * normalize/text/body: the body region's lines -> paragraphs, subheads, captions, and the lines
 * removed or claimed on the way (furniture cues, repeats of the headline or an earlier paragraph,
 * every copy of a notice printed three times or more, the short lines after the desk's credits
 * trailer: normalize/furniture.ts).
 */
import type { RemovedBlock } from '../../../lib/model.ts';
import { BOX_REPEATS, closesStory, isBoxRepeat, isPromoLink, isTrailerNote } from '../furniture.ts';
import { noticeReason } from '../notices.ts';
import { pageMarkReason } from '../page-marks.ts';
import { type Cue } from './cues.ts';
import { isDateLine } from './dates.ts';
import { fingerprint, lineFingerprint, type Line } from './lines.ts';
import { isCaption, isCredit } from './meta.ts';
import { isProse, type Region } from './region.ts';

/** Longest line read as the cutline under a photo credit. */
const MAX_CUTLINE_WORDS = 25;

/** A whole line in quote marks: a quotation set apart, or a pull quote. */
const QUOTED = /^["“”„«‘'].*["“”»’']$/u;

export interface Body {
  paragraphs: string[];
  /** fingerprint(paragraphs[i]) each (the line's, already worked out), for normalize/furniture.ts. */
  keys: string[];
  subheads: string[];
  captions: string[];
  removed: RemovedBlock[];
  claimed: Array<[number, string]>;
}

/**
 * The body's lines, sorted: furniture the cues recognise and repeats of the headline or of an
 * earlier paragraph are removed; captions (with a short cutline printed right under a bare photo
 * credit) and subheads go to their fields; the rest are paragraphs.
 */
export function readBody(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  region: Region,
  headline: string,
  standfirst: string | null,
): Body {
  const body: Body = { paragraphs: [], keys: [], subheads: [], captions: [], removed: [], claimed: [] };
  const seen = new Set<string>([fingerprint(headline), fingerprint(standfirst ?? '')]);
  // Each kept paragraph's fingerprint, worked out once: a page repeating many lines looked up every
  // earlier paragraph's again at each repeat (quadratic).
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = fingerprint(text)));
    return key;
  };
  // A short statement the page prints between paragraphs again and again is a box, every copy of
  // it (normalize/furniture.ts; later copies would be dropped as duplicates, not the first).
  const copies = new Map<string, number>();
  for (let i = region.start; i <= region.end; i++) {
    const line = lines[i] as Line;
    if (!cues[i] && isBoxRepeat(line.text)) {
      const key = lineFingerprint(line);
      copies.set(key, (copies.get(key) ?? 0) + 1);
    }
  }
  let lastParagraph = -1;
  // The story closed by its credits trailer (normalize/furniture.ts).
  let closed = false;
  // The line under a bare photo credit, in its block ("PHOTO BY JANE DOE / STAFF", then the
  // cutline): the photo's caption, when short.
  let cutline = -1;
  for (let i = region.start; i <= region.end; i++) {
    const line = lines[i] as Line;
    const cue = cues[i];
    if (i === cutline && !cue && !line.blankBefore && line.words <= MAX_CUTLINE_WORDS) {
      body.captions.push(line.bare);
      body.claimed.push([i, 'caption']);
      continue;
    }
    if (cue) {
      body.claimed.push([i, cue.reason]);
      closed ||= closesStory(cue.reason, body.paragraphs.length);
      continue;
    }
    if (closed && isTrailerNote(line.text)) {
      body.claimed.push([i, 'after-credits']);
      continue;
    }
    closed = false;
    const key = lineFingerprint(line);
    if ((copies.get(key) ?? 0) >= BOX_REPEATS) {
      body.claimed.push([i, 'repeated-box']);
      continue;
    }
    // A notice printed again (a post's "Thank · Reply · Share" under each post) is judged with the
    // paragraphs (normalize/furniture.ts reads the post above each copy), not dropped as a repeat.
    if (key && seen.has(key) && !noticeReason(line.text)) {
      // A pull quote printed in quote marks before the paragraph it repeats: keep the paragraph.
      const earlier = body.paragraphs.findIndex((p) => keyOf(p) === key);
      const pulled = earlier >= 0 && QUOTED.test(body.paragraphs[earlier] ?? '') && !QUOTED.test(line.text);
      if (!pulled) {
        body.claimed.push([i, 'duplicate']);
        continue;
      }
      body.removed.push({ text: body.paragraphs[earlier] ?? '', reason: 'pull-quote' });
      body.paragraphs.splice(earlier, 1);
      body.keys.splice(earlier, 1);
    }
    if (isCaption(line) && (!isProse(line, true) || line.words <= 45)) {
      // A photo's caption line directly above its bare credit belongs with it.
      if (
        isCredit(line) &&
        !line.blankBefore &&
        lastParagraph === i - 1 &&
        !isProse(lines[i - 1] as Line, true)
      ) {
        body.captions.push(body.paragraphs.pop() ?? '');
        body.keys.pop();
        body.claimed.push([i - 1, 'caption']);
      }
      body.captions.push(line.bare);
      body.claimed.push([i, 'caption']);
      if (isCredit(line) && !isProse(line, true)) cutline = i + 1;
      continue;
    }
    if (line.words >= 4) seen.add(key);
    // A page's mark ("[MUSIC]", a court stamp) or a paywall's prompt stands alone like a subhead:
    // normalize/furniture.ts judges it with the paragraphs.
    if (isSubhead(lines, cues, i, region) && !pageMarkReason(line.text) && !noticeReason(line.text)) {
      body.subheads.push(line.text);
      body.claimed.push([i, 'subhead']);
      continue;
    }
    // The line's fingerprint is its text's: a bullet and white space are not letters or digits.
    body.paragraphs.push(line.text);
    body.keys.push(key);
    lastParagraph = i;
  }
  // The caption pop above may have re-claimed a line already listed; keep each index once.
  body.claimed = [...new Map(body.claimed).entries()];
  return body;
}

/**
 * A short heading between paragraphs: a few words without a closing full stop, alone (not one
 * item of a list), with prose right after it.
 */
function isSubhead(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  i: number,
  region: Region,
): boolean {
  const line = lines[i] as Line;
  if (line.words > 14 || line.bare.length > 120 || line.bullet || isProse(line, true)) return false;
  if (/[.,;:…]$/u.test(line.bare) || /^\d/u.test(line.bare) || isDateLine(line.bare)) return false;
  // Another story's link (a title in capitals, "Label:Title") is read as furniture, not a heading.
  if (isPromoLink(line.bare)) return false;
  const next = lines[i + 1];
  if (!next || i + 1 > region.end || cues[i + 1] || !isProse(next, true)) return false;
  // A heading over the site's notice (a funders' note under "Partners") is the notice's box heading:
  // normalize/furniture.ts judges it with the paragraphs (normalize/reader-posts.ts).
  if (noticeReason(next.text)) return false;
  const prev = lines[i - 1];
  return i === region.start || !prev || isProse(prev, true) || Boolean(cues[i - 1]);
}
