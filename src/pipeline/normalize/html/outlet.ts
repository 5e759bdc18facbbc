/**
 * normalize/html/outlet: a parsed page (before body extraction prunes it) -> the outlet, by the
 * agreement of every signal (normalize/outlet-vote.ts), the same line signals as for pasted text.
 *
 * In: the document, its metadata and JSON-LD facts. Out: the outlet's name, or null.
 * Signals, roughly strongest first:
 *   metadata     og:site_name, JSON-LD publisher or WebSite name; application-name, a meta
 *                publisher, an RSS feed's title ("Outlet » Feed"), a twitter:site handle
 *   document     the <title>'s site part ("Headline | Outlet", "Headline | Section | Outlet",
 *                "Outlet: Headline"), or the same printed on the page (a print-out's running header)
 *   page text    copyright lines, bylines and credits, site furniture naming the outlet
 *                (newsletter, app, social, footer links; normalize/outlet-mentions.ts) outside the
 *                article's prose, a wire dateline opening the first paragraph
 *   masthead     the logo's alt text or label, a site-name element's text in the header, a
 *                screenshot's app header recurring at every screen
 *   domains      the canonical URL's host and hosts printed in the furniture: a name that spells
 *                one gains weight
 *   origin       republication notes and credits of the story's publisher (a logo's alt text read
 *                where it stands: "Originally published in [logo]"); a republishing page counts
 *                only those (normalize/outlet-reprint.ts), and so does a page whose headline, or
 *                a heading above the story, links to another site (html/outlet-shown.ts); there,
 *                a name printed beside it that spells the linked site ("NPR · 18h", a link card's
 *                "Outlet"), as anywhere a line naming the address it prints ("Source: X, https://x.com/…")
 * The site's own statements (og:site_name and kin, the <title>'s site part, the logo) are marked:
 * on a tool's or platform's page they name the tool, so the vote drops them where the story's zone
 * (its container, the fields between <h1> and story) prints another site's address, and abstains
 * where the story's own copyright names someone else. The <title>'s site part counts only beside
 * the <h1> the page shows, and not when the page prints it as the kicker above that <h1>.
 */
import { outletFromDateline } from '../outlet.ts';
import { outletFromTitle } from '../outlet-title.ts';
import { isEmbedCredit } from '../outlet-notes.ts';
import { domainLabels, isSectionLabel, isSiteNameLine } from '../outlet-site.ts';
import { chooseOutlet, OUTLET_WEIGHT, type OutletCandidate } from '../outlet-vote.ts';
import { isAgencyName } from '../text/sources.ts';
import type { JsonLdFacts } from './jsonld.ts';
import { metaIndex, type PageMetadata } from './metadata.ts';
import { bylineAuthorKeys, copyrightVote, creditVote, furnitureVotes, originVotes } from '../outlet-lines.ts';
import { cueOf } from '../text/cues.ts';
import { awayHosts, documentOrder, hostLabelOf, isKicker, LOGO_BOX } from './outlet-shown.ts';
import {
  faviconCredit,
  feedName,
  logoOutlet,
  mastheadOverHeadline,
  MENU_BOX,
  PROVIDER_BOX,
  sourceName,
} from './outlet-boxes.ts';
import { collapse } from './text.ts';

const LEAF_SELECTOR =
  'footer, header, p, small, span, div, li, a, h2, h3, h4, h5, h6, aside, strong, em, b, address';

