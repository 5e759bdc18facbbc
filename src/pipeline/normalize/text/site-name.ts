/**
 * normalize/text/site-name: the page's lines -> the outlet's name when no hint gives it, by the
 * agreement of every signal the page prints (normalize/outlet-vote.ts).
 *
 * In: the lines, their cues, the headline's line, the body region, the first body paragraph and
 * the site part of a document title line. Out: the outlet or null.
 * Signals: the title's site part; copyright lines anywhere; a credit near the headline ("By Jane
 * Doe, Outlet", "Jane Doe for Outlet", "Outlet Staff"); site furniture naming the outlet
 * (normalize/outlet-mentions.ts) outside the body's prose; a wire dateline ("CITY (Outlet) -")
 * opening the body or its standfirst; site-name lines at the top and bottom of the page that recur;
 * a masthead trusted alone by its shape, place and the header around it (text/masthead.ts);
 * and the host names the furniture prints, which lend weight to a name that spells them. A page
 * that republishes its story counts only its credits of the original publisher (outlet-reprint.ts).
 */
import { noticeReason } from '../notices.ts';
import { MEDIA_WORD, outletFromDateline, personLike, ROLE } from '../outlet.ts';
import {
  bylineAuthorKeys,
  bylineAuthors,
  copyrightVote,
  creditVote,
  FOOTER_LINK,
  furnitureVotes,
  originVotes,
} from '../outlet-lines.ts';
import { footerAccountMention } from '../outlet-mentions.ts';
import { authorPictureCredit, authorPossessive, isEmbedCredit, outletNotes } from '../outlet-notes.ts';
import { outletContactNote } from '../outlet-self.ts';
import {
  contactDomains,
  domainLabels,
  hostLabel,
  isSectionLabel,
  isSiteNameLine,
  spellsDomain,
} from '../outlet-site.ts';
import { chooseOutlet, OUTLET_WEIGHT, type OutletCandidate } from '../outlet-vote.ts';
import { cueOf, type Cue } from './cues.ts';
import { agreedNames } from './furniture-agree.ts';
import { isAgencyName } from './sources.ts';
import { isCapitalsLabel, isFurnitureLine, isMenuLine } from './headline.ts';
import { lineFingerprint, type Line } from './lines.ts';
import { SERIES_PART, trustedMasthead } from './masthead.ts';
import { type Region } from './region.ts';

/** Lines at the top of the page where a masthead stands. */
const EDGE = 3;
/** Lines above the headline searched for a masthead (menus and tickers sit between). */
const TOP_REACH = 15;

