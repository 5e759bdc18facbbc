/**
 * normalize/text: the whole text of a web page, as pasted or scraped -> NormalizedArticle.
 *
 * In: decoded text with "\n" line endings — menus, tickers, share bars, captions, the article,
 * "Most read" lists, comments, footers, all in page order — plus story.yaml hints (which win).
 * Out: headline, standfirst, byline, outlet, published (YYYY-MM-DD), dateline, agencies, captions,
 * tags, subheads, machine-translation note, language, and the body paragraphs verbatim (each line
 * trimmed, nothing else changed), in order. Every line that is not a paragraph lands in `removed`
 * with a reason, or in one of the fields above; nothing is silently lost.
 *
 * How (all linear in the number of lines):
 *   lines   - one Line per non-blank line with cheap features          (text/lines.ts)
 *   cues    - generic web furniture: share bars, "Most read", comments (text/cues.ts)
 *   title   - the headline found by its repetition of the page title   (text/title.ts)
 *   region  - the body: the run of lines with the most prose            (text/region.ts)
 *   then this file reads the lines between headline and body (byline, date, standfirst, captions),
 *   sorts the body's lines into paragraphs, subheads, captions and furniture, and the lines after
 *   it (tags, credits).
 */
import type { RemovedBlock } from '../../lib/model.ts';
import { paragraphFurniture } from './furniture.ts';
import { lineCues, type Cue } from './text/cues.ts';
import { findDate, isDateLine } from './text/dates.ts';
import { outletFromByline, outletFromCopyright, outletFromDateline } from './outlet.ts';
import { findHeadline, HEADLINE_REACH } from './text/headline.ts';
import { fingerprint, lineFingerprint, splitLines, type Line } from './text/lines.ts';
import {
  bylineOf,
  isCaption,
  isCredit,
  isHeadlineShaped,
  isTagItem,
  namesBeforeDate,
  tagItems,
} from './text/meta.ts';
import { findRegion, isProse, type Region } from './text/region.ts';
import { findAgencies, findDateline } from './text/sources.ts';
import { guessLanguage } from './text/stopwords.ts';
import { findTitle } from './text/title.ts';
import type { NormalizeHints, NormalizedArticle } from './types.ts';

/** Lines after the body searched for tags and closing credits ("dpa"). */
const TAIL_REACH = 12;

export function normalizeText(text: string, hints: NormalizeHints = {}): NormalizedArticle {
  const lines = splitLines(text);
  const cues = lineCues(lines);
  const title = findTitle(lines);
  const found = findRegion(lines, cues, title?.index ?? -1);
  const region: Region = found ?? { start: lines.length, end: lines.length - 1 };

  const head = findHeadline(lines, cues, region, title?.indices ?? []);
  if (head !== null && head >= region.start) region.start = Math.min(head + 1, region.end + 1);
  const headline = head !== null ? (lines[head]?.text ?? '') : '';
  includeGluedHeading(lines, cues, region, head);

  const lead = readLead(lines, cues, head, region);
  const read = readBody(lines, cues, region, headline, lead.standfirst);
  // Whole-paragraph furniture (highlights, correction notes, shouted links), shared with HTML.
  const shaped = paragraphFurniture(read.paragraphs);
  const body = { ...read, paragraphs: shaped.paragraphs, captions: [...read.captions, ...shaped.captions] };
  const tail = readTail(lines, cues, region.end + 1);

  const removed = removedBlocks(lines, cues, region, head, [
    ...(title ? [[0, 'title'] as [number, string]] : []),
    ...lead.claimed,
    ...body.claimed,
    ...tail.claimed,
  ]);
  removed.push(...body.removed, ...shaped.removed);

  const zoneStart = head ?? Math.max(0, region.start - HEADLINE_REACH);
  const zone = lines.slice(zoneStart, Math.min(lines.length, region.end + 1 + 3)).map((l) => l.bare);
  const translation = lines.find((_, i) => cues[i]?.reason === 'translation-note')?.text ?? null;

  return {
    headline,
    standfirst: lead.standfirst,
    byline: lead.byline ?? tail.byline,
    outlet:
      hints.outlet ??
      title?.site ??
      namedOutlet(lines, head, region, body.paragraphs[0]) ??
      repeatedFirstLine(lines, cues, head),
    published: hints.published ?? lead.published ?? tail.published,
    dateline: body.paragraphs[0] ? findDateline(body.paragraphs[0]) : null,
    agencies: findAgencies(zone),
    machineTranslated: translation !== null,
    translationNote: translation,
    language: hints.language ?? guessLanguage(body.paragraphs.join('\n')),
    url: hints.url ?? null,
    captions: unique([...lead.captions, ...body.captions]),
    tags: unique(tail.tags),
    subheads: body.subheads,
    paragraphs: body.paragraphs,
    removed,
  };
}

