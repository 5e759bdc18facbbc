/**
 * normalize/text/lead: the lines between the headline and the body -> standfirst, byline, date,
 * captions, and the lines claimed for them. Also decides where the body starts when a heading is
 * glued on top of it or its first line turns out to be the dek.
 */
import { type Cue } from './cues.ts';
import { findDate, isDateLine } from './dates.ts';
import { fingerprint, type Line } from './lines.ts';
import { bylineOf, isCaption, isCredit, isHeadlineShaped, namesBeforeDate } from './meta.ts';
import { isProse, type Region } from './region.ts';
import { findDateline } from './sources.ts';

/**
 * A heading printed right on top of the body's first paragraph (no blank line between) opens the
 * body — a live-blog entry's title, a first subhead — unless it is the headline or a byline.
 * Returns where the body starts: the heading's line, or `region.start` unchanged.
 */
export function gluedHeadingStart(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  region: Region,
  head: number | null,
): number {
  const first = lines[region.start];
  const before = region.start - 1;
  const line = lines[before];
  if (!first || !line || first.blankBefore || before <= (head ?? -1) || cues[before]) return region.start;
  if (!isHeadlineShaped(line) || bylineOf(line, first) || namesBeforeDate(line, first)) return region.start;
  return before;
}

export interface Lead {
  standfirst: string | null;
  byline: string | null;
  published: string | null;
  captions: string[];
  /** Lines used for a field, by index -> the reason they are not paragraphs. */
  claimed: Array<[number, string]>;
  /** Where the body starts: one line later than the region when its first line became the dek. */
  bodyStart: number;
}

/**
 * The lines between the headline and the body: byline, date, captions and the standfirst (the
 * first sentence-like line). A first body line that a caption or byline block separates from the
 * rest of the body is the standfirst too: "Headline / Dek. / photo (AP) / Body...".
 */
export function readLead(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  head: number | null,
  region: Region,
): Lead {
  const lead: Lead = {
    standfirst: null,
    byline: null,
    published: null,
    captions: [],
    claimed: [],
    bodyStart: region.start,
  };
  const from = head !== null ? head + 1 : Math.max(0, region.start - 8);
  // A names line above a date is the byline only where no line says "By": a database record
  // prints the publication above the date and the writer in a "Byline:" field below.
  let said = false;
  for (let i = from; i < region.start && !said; i++)
    said = !cues[i] && bylineOf(lines[i] as Line, lines[i + 1]) !== null;
  for (let i = from; i < region.start; i++) {
    const line = lines[i] as Line;
    if (cues[i]) continue;
    if (isCaption(line)) {
      lead.captions.push(line.bare);
      lead.claimed.push([i, 'caption']);
      captionBefore(lines, i, from, lead);
      continue;
    }
    const byline =
      lead.byline ?? bylineOf(line, lines[i + 1]) ?? (said ? null : namesBeforeDate(line, lines[i + 1]));
    if (byline && !lead.byline) {
      lead.byline = byline;
      lead.claimed.push([i, 'byline']);
    }
    lead.published ??= findDate(line.bare);
    // The dek: the first text-like line under the headline (many outlets print it without a stop).
    const dek = (line.sentence && line.words >= 6) || line.words >= 8;
    if (!lead.standfirst && head !== null && dek && !isDateLine(line.bare) && byline === null) {
      lead.standfirst = line.text;
      lead.claimed.push([i, 'standfirst']);
    }
  }
  if (head !== null) earlierStandfirst(lines, head, lead);
  if (!lead.standfirst && head !== null && detachedStandfirst(lines, cues, head, region, lead))
    lead.bodyStart = region.start + 1;
  lead.byline ??= bylineNear(lines, from - 6, from);
  lead.published ??= dateNear(lines, from - 6, from) ?? dateNear(lines, lead.bodyStart, lead.bodyStart + 2);
  return lead;
}

/** A short line glued to a credit ("Jens Stoltenberg" above "Photo: OPU") is that photo's caption. */
function captionBefore(lines: readonly Line[], i: number, from: number, lead: Lead): void {
  const line = lines[i] as Line;
  const prev = lines[i - 1];
  if (!prev || i - 1 < from || line.blankBefore || !isCredit(line) || isProse(prev, true)) return;
  if (lead.claimed.some(([index]) => index === i - 1)) return;
  lead.captions.splice(lead.captions.length - 1, 0, prev.bare);
  lead.claimed.push([i - 1, 'caption']);
}

/** "Headline / Dek / Headline again": a sentence between two printings of the headline is the dek. */
function earlierStandfirst(lines: readonly Line[], head: number, lead: Lead): void {
  const key = fingerprint(lines[head]?.bare ?? '');
  for (let i = head - 1; i >= Math.max(0, head - 6); i--) {
    if (fingerprint(lines[i]?.bare ?? '') !== key) continue;
    for (let j = i + 1; j < head; j++) {
      const line = lines[j] as Line;
      if (!lead.standfirst && line.sentence && line.words >= 6) {
        lead.standfirst = line.text;
        lead.claimed.push([j, 'standfirst']);
      }
    }
    lead.claimed.push([i, 'duplicate']);
    return;
  }
}

/** Cues that belong to an article's header (with its byline and date), so a dek may follow them. */
const HEADER_CUES: ReadonlySet<string> = new Set(['read-time', 'timestamp']);

/**
 * The body's first line is the standfirst when captions or a byline stand between it and the rest,
 * unless a share bar (the end of the page's header) or the lead photo's caption stands above it.
 * Claims it in `lead` and says whether it did (the caller then starts the body one line later).
 */
function detachedStandfirst(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  head: number,
  region: Region,
  lead: Lead,
): boolean {
  const first = lines[region.start];
  // "WASHINGTON (Wire) - …" opens the story itself: a lede, never a standfirst.
  if (!first || !isProse(first, true) || first.words > 60 || findDateline(first.bare)) return false;
  // A share bar below the headline, or other page furniture right above this line, ends the
  // article's header: a dek sits under the headline, the body under the tools. A reading time or
  // a timestamp is header metadata.
  const above = cues[region.start - 1];
  if (above && !HEADER_CUES.has(above.reason)) return false;
  // Under the lead photo's caption the story has begun: a dek stands above the photo.
  const over = lines[region.start - 1];
  if (over && region.start - 1 > head && isCaption(over)) return false;
  for (let i = head + 1; i < region.start; i++) if (cues[i]?.reason === 'share-bar') return false;
  let furniture = 0;
  for (let i = region.start + 1; i <= region.end; i++) {
    const line = lines[i] as Line;
    if (isProse(line, true) && !isCaption(line)) break;
    if (
      isCaption(line) ||
      bylineOf(line, lines[i + 1]) ||
      isDateLine(line.bare) ||
      cues[i]?.reason === 'read-time'
    )
      furniture++;
  }
  if (furniture === 0) return false;
  lead.standfirst = first.text;
  lead.claimed.push([region.start, 'standfirst']);
  return true;
}

function bylineNear(lines: readonly Line[], from: number, to: number): string | null {
  for (let i = Math.max(0, from); i < to; i++) {
    const byline = bylineOf(lines[i] as Line, lines[i + 1]);
    if (byline) return byline;
  }
  return null;
}

function dateNear(lines: readonly Line[], from: number, to: number): string | null {
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    const line = lines[i] as Line;
    if (line.words > 30) continue;
    const date = findDate(line.bare);
    if (date) return date;
  }
  return null;
}