/** The outlet pasted text names (masthead, credits, furniture lines), by a weighted vote, or null. */
export function namedOutlet(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  head: number | null,
  region: Region,
  lede: string | undefined,
  titleSite: string | null,
  byline: string | null,
): string | null {
  const candidates: OutletCandidate[] = [];
  const add = (name: string | null, weight: number, provenance = false, weak = false) => {
    if (name) candidates.push({ name, weight, provenance, weak });
  };
  const vote = (c: OutletCandidate | null) => {
    if (c) candidates.push({ ...c, provenance: Boolean(c.provenance), weak: Boolean(c.weak) });
  };
  // A title's last part may be a section ("… - Politics"): only a name is the site.
  if (titleSite) add(titleSite, isSectionLabel(titleSite) ? 0 : OUTLET_WEIGHT.title);
  const authors = bylineAuthorKeys(byline);
  // The story's last paragraph-long line (below: the footer's own lines).
  const lastStory = lines.reduce((at, l, i) => (l.words >= STORY_LINE_WORDS ? i : at), -1);
  for (let i = lines.length - 1; i >= 0; i--) {
    const c = copyrightVote((lines[i] as Line).bare, authors, [lines[i - 1]?.bare, lines[i + 1]?.bare]);
    // A wire agency's copyright right under the story's last paragraph ("Copyright 2017 The
    // Associated Press. All rights reserved.") is the trailer the wire's feed closes its story with,
    // on every site that runs it: the story's wire credit (outlet-vote.ts), not the site's footer.
    // One a line further down beside the footer's legal links ("View Non-AMP Version", "© 2019
    // Associated Press", "Terms") is the footer's.
    const footer = [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && FOOTER_LINK.test(l.bare));
    const under = i === lastStory + 1 || (i === lastStory + 2 && !footer);
    const trailer = c !== null && under && isAgencyName(c.name);
    vote(trailer ? { ...c, wire: 'trailer' } : c);
  }
  const top = head ?? region.start;
  for (let i = Math.max(0, top - 6); i < Math.min(lines.length, region.start + 2); i++) {
    // The headline printed again (a print's tab title, a share card) is no credit line.
    if (i === head || (head !== null && lines[i]?.bare === lines[head]?.bare)) continue;
    const credit = creditVote((lines[i] as Line).bare);
    if (credit) {
      vote(credit);
      break;
    }
  }
  // A sentence inside the story may name another outlet ("…, a reporter for Outlet, said"); lines
  // of the body the cues call furniture, and an author bio closing it, are read with the rest.
  // A notice of the site's among the paragraphs (normalize/notices.ts: "X may earn a commission
  // when you shop through links …") is the site speaking, read like any furniture line.
  const prose = (i: number) =>
    i >= region.start && i <= region.end - 2 && !cues[i] && noticeReason((lines[i] as Line).bare) === null;
  const furniture: string[] = [];
  let authorCredited: OutletCandidate | null = null;
  let authorNamed: OutletCandidate | null = null;
  const writers = bylineAuthors(byline);
  // Below the story's last paragraph-long line, beside the footer's legal and contact links,
  // the site's own account or newsletter line ("Follow X on …") names the site firmly
  // (outlet-mentions.ts), once a page.
  let footerNamed = false;
  lines.forEach((line, i) => {
    const own =
      !footerNamed && i > lastStory && footerNear(lines, i) ? footerAccountMention(line.bare) : null;
    if (own) {
      footerNamed = true;
      vote({ name: own, weight: OUTLET_WEIGHT.mention });
    }
    // "X's Jane Doe" naming the byline's author, in a bio or a sentence: her newsroom, once a page.
    if (!authorNamed) vote((authorNamed = authorPossessive(line.bare, writers)));
    // Among the paragraphs, only a note or a credit no story sentence is shaped like ("Via X, Jan.
    // 14" over a quoted story, an embed's "— X (@x) May 4"; the firm ones match none of the corpus's
    // 19,884 paragraphs, the weak ones 3, which count only beside another signal) names the site.
    // A reader form's contact note between paragraphs ("X may contact you before publishing your
    // account", outlet-self.ts) is shaped like no story sentence either.
    if (prose(i))
      return [...outletNotes(line.bare), ...outletContactNote(line.bare)]
        .filter((c) => c.name !== own)
        .forEach(vote);
    // A widget's card between the paragraphs (text/boxes.ts) carries others' names too (a clip's
    // credit, a partner's box): its lines name the site only weakly, and say nothing of a reprint.
    if (cues[i]?.reason === 'widget') {
      furnitureVotes(line.bare)
        .filter((c) => c.name !== own)
        .forEach((c) => vote({ ...c, weak: true, provenance: false }));
      return;
    }
    furniture.push(line.bare);
    furnitureVotes(line.bare)
      .filter((c) => c.name !== own)
      .forEach(vote);
    // The byline's author credited under a picture ("Jane Doe/X"): their newsroom, once a page.
    if (!authorCredited) vote((authorCredited = authorPictureCredit(line.bare, authors)));
  });
  // The wire dateline opens the first paragraph, or a standfirst the page printed above it.
  const datelines = [lede, ...lines.slice(top, region.start + 1).map((l) => l.bare)];
  const wire = datelines.map((l) => (l ? outletFromDateline(l) : null)).find(Boolean);
  if (wire) vote({ name: wire, weight: OUTLET_WEIGHT.dateline, wire: 'dateline' });
  for (const [name, weight] of siteNameLines(lines, cues, head, region)) add(name, weight);
  add(trustedMasthead(lines, cues, head, region), OUTLET_WEIGHT.masthead);
  // Names two separate furniture lines agree on (text/furniture-agree.ts).
  for (const [name, weight] of agreedNames(lines, cues, head, region, writers)) add(name, weight);
  // Republication notes and the credits of the story's publisher (normalize/outlet-reprint.ts).
  // A headline printed twice (the page's title, then a body that opens by repeating it): a source
  // field under its first print ("2012-06-08 Source: X Editor: Y") is the head's too.
  const first = head === null ? top : lines.findIndex((l) => l.bare === lines[head]?.bare);
  const headLines = lines.slice(
    Math.max(0, Math.min(top, first) - 6),
    Math.min(lines.length, region.start + 2),
  );
  const origin = originVotes(
    furniture,
    headLines.map((l) => l.bare),
    lines.filter((_, i) => prose(i)).map((l) => l.bare),
  );
  origin.votes.forEach(vote);
  return chooseOutlet(candidates, {
    // The writer's contact address, wherever it stands, spells their newsroom's domain. A handle
    // or an address that spells the byline's writer ("@janedoe" on a reporter's card) is theirs,
    // not the site's: it lends no name weight.
    domains: [
      ...new Set([
        ...domainLabels(furniture.filter((l) => !isEmbedCredit(l))),
        ...contactDomains(lines.map((l) => l.bare)),
      ]),
    ].filter((label) => !writers.some((writer) => spellsDomain(writer, label))),
    reprint: origin.reprint,
    software: origin.software,
  });
}