/** The outlet a saved page names, by a weighted vote of its metadata and furniture, or null when too weak. */
export function outletOfPage(doc: Document, meta: PageMetadata, facts: JsonLdFacts | null): string | null {
  const candidates: OutletCandidate[] = [];
  const add = (
    name: string | null | undefined,
    weight: number,
    provenance = false,
    weak = false,
    site = false,
  ) => {
    if (name) candidates.push({ name: collapse(name), weight, provenance, weak, site });
  };
  const vote = (c: OutletCandidate | null) => {
    if (c) add(c.name, c.weight, c.provenance, c.weak);
  };
  const index = metaIndex(doc);
  const metaValue = (key: string) => index.get(key)?.[0] ?? null;
  // A section's name in og:site_name ("Culture Desk") names a part of the site, not the site.
  const siteName = metaValue('og:site_name');
  if (siteName && !isSectionLabel(siteName)) add(siteName, OUTLET_WEIGHT.siteMeta, false, false, true);
  add(facts?.publisher, OUTLET_WEIGHT.siteMeta, false, false, true);
  add(facts?.site, OUTLET_WEIGHT.feed, false, false, true);
  for (const key of [
    'application-name',
    'apple-mobile-web-app-title',
    'twitter:app:name:iphone',
    'publisher',
  ])
    add(metaValue(key), OUTLET_WEIGHT.feed, false, false, true);
  for (const link of Array.from(doc.querySelectorAll('link[rel~="alternate" i][title]')))
    add(feedName(link.getAttribute('title') ?? ''), OUTLET_WEIGHT.feed);
  // The <title>'s site part counts where its other part is the headline the page shows: a headline
  // read from the <title> itself proves nothing ("Preview: a-slug — Tool" above the story's <h1>).
  const h1s = Array.from(doc.querySelectorAll('h1')).map((h) => collapse(h.textContent ?? ''));
  const shown = h1s.length > 0 ? h1s : [meta.headline ?? ''];
  const title = meta.title
    ? (shown.map((h) => (h ? outletFromTitle(meta.title ?? '', h) : null)).find(Boolean) ?? null)
    : null;
  if (title)
    add(title, isSectionLabel(title) || isKicker(doc, title) ? 0 : OUTLET_WEIGHT.title, false, false, true);

  const leaves = Array.from(doc.querySelectorAll(LEAF_SELECTOR))
    .filter((el) => el.children.length === 0 || el.tagName === 'FOOTER' || el.tagName === 'P')
    .map((el) => ({ el, text: collapse(el.textContent ?? '') }))
    .filter(({ text }) => text.length > 0 && text.length <= 300);
  const authors = bylineAuthorKeys(meta.byline);
  for (let i = leaves.length - 1; i >= 0; i--) {
    const leaf = leaves[i];
    const c = leaf ? copyrightVote(leaf.text, authors, [leaves[i - 1]?.text, leaves[i + 1]?.text]) : null;
    // A copyright line inside the story's own container credits the story, not the site around it.
    // A wire agency's there ("Copyright 2017 The Associated Press") is the trailer of the wire's
    // story on every site that runs it: the story's wire credit (outlet-vote.ts).
    const content = leaf?.el.closest('article, main') !== null;
    if (c)
      candidates.push({
        ...c,
        name: collapse(c.name),
        content,
        ...(content && isAgencyName(c.name) ? { wire: 'trailer' as const } : {}),
      });
  }
  const credits = Array.from(
    doc.querySelectorAll('[class*="byline" i], [class*="author" i], [class*="credit" i], address'),
  );
  // A credit box's lines are its leaves ("By Jane Doe, Outlet" above "Published …"): their texts
  // run together in the box's own text.
  const creditLines = credits
    .slice(0, 6)
    .flatMap((el) => [el, ...Array.from(el.querySelectorAll('*')).filter((c) => c.children.length === 0)])
    .map((el) => collapse(el.textContent ?? ''));
  vote(creditLines.map(creditVote).find(Boolean) ?? null);
  // Paragraphs of the story may quote another outlet; a bio closing it sits in its own block.
  const paragraphs = Array.from(doc.querySelectorAll('article p, main p'));
  const prose = new Set(paragraphs.slice(0, -2));
  const furniture: string[] = [];
  const furnitureLines: string[] = [];
  // What the story's own zone prints (its container, the fields between the <h1> and the story):
  // a source address there is the story's origin; the page's nav and footer print any site's.
  const storyZone: string[] = [];
  const at = documentOrder(doc);
  const h1 = doc.querySelector('h1');
  const inStory = (el: Element) =>
    el.closest('article, main') !== null ||
    (h1 !== null && paragraphs[0] !== undefined && at(el) > at(h1) && at(el) < at(paragraphs[0]));
  let printedTitle: string | null = null;
  // The sites the headline links to (a feed reader's item, a chat's link card): a name printed
  // beside it that spells that site's address credits the story's publisher ("NPR · 18h",
  // "Via The Daily Ledger, June 4", a card's "Daily Ledger").
  const away = awayHosts(doc, meta);
  const credited = new Set<string>();
  for (const { el, text } of leaves) {
    if (prose.has(el)) continue;
    // A clipping's "Source: Outlet, https://outlet.com/…" prints the name with the address it spells.
    const lineHosts = (text.match(/https?:\/\/[^\s,]+/giu) ?? []).map(hostLabelOf).filter((h) => h !== null);
    const source = away.length + lineHosts.length > 0 ? sourceName(text, [...away, ...lineHosts]) : null;
    if (source && !credited.has(source)) {
      credited.add(source);
      add(source, OUTLET_WEIGHT.mention, true);
    }
    furnitureLines.push(withAlts(el, text));
    const printed = [
      text,
      ...Array.from(el.querySelectorAll?.('a[href]') ?? []).map((a) => a.getAttribute('href') ?? ''),
    ];
    furniture.push(...printed);
    if (inStory(el)) storyZone.push(...printed);
    furnitureVotes(text).forEach(vote);
    // The document's title printed on the page (a print-out's running header "Headline | Outlet").
    if (
      !printedTitle &&
      // A field ("Subject: Headline", "Title: Headline") labels the headline; it names no site.
      !/^[^:]{1,30}:\s/u.test(text) &&
      shown.some((h) => h && text.length > h.length && text.toLowerCase().includes(h.toLowerCase()))
    ) {
      printedTitle = shown.map((h) => (h ? outletFromTitle(text, h) : null)).find(Boolean) ?? null;
      if (printedTitle && !isKicker(doc, printedTitle))
        add(printedTitle, OUTLET_WEIGHT.title, false, false, true);
    }
  }
  add(logoOutlet(doc, meta.headline, LOGO_BOX), OUTLET_WEIGHT.logo, false, true, true);
  // A masthead box standing right over the headline (a print-out's or an exhibit's masthead) names
  // the story's outlet without another signal, where its name reads as a news outlet's.
  add(mastheadOverHeadline(doc, meta.headline), OUTLET_WEIGHT.masthead, false, false, true);
  add(screenHeader(leaves, paragraphs), OUTLET_WEIGHT.repeatedLine * 2);
  // A portal's or news app's box naming the publisher it shows ("provider", "channel"), or the
  // publisher's favicon and name printed just above the headline (an aggregator's story card).
  add(logoOutlet(doc, meta.headline, PROVIDER_BOX, MENU_BOX), OUTLET_WEIGHT.mention, true);
  add(faviconCredit(doc, meta.headline), OUTLET_WEIGHT.mention, true);
  const lead = doc.querySelector('article p, main p, p');
  const wire = lead ? outletFromDateline(collapse(lead.textContent ?? '')) : null;
  if (wire) candidates.push({ name: collapse(wire), weight: OUTLET_WEIGHT.dateline, wire: 'dateline' });

  // A definition list's fields read as "Label: value" lines ("Media outlet: X").
  for (const dt of Array.from(doc.querySelectorAll('dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD')
      furnitureLines.push(`${collapse(dt.textContent ?? '')}: ${collapse(dd.textContent ?? '')}`);
  }
  // Republication notes and the credits of the story's publisher (normalize/outlet-reprint.ts).
  const origin = originVotes(
    furnitureLines,
    headZone(doc, leaves, paragraphs[0] ?? null),
    [...prose].map((el) => collapse(el.textContent ?? '')),
  );
  origin.votes.forEach(vote);
  // A headline that links to a story on another site (a feed reader's item, a chat's link preview):
  // the page shows the story, it did not publish it; only credits of the publisher count.
  const reprint = origin.reprint || away.length > 0;

  // An embedded post's handle is its poster's account, not the site's (outlet-notes.ts).
  const domains = domainLabels(furniture.filter((text) => !isEmbedCredit(text)));
  const handle = /^@?([A-Za-z\d_]{2,30})$/u.exec(metaValue('twitter:site') ?? '')?.[1];
  if (handle) domains.push(handle.toLowerCase());
  let ownLabels = 0;
  for (const url of [meta.url, metaValue('og:url')]) {
    const label = url ? hostLabelOf(url) : null;
    if (label) {
      domains.push(label);
      ownLabels++;
    }
  }
  // Other sites' addresses the story's zone prints: a host the page is not served from.
  const own = new Set(domains.slice(domains.length - ownLabels));
  const hosts = domainLabels(storyZone, false).filter((label) => !own.has(label));
  return chooseOutlet(candidates, { domains, reprint, software: origin.software, hosts, own: [...own] });
}

/** How often a header must recur through the page (once per screen) to name it. */
const SCREEN_REPEATS = 3;

/**
 * A screenshot's app header, recurring at every screen break between the story's paragraphs: a
 * site-name leaf printed three times or more among short siblings ("‹", "Outlet", "⋯"), first
 * above the story. A cued text (an ad label) never counts.
 */
function screenHeader(
  leaves: ReadonlyArray<{ el: Element; text: string }>,
  paragraphs: readonly Element[],
): string | null {
  const first = paragraphs[0];
  if (!first?.ownerDocument) return null;
  const order = new Map(Array.from(first.ownerDocument.querySelectorAll('*')).map((el, i) => [el, i]));
  const at = (el: Element) => order.get(el) ?? -1;
  const firstAt = at(first);
  const storyAt = paragraphs.map(at);
  // Each print stands between paragraphs of the story: once per screen, not a tag list.
  const apart = (els: readonly Element[]) =>
    els.every((el, i) => {
      const next = els[i + 1];
      return !next || storyAt.some((p) => p > at(el) && p < at(next));
    });
  const groups = new Map<string, Element[]>();
  for (const { el, text } of leaves) {
    const els = groups.get(text);
    if (els) els.push(el);
    else groups.set(text, [el]);
  }
  for (const [text, els] of groups) {
    if (els.length < SCREEN_REPEATS || !isSiteNameLine(text) || cueOf(text)) continue;
    if (at(els[0] as Element) > firstAt || !apart(els)) continue;
    const short = els.every((el) =>
      Array.from(el.parentElement?.children ?? []).every(
        (c) => collapse(c.textContent ?? '').split(/\s+/u).length <= 3,
      ),
    );
    if (short) return text;
  }
  return null;
}

/** Leaves after the <h1> and before the story's first paragraph: its credits and fields. */
const HEAD_REACH = 8;
function headZone(
  doc: Document,
  leaves: ReadonlyArray<{ el: Element; text: string }>,
  firstParagraph: Element | null,
): string[] {
  const h1 = doc.querySelector('h1');
  if (!h1) return [];
  const at = documentOrder(doc);
  const end = firstParagraph ? at(firstParagraph) : Infinity;
  return leaves
    .filter(({ el }) => at(el) > at(h1) && at(el) < end)
    .slice(0, HEAD_REACH)
    .map(({ el, text }) => withAlts(el, text));
}

/** "Originally published in [logo]": a line's text with its images' alt text where they stand. */
function withAlts(el: Element, text: string): string {
  if (!el.querySelector?.('img[alt]')) return text;
  const copy = el.cloneNode(true) as Element;
  for (const img of Array.from(copy.querySelectorAll('img[alt]')))
    img.replaceWith(copy.ownerDocument.createTextNode(` ${img.getAttribute('alt') ?? ''} `));
  return collapse(copy.textContent ?? '');
}
