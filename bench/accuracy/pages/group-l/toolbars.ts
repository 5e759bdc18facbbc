/**
 * bench/accuracy/pages/group-l/toolbars: four group l layouts where the site talks to the reader
 * around the story — an accessibility toolbar over the page (text size, contrast, a vendor credit),
 * a language switcher with a translation note after the story, an ad-blocker plea the saved page
 * keeps (top, mid-story or at the end) and a push-alerts prompt with a "follow this story" button.
 * Each fills a Ctx (group-c/build.ts) and records where it names the outlet, at random. Also the
 * helpers the group shares: byline, date line, footer and <head>.
 */
import { clock, type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import { apMonth, by, dayName, noted } from '../group-f/named.ts';
import { jsonLd, metaAuthor, ogSiteName, titleOf } from '../group-h/head.ts';
import { logo } from '../group-i/newsrooms.ts';
import * as v from './vocabulary.ts';

/** The byline: "By A", or at the given share "By A | X" / "By A, X" naming the outlet. */
export function byline(c: Ctx, share: number): string {
  if (c.rand() >= share) return by(c);
  return noted(c, c.rand() < 0.6 ? `By ${c.author} | ${c.outlet}` : `By ${c.author}, ${c.outlet}`, 'byline');
}

/** A date line in one of several shapes, some relative ("Updated 3 hours ago"). */
export function dateLine(c: Ctx): string {
  const r = c.rand();
  if (r < 0.25) return `Updated ${c.int(2, 11)} hours ago`;
  if (r < 0.45) return `Published ${c.int(5, 55)} minutes ago`;
  if (r < 0.7) return `${dayName(c)}, ${apMonth(c)} ${c.d}, ${c.y} · ${clock(c)} p.m.`;
  return `${c.d} ${monthOf(c)} ${c.y}, updated ${c.int(2, 9)} days ago`;
}

/** The footer: the outlet's copyright at the given share (in one of three shapes), else none. */
export function footer(c: Ctx, share: number, extra: readonly string[] = []): void {
  const r = c.rand();
  const line =
    r < share
      ? noted(
          c,
          r < share / 3
            ? `© ${c.y} ${c.outlet}. All rights reserved.`
            : r < (2 * share) / 3
              ? `Copyright ${c.y}, ${c.outlet}`
              : `${c.outlet} · All content © ${c.y}`,
          'copyright',
        )
      : `All content © ${c.y}. All rights reserved.`;
  lines(c, [...extra, 'Contact us', 'Privacy policy', line], 'site-footer');
}

/** The <head>: og:site_name and JSON-LD publisher at the given shares, <title> with or without it. */
export function head(c: Ctx, og: number, ld: number, section: string, other: string): void {
  ogSiteName(c, c.rand() < og ? c.outlet : null);
  if (c.rand() < 0.65) jsonLd(c, c.rand() < ld ? c.outlet : null);
  titleOf(c, c.rand() < 0.5 ? c.outlet : null, section, other);
}

const headline = (c: Ctx) => c.add([c.headline], `<h1 class="article-title">${esc(c.headline)}</h1>`, 'p');

export function accessibilityToolbar(c: Ctx): void {
  const label = c.pick(v.A11Y_LABELS);
  const toolbar = `${label}: ${v.A11Y_CONTROLS.join(' ')}`;
  const bar = () =>
    c.add(
      [toolbar],
      `<div role="toolbar" aria-label="${esc(label)}"><span>${esc(label)}:</span>${v.A11Y_CONTROLS.map((b) => ` <button>${esc(b)}</button>`).join('')}</div>`,
    );
  // Some sites pin the toolbar above the logo, others put it under the navigation.
  const first = c.rand() < 0.5;
  if (first) bar();
  logo(c, 0.35, 0.3, 'Home page');
  c.add(v.SECTIONS.slice(0, 5), `<nav><ul>${li(v.SECTIONS.slice(0, 5))}</ul></nav>`);
  if (!first) bar();
  headline(c);
  lines(c, [byline(c, 0.25), dateLine(c)], 'byline');
  c.tail.push(() => lines(c, [c.pick(v.A11Y_NOTES)], 'a11y-note'));
  c.after.push(() => {
    const statement =
      c.rand() < 0.25
        ? noted(c, `${c.outlet} accessibility statement`, 'accessibility link')
        : v.A11Y_LINKS[0]!;
    footer(c, 0.3, [statement, v.A11Y_LINKS[1]!, `Accessibility tools by ${c.pick(v.A11Y_VENDORS)}`]);
  });
  head(c, 0.5, 0.5, 'News', c.headline);
}

/** Language codes of v.LANGUAGES, in order. */
const CODES = ['en', 'es', 'fr', 'pt', 'zh', 'vi', 'ar'];

export function languageSwitcher(c: Ctx): void {
  const label = c.pick(v.LANGUAGE_LABELS);
  const langs = v.LANGUAGES.slice(0, c.int(3, v.LANGUAGES.length));
  const spanish = c.rand() < 0.25;
  const edition = spanish ? noted(c, `${c.outlet} en Español`, 'edition link') : null;
  const switcher = `${label} ${langs.join(' | ')}`;
  const bar = () =>
    c.add(
      [edition ? `${switcher} | ${edition}` : switcher],
      `<nav class="languages" aria-label="Languages"><span>${esc(label)}</span> ${langs.map((l, i) => `<a hreflang="${CODES[i] ?? 'en'}" href="?lang=${CODES[i] ?? 'en'}">${esc(l)}</a>`).join(' | ')}${edition ? ` | <a href="/es">${esc(edition)}</a>` : ''}</nav>`,
    );
  logo(c, 0.3, 0.35, 'Go to the homepage');
  // The switcher sits over the headline on some sites and under the byline on others.
  const above = c.rand() < 0.5;
  if (above) bar();
  lines(c, [c.pick(v.SECTIONS)], 'kicker');
  headline(c);
  lines(c, [byline(c, 0.3), dateLine(c)], 'byline');
  if (!above) bar();
  c.tail.push(() => {
    const note = c.pick(v.TRANSLATION_NOTES);
    c.add([note], `<p class="translation-note"><em>${esc(note)}</em></p>`, 'p');
    lines(c, [`Translations: ${c.pick(v.TRANSLATION_VENDORS)}`], 'translation-credit');
  });
  c.after.push(() => footer(c, 0.3));
  for (const l of ['es', 'fr', 'pt'])
    c.head.push(`<link rel="alternate" hreflang="${l}" href="${c.url}?lang=${l}">`);
  head(c, 0.5, 0.5, 'News', c.headline);
}

export function adblockPlea(c: Ctx): void {
  const named = c.rand() < 0.3;
  const pitch = named
    ? noted(
        c,
        `${c.outlet} relies on advertising to pay its reporters. Please allow ads on this site or subscribe.`,
        'ad-block plea',
      )
    : c.pick(v.ADBLOCK_PITCHES);
  const heading = c.pick(v.ADBLOCK_HEADS);
  const plea = () =>
    c.add(
      [heading, pitch, ...v.ADBLOCK_BUTTONS],
      `<div class="adblock-wall" role="dialog"><h2>${esc(heading)}</h2><p>${esc(pitch)}</p>${v.ADBLOCK_BUTTONS.map((b) => `<button>${esc(b)}</button>`).join('')}</div>`,
    );
  // Where the saved page keeps the plea: first thing, between paragraphs, or at the very end.
  const where = c.int(0, 2);
  if (where === 0) plea();
  logo(c, 0.35, 0.3, 'Front page');
  // The byline above the headline, as some sites set it.
  lines(c, [c.pick(v.SECTIONS).toUpperCase(), byline(c, 0.2), dateLine(c)], 'meta');
  headline(c);
  const slot = c.pick(v.AD_SLOTS);
  let shown = false;
  c.between.push(() => {
    if (where === 1 && !shown) {
      shown = true;
      plea();
    } else c.add([slot], `<div class="ad-slot" data-blocked="true">${esc(slot)}</div>`);
  });
  c.after.push(() => {
    if (where === 2 || (where === 1 && !shown)) plea();
    footer(c, 0.3, ['Advertise with us']);
  });
  metaAuthor(c);
  head(c, 0.45, 0.5, 'News', c.headline);
}

export function pushAlertsPrompt(c: Ctx): void {
  const pitch =
    c.rand() < 0.3
      ? noted(c, `Get breaking news alerts from ${c.outlet}`, 'alerts prompt')
      : c.pick(v.PUSH_PITCHES);
  c.add(
    [pitch, ...v.PUSH_BUTTONS],
    `<div class="push-prompt"><p>${esc(pitch)}</p>${v.PUSH_BUTTONS.map((b) => `<button>${esc(b)}</button>`).join('')}</div>`,
  );
  logo(c, 0.35, 0.35, 'Homepage');
  lines(c, [`${c.pick(v.SECTIONS)} › ${c.pick(v.SECTIONS)}`], 'crumbs');
  headline(c);
  lines(c, [byline(c, 0.25), dateLine(c)], 'byline');
  const follow = c.pick(v.FOLLOW_STORY);
  const vendor = `Alerts powered by ${c.pick(v.PUSH_VENDORS)}`;
  c.tail.push(() =>
    c.add(
      [follow, vendor],
      `<div class="follow-story"><button>${esc(follow)}</button><small>${esc(vendor)}</small></div>`,
    ),
  );
  c.after.push(() => footer(c, 0.3, [...v.PUSH_NOTES]));
  head(c, 0.5, 0.45, 'News', `${c.headline} | Latest`);
}