/** How far from a footer's legal or contact link the site's own account line stands. */
const FOOTER_REACH = 3;

/** A footer's legal or contact link ("Terms of use", "Privacy policy", "About us") within reach. */
function footerNear(lines: readonly Line[], i: number): boolean {
  for (let j = Math.max(0, i - FOOTER_REACH); j <= Math.min(lines.length - 1, i + FOOTER_REACH); j++)
    if (j !== i && FOOTER_LINK.test((lines[j] as Line).bare)) return true;
  return false;
}

/**
 * Masthead and footer logo lines: site-name shaped lines above the headline or below the body,
 * weighted by standing at an edge of the page and by recurring on it.
 */
/** How often a header must recur through the page (once per screen) to name it. */
const SCREEN_REPEATS = 3;
/** A line this long is a paragraph of the story, not furniture. */
const STORY_LINE_WORDS = 15;

function siteNameLines(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  head: number | null,
  region: Region,
): Array<[string, number]> {
  const top = head ?? region.start;
  // A masthead recurs as the footer's logo text: printed both above the headline and below the body.
  const aboveKeys = new Set(lines.slice(0, top).map(lineFingerprint));
  const belowKeys = new Set(lines.slice(region.end + 1).map(lineFingerprint));
  const out = new Map<string, [string, number]>();
  lines.forEach((line, i) => {
    const above = i < top && i >= top - TOP_REACH;
    const below = i > region.end;
    if ((!above && !below && i >= EDGE) || cues[i] || !isSiteNameLine(line.bare)) return;
    // The headline, or a repeat of it, is not the site.
    if (head !== null && (i === head || lineFingerprint(line) === lineFingerprint(lines[head] as Line)))
      return;
    // A menu item inside a run of them is navigation; the masthead may head the run.
    const prev = lines[i - 1];
    const inRun = prev !== undefined && !line.blankBefore && prev.words <= 3;
    // A link preview: the site's name printed right under the link, spelling the link's host.
    const link = /^https?:\/\/([^/\s]+)\S*$/iu.exec(prev?.bare ?? '')?.[1];
    const label = link ? hostLabel(link) : null;
    if (above && label && spellsDomain(line.bare, label)) {
      out.set(lineFingerprint(line), [line.bare, OUTLET_WEIGHT.mention]);
      return;
    }
    if (isMenuLine(line.text) || (inRun && isFurnitureLine(lines, i) && !isCapitalsLabel(line))) return;
    // "The Hidden Ledger / Part 2 of 4": a series' title, not the site's.
    if (SERIES_PART.test(lines[i + 1]?.bare ?? '')) return;
    const key = lineFingerprint(line);
    // The logo's text is the page's first text: nothing but navigation cues above it.
    const edge = i < EDGE && cues.slice(0, i).every(Boolean) ? OUTLET_WEIGHT.edgeLine : 0;
    const repeated = aboveKeys.has(key) && belowKeys.has(key) ? OUTLET_WEIGHT.repeatedLine : 0;
    // One vote per distinct line, however often it recurs.
    const weight = Math.max(out.get(key)?.[1] ?? 0, edge + repeated);
    out.set(key, [line.bare, weight]);
  });
  // A screenshot's app header recurs at every screen break, between the story's paragraphs: a
  // site-name line printed three times or more, each time among short lines, is the page's name.
  // Its first print heads the page, above the headline; a cued line (an ad label) never counts.
  // Story lines before each line (prefix counts): "a paragraph between two prints" in O(1).
  const story = [0];
  lines.forEach((l, i) => story.push((story[i] ?? 0) + (l.words >= STORY_LINE_WORDS ? 1 : 0)));
  // Each print in the same frame of short lines (the phone's status bar and toolbar, "‹" and
  // "⋯"): the same name printed as a line of the story's own text (a credit under the writer's
  // name) or as a tag in a list is no screen header. Prints are grouped by line and frame once,
  // so a page that repeats a line many times stays linear.
  const frame = (j: number) => `${lines[j - 1]?.bare ?? ''}\n${lines[j + 1]?.bare ?? ''}`;
  const short = (j: number) =>
    [lines[j - 1], lines[j + 1]].filter((l): l is Line => l !== undefined).every((l) => l.words <= 3);
  const framedPrints = new Map<string, number[]>();
  lines.forEach((line, j) => {
    if (!short(j)) return;
    const key = `${lineFingerprint(line)}\n${frame(j)}`;
    const at = framedPrints.get(key);
    if (at) at.push(j);
    else framedPrints.set(key, [j]);
  });
  lines.forEach((line, i) => {
    const key = lineFingerprint(line);
    const at = short(i) ? (framedPrints.get(`${key}\n${frame(i)}`) ?? []) : [];
    // (A line already weighed as the top or bottom line keeps the heavier of the two weights.)
    if (
      at.length < SCREEN_REPEATS ||
      at[0] !== i ||
      (out.get(key)?.[1] ?? 0) >= OUTLET_WEIGHT.repeatedLine * 2
    )
      return;
    // The line's own cue: the screen-header mark itself (text/screen-cues.ts) does not count.
    if (cueOf(line.bare)) return;
    if (!aboveKeys.has(key) || !isSiteNameLine(line.bare)) return;
    if (isMenuLine(line.text) || (head !== null && key === lineFingerprint(lines[head] as Line))) return;
    // Each print stands between paragraphs of the story (once per screen), not in a tag list.
    const apart = at.every((j, n) => {
      const next = at[n + 1];
      return next === undefined || (story[next] ?? 0) - (story[j + 1] ?? 0) > 0;
    });
    if (apart) out.set(key, [line.bare, OUTLET_WEIGHT.repeatedLine * 2]);
  });
  // "Ann Lee and Tom Ross / USA TODAY": the outlet printed under the byline's names (each its own
  // paragraph, or the outlet on the next line).
  for (let i = (head ?? region.start) + 1; i < region.start; i++) {
    const line = lines[i] as Line;
    const prev = lines[i - 1] as Line;
    const names =
      /^by\s/iu.test(prev.bare) ||
      (prev.words >= 2 && personLike(prev.bare) && /^(?:\p{Lu}[\p{L}'’.-]+\s*){2,3}$/u.test(prev.bare)) ||
      /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+(?:\s+(?:and|&)\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)+)+$/u.test(prev.bare);
    // Only a name that reads as a medium: a job title ("Chief Political Correspondent") or a
    // second person is not an outlet.
    const medium = /^\P{Ll}+$/u.test(line.bare) || MEDIA_WORD.test(line.bare) || /^the\s/iu.test(line.bare);
    if (
      names &&
      medium &&
      !ROLE.test(line.bare) &&
      !cues[i] &&
      isSiteNameLine(line.bare) &&
      (!line.blankBefore || prev.blankBefore)
    )
      // A kicker in capitals ("COMMENTARY") looks the same: it counts only with another signal —
      // the masthead printing the same name is one (a credit, not the logo again: its own vote).
      out.set(`credit:${lineFingerprint(line)}`, [line.bare, OUTLET_WEIGHT.edgeLine]);
  }
  return [...out.values()];
}
