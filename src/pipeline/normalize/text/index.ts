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
 *   cues    - generic web furniture: share bars, "Most read", comments (text/cues.ts),
 *             and boxes told by their block: sign-up forms, paywall teasers (text/boxes.ts)
 *   title   - the headline found by its repetition of the page title   (text/title.ts)
 *   region  - the body: the run of lines with the most prose            (text/region.ts)
 *   lead    - byline, date, standfirst, captions above the body         (text/lead.ts)
 *   body    - paragraphs, subheads, captions, furniture in the body     (text/body.ts)
 *   tail    - tags and closing credits after the body                   (text/tail.ts)
 *   removed - every other line, grouped with a reason                   (text/removed.ts)
 *   outlet  - the site's name by the agreement of its signals           (text/site-name.ts)
 */
import { withoutCardHeadings } from '../bios.ts';
import { paragraphFurniture } from '../furniture.ts';
import type { NormalizeHints, NormalizedArticle } from '../types.ts';
import { readBody } from './body.ts';
import { lineCues } from './cues.ts';
import { findHeadline, HEADLINE_REACH } from './headline.ts';
import { trustedMasthead } from './masthead.ts';
import { gluedHeadingStart, readLead } from './lead.ts';
import { isDateLine } from './dates.ts';
import { splitLines, type Line } from './lines.ts';
import { bylineOf } from './meta.ts';
import { findRegion, type Region } from './region.ts';
import { removedBlocks } from './removed.ts';
import { namedOutlet } from './site-name.ts';
import { findAgencies, findDateline } from './sources.ts';
import { guessLanguage } from './stopwords.ts';
import { readTail } from './tail.ts';
import { findTitle } from './title.ts';

/** Pasted or clean text -> the normalized article (headline, outlet, dates, body, removed furniture); story.yaml hints win. */
export function normalizeText(text: string, hints: NormalizeHints = {}): NormalizedArticle {
  const lines = splitLines(text);
  const cues = lineCues(lines);
  const title = findTitle(lines);
  const found = findRegion(lines, cues, title?.index ?? -1);
  const prose: Region = found ?? { start: lines.length, end: lines.length - 1 };

  // The masthead judged by its own place and company, before any headline is chosen: its line is
  // the site's name, so the headline finder passes over it.
  const mastheadName = trustedMasthead(lines, cues, null, prose);
  const mastheadLine = mastheadName === null ? -1 : lines.findIndex((l) => l.bare === mastheadName);
  const head = findHeadline(
    lines,
    cues,
    prose,
    title?.indices ?? [],
    mastheadLine >= 0 ? mastheadLine : null,
  );
  // The body starts below the headline, one line higher for a glued heading, one lower for a dek.
  const belowHead: Region =
    head !== null && head >= prose.start
      ? { ...prose, start: creditsEnd(lines, head + 1, prose.end) }
      : prose;
  const headline = head !== null ? (lines[head]?.text ?? '') : '';
  const glued: Region = { ...belowHead, start: gluedHeadingStart(lines, cues, belowHead, head) };

  const lead = readLead(lines, cues, head, glued);
  const region: Region = { ...glued, start: lead.bodyStart };
  const read = readBody(lines, cues, region, headline, lead.standfirst);
  // Whole-paragraph furniture (highlights, correction notes, shouted links), shared with HTML.
  const shaped = paragraphFurniture(read.paragraphs, read.keys);
  const body = { ...read, paragraphs: shaped.paragraphs, captions: [...read.captions, ...shaped.captions] };
  const tail = readTail(lines, cues, region.end + 1);

  const removed = removedBlocks(lines, cues, region, head, [
    ...(title ? [[title.line, 'title'] as [number, string]] : []),
    ...lead.claimed,
    ...body.claimed,
    ...tail.claimed,
  ]);
  removed.push(...body.removed, ...shaped.removed);
  const subheads = withoutCardHeadings(body.subheads, removed);

  const zoneStart = head ?? Math.max(0, region.start - HEADLINE_REACH);
  const zone = lines.slice(zoneStart, Math.min(lines.length, region.end + 1 + 3)).map((l) => l.bare);
  const translation = lines.find((_, i) => cues[i]?.reason === 'translation-note')?.text ?? null;

  return {
    headline,
    standfirst: lead.standfirst,
    byline: lead.byline ?? tail.byline,
    outlet:
      hints.outlet ??
      namedOutlet(
        lines,
        cues,
        head,
        region,
        body.paragraphs[0],
        title?.site ?? null,
        lead.byline ?? tail.byline,
      ),
    published: hints.published ?? lead.published ?? tail.published,
    dateline: body.paragraphs[0] ? findDateline(body.paragraphs[0]) : null,
    agencies: findAgencies(zone),
    machineTranslated: translation !== null,
    translationNote: translation,
    language: hints.language ?? guessLanguage(body.paragraphs.join('\n')),
    url: hints.url ?? null,
    captions: unique([...lead.captions, ...body.captions]),
    tags: unique(tail.tags),
    subheads,
    paragraphs: body.paragraphs,
    removed,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

/** The first line below a headline found inside the body region that is not its byline or date ("By Jane Doe · 2019-02-21"): the lead reads those. */
function creditsEnd(lines: readonly Line[], from: number, end: number): number {
  let i = from;
  while (
    i <= end &&
    (bylineOf(lines[i] as Line, lines[i + 1]) !== null || isDateLine((lines[i] as Line).bare))
  )
    i++;
  return Math.min(i, end + 1);
}