/**
 * A heading printed right on top of the body's first paragraph (no blank line between) opens the
 * body — a live-blog entry's title, a first subhead — unless it is the headline or a byline.
 */
function includeGluedHeading(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  region: Region,
  head: number | null,
): void {
  const first = lines[region.start];
  const before = region.start - 1;
  const line = lines[before];
  if (!first || !line || first.blankBefore || before <= (head ?? -1) || cues[before]) return;
  if (!isHeadlineShaped(line) || bylineOf(line, first) || namesBeforeDate(line, first)) return;
  region.start = before;
}

interface Lead {
  standfirst: string | null;
  byline: string | null;
  published: string | null;
  captions: string[];
  /** Lines used for a field, by index -> the reason they are not paragraphs. */
  claimed: Array<[number, string]>;
}

/**
 * The lines between the headline and the body: byline, date, captions and the standfirst (the
 * first sentence-like line). A first body line that a caption or byline block separates from the
 * rest of the body is the standfirst too: "Headline / Dek. / photo (AP) / Body...".
 */
function readLead(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  head: number | null,
  region: Region,
): Lead {
  const lead: Lead = { standfirst: null, byline: null, published: null, captions: [], claimed: [] };
  const from = head !== null ? head + 1 : Math.max(0, region.start - 8);
  for (let i = from; i < region.start; i++) {
    const line = lines[i] as Line;
    if (cues[i]) continue;
    if (isCaption(line)) {
      lead.captions.push(line.bare);
      lead.claimed.push([i, 'caption']);
      captionBefore(lines, i, from, lead);
      continue;
    }
    const byline = lead.byline ?? bylineOf(line, lines[i + 1]) ?? namesBeforeDate(line, lines[i + 1]);
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
  if (!lead.standfirst && head !== null) detachedStandfirst(lines, cues, region, lead);
  lead.byline ??= bylineNear(lines, from - 6, from);
  lead.published ??= dateNear(lines, from - 6, from) ?? dateNear(lines, region.start, region.start + 2);
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

/** The body's first line is the standfirst when captions or a byline stand between it and the rest. */
function detachedStandfirst(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  region: Region,
  lead: Lead,
): void {
  const first = lines[region.start];
  if (!first || !isProse(first, true) || first.words > 60) return;
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
  if (furniture === 0) return;
  lead.standfirst = first.text;
  lead.claimed.push([region.start, 'standfirst']);
  region.start++;
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

interface Body {
  paragraphs: string[];
  subheads: string[];
  captions: string[];
  removed: RemovedBlock[];
  claimed: Array<[number, string]>;
}

/**
 * The body's lines, sorted: furniture the cues recognise and repeats of the headline or of an
 * earlier paragraph are removed; captions and subheads go to their fields; the rest are paragraphs.
 */
function readBody(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  region: Region,
  headline: string,
  standfirst: string | null,
): Body {
  const body: Body = { paragraphs: [], subheads: [], captions: [], removed: [], claimed: [] };
  const seen = new Set<string>([fingerprint(headline), fingerprint(standfirst ?? '')]);
  let lastParagraph = -1;
  for (let i = region.start; i <= region.end; i++) {
    const line = lines[i] as Line;
    const cue = cues[i];
    if (cue) {
      body.claimed.push([i, cue.reason]);
      continue;
    }
    const key = lineFingerprint(line);
    if (key && seen.has(key)) {
      body.claimed.push([i, 'duplicate']);
      continue;
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
        body.claimed.push([i - 1, 'caption']);
      }
      body.captions.push(line.bare);
      body.claimed.push([i, 'caption']);
      continue;
    }
    if (line.words >= 4) seen.add(key);
    if (isSubhead(lines, cues, i, region)) {
      body.subheads.push(line.text);
      body.claimed.push([i, 'subhead']);
      continue;
    }
    body.paragraphs.push(line.text);
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
  const next = lines[i + 1];
  if (!next || i + 1 > region.end || cues[i + 1] || !isProse(next, true)) return false;
  const prev = lines[i - 1];
  return i === region.start || !prev || isProse(prev, true) || Boolean(cues[i - 1]);
}

interface Tail {
  tags: string[];
  byline: string | null;
  published: string | null;
  claimed: Array<[number, string]>;
}

/**
 * What follows the body: a tag list ("Tags: a, b" or a run of short bulleted items right after the
 * body), a closing byline or date ("First published ...").
 */
function readTail(lines: readonly Line[], cues: readonly (Cue | null)[], from: number): Tail {
  const tail: Tail = { tags: [], byline: null, published: null, claimed: [] };
  const to = Math.min(lines.length, from + TAIL_REACH);
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    const cue = cues[i];
    if (cue?.reason === 'tags') {
      const items = tagItems(line.bare);
      if (items.length) tail.tags.push(...items);
      else i = collectTagRun(lines, cues, i + 1, tail, false) - 1;
      continue;
    }
    if (cue?.boundary) break;
    if (!cue && line.bullet && isTagItem(line) && tail.tags.length === 0 && i - from <= 3) {
      i = collectTagRun(lines, cues, i, tail, true) - 1;
      continue;
    }
    if (!cue) {
      tail.byline ??= line.words <= 12 ? bylineOf(line, lines[i + 1]) : null;
      tail.published ??= line.words <= 12 ? findDate(line.bare) : null;
    }
  }
  return tail;
}

/** Consecutive tag-shaped lines from `from` (bulleted ones only, when `bullets`); at least two. */
function collectTagRun(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  from: number,
  tail: Tail,
  bullets: boolean,
): number {
  let end = from;
  while (end < lines.length) {
    const line = lines[end] as Line;
    if (
      cues[end] ||
      !isTagItem(line) ||
      (bullets && !line.bullet) ||
      (end > from && line.blankBefore && bullets)
    )
      break;
    end++;
  }
  if (end - from < 2 && bullets) return from + 1;
  for (let i = from; i < end; i++) {
    tail.tags.push((lines[i] as Line).bare);
    tail.claimed.push([i, 'tags']);
  }
  return Math.max(end, from + 1);
}

/**
 * Every line that is not a paragraph, headline, standfirst or subhead, grouped into runs with one
 * reason (captions and tags are listed here too, besides their own fields):
 * the line's own cue, the reason it was claimed for, or the section it sits in — a ticker, a
 * "Most read" list, comments, the footer — else "navigation" above the article, "metadata" between
 * headline and body, "footer" below.
 */
function removedBlocks(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  region: Region,
  head: number | null,
  claimed: ReadonlyArray<[number, string]>,
): RemovedBlock[] {
  const claim = new Map(claimed);
  // Text that became part of the article's own fields, not furniture.
  const kept = new Set(['subhead', 'standfirst', 'headline']);
  const blocks: RemovedBlock[] = [];
  let section: string | null = null;
  let previous: { reason: string; index: number } | null = null;
  const metaFrom = head ?? region.start;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const inBody = i >= region.start && i <= region.end;
    if (i === region.start || i === head) section = null;
    const cue = cues[i];
    if (cue?.boundary) section = cue.reason;
    else if (section === 'ticker' && line.blankBefore) section = null;
    if (i === head) {
      previous = null;
      continue;
    }
    let reason = claim.get(i) ?? cue?.reason ?? null;
    if (reason === null && !inBody) {
      if (i === head) reason = 'headline';
      else if (section) reason = section;
      else if (i < metaFrom) reason = 'navigation';
      else if (i < region.start) reason = 'metadata';
      else reason = 'footer';
    }
    if (reason === null || kept.has(reason)) {
      previous = null;
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (last && previous && previous.reason === reason && previous.index === i - 1)
      last.text += `\n${line.text}`;
    else blocks.push({ text: line.text, reason });
    previous = { reason, index: i };
  }
  return blocks;
}

/**
 * The outlet the page names: its copyright line (the last one: the site's footer comes last),
 * else a "By Jane Doe, Outlet" byline near the headline, else a wire dateline opening the body.
 */
function namedOutlet(
  lines: readonly Line[],
  head: number | null,
  region: Region,
  lede: string | undefined,
): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const name = outletFromCopyright((lines[i] as Line).bare);
    if (name) return name;
  }
  const from = Math.max(0, (head ?? region.start) - 6);
  for (let i = from; i < Math.min(lines.length, region.start + 2); i++) {
    const name = outletFromByline((lines[i] as Line).bare);
    if (name) return name;
  }
  return lede ? outletFromDateline(lede) : null;
}

/** A short first line that recurs (header and footer logo text) is the site's name. */
function repeatedFirstLine(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  head: number | null,
): string | null {
  const first = lines[0];
  if (
    !first ||
    head === 0 ||
    cues[0] ||
    first.words > 6 ||
    first.bare.length > 60 ||
    /[.!?:-]$/u.test(first.bare)
  )
    return null;
  let times = 0;
  for (const line of lines) if (line.bare === first.bare) times++;
  return times >= 2 ? first.bare : null;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
