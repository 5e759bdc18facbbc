/**
 * bench/accuracy/pages/group-k/commerce: four group k layouts where money sits beside the story — a
 * sponsored story ("Presented by" a sponsor, a sponsor message, a note on independence), a business
 * story with an index strip and stock quote cards (a market-data vendor credited), a story with a
 * promo for the outlet's own live event (speakers, tickets, an underwriter) and a story with
 * shopping links under an affiliate disclosure (retailers). Each fills a Ctx (group-c/build.ts) and
 * records where it names the outlet, at random.
 */
import { clock, type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import { apMonth, by, dayName, noted } from '../group-f/named.ts';
import { jsonLd, metaAuthor, ogSiteName, titleOf } from '../group-h/head.ts';
import { logo } from '../group-i/newsrooms.ts';
import * as v from './vocabulary.ts';

/** The page footer: the outlet's copyright at the given share, else a line naming no one. */
export function footer(c: Ctx, share: number, otherwise: string, extra: readonly string[] = []): void {
  const named = c.rand() < share;
  const line = named
    ? noted(c, c.rand() < 0.5 ? `Copyright © ${c.y} ${c.outlet}` : `${c.outlet} © ${c.y}`, 'copyright')
    : otherwise;
  lines(c, [...extra, line, 'Terms', 'Privacy'], 'page-footer');
}

/** The <head> most of the group shares: og:site_name, JSON-LD publisher, the <title>. */
export function head(c: Ctx, og: number, ld: number, section: string, other: string): void {
  ogSiteName(c, c.rand() < og ? c.outlet : null);
  if (c.rand() < 0.6) jsonLd(c, c.rand() < ld ? c.outlet : null);
  titleOf(c, c.rand() < 0.55 ? c.outlet : null, section, other);
}

export function sponsorPresented(c: Ctx): void {
  const sponsor = c.pick(v.SPONSORS);
  const label = c.pick(v.SPONSOR_LABELS);
  logo(c, 0.3, 0.35, 'Front page');
  c.add(
    [`${label} ${sponsor}`],
    `<div class="sponsor-strip"><span>${esc(label)} ${esc(sponsor)}</span><img src="/sponsors/${c.int(10, 99)}.png" alt="${esc(sponsor)}"></div>`,
  );
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  let shown = false;
  c.between.push(() => {
    if (shown) return;
    shown = true;
    lines(c, ['Sponsor message', sponsor], 'sponsor-message');
  });
  c.tail.push(() => {
    const note =
      c.rand() < 0.25
        ? noted(
            c,
            `${c.outlet} journalists reported and edited this story independently of the sponsor.`,
            'sponsor note',
          )
        : c.pick(v.SPONSOR_NOTES);
    c.add([note], `<p class="sponsor-note"><em>${esc(note)}</em></p>`, 'p');
  });
  c.after.push(() => footer(c, 0.3, 'Contact the newsroom', v.SPONSOR_LINKS));
  c.head.push(`<meta name="sponsor" content="${esc(sponsor)}">`);
  head(c, 0.45, 0.5, 'Sponsored', `${c.headline} (${label.toLowerCase()} ${sponsor})`);
}

export function stockQuoteCards(c: Ctx): void {
  const vendor = c.pick(v.MARKET_VENDORS);
  c.add(v.INDEXES, `<div class="index-strip"><ul>${li(v.INDEXES)}</ul></div>`);
  logo(c, 0.3, 0.3, 'Home');
  const desk = c.rand() < 0.2;
  lines(c, [desk ? noted(c, `${c.outlet} Business`, 'section label') : 'Business'], 'kicker');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${dayName(c)}, ${apMonth(c)} ${c.d}, ${c.y} ${clock(c)} p.m. ET`], 'byline');
  const quotes = [...v.QUOTES].sort(() => c.rand() - 0.5);
  c.between.push(() => {
    const shown = quotes.splice(0, 2);
    if (!shown.length) return;
    const heading = c.pick(v.QUOTE_HEADS);
    const rows = shown.map(([name, sym, price, change]) => `${name} ${sym} ${price} ${change}`);
    c.add(
      [heading, ...rows, ...v.QUOTE_BUTTONS],
      `<aside class="quotes"><h4>${esc(heading)}</h4><ul>${rows.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>${v.QUOTE_BUTTONS.map((b) => `<button>${esc(b)}</button>`).join('')}</aside>`,
    );
  });
  c.after.push(() => {
    lines(c, [`Market data provided by ${vendor}.`, c.pick(v.QUOTE_NOTES)], 'market-note');
    footer(c, 0.3, 'Markets · Personal finance');
  });
  metaAuthor(c);
  head(c, 0.5, 0.5, 'Business', `Stocks: ${c.headline}`);
}

export function eventPromoTickets(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Go home');
  c.add(v.SECTIONS.slice(0, 4), `<nav><ul>${li(v.SECTIONS.slice(0, 4))}</ul></nav>`);
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `Published ${apMonth(c)} ${c.d}, ${c.y}`], 'byline');
  let shown = false;
  c.between.push(() => {
    if (shown) return;
    shown = true;
    const brand = c.rand() < 0.3 ? noted(c, `${c.outlet} Live`, 'event promo') : 'Live journalism';
    const name = c.pick(v.EVENT_NAMES);
    const speakers = [...v.EVENT_SPEAKERS].sort(() => c.rand() - 0.5).slice(0, 2);
    const underwriter = `Underwritten by ${c.pick(v.SPONSORS)}`;
    const rest = [c.pick(v.EVENT_PITCHES), ...v.EVENT_DETAILS, `With ${speakers.join(' and ')}`];
    c.add(
      [brand, name, ...rest, ...v.EVENT_BUTTONS, underwriter],
      `<aside class="event-promo"><div class="brand">${esc(brand)}</div><h3>${esc(name)}</h3>${rest.map((t) => `<div>${esc(t)}</div>`).join('')}${v.EVENT_BUTTONS.map((b) => `<a class="button">${esc(b)}</a>`).join('')}<small>${esc(underwriter)}</small></aside>`,
    );
  });
  c.after.push(() => footer(c, 0.3, 'Events calendar · Careers'));
  head(c, 0.5, 0.45, 'News', c.headline);
}

export function shopLinksDisclosure(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Site logo');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `Updated ${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  const disclosure =
    c.rand() < 0.2
      ? noted(
          c,
          `${c.outlet} may earn a commission when you shop through links in this article.`,
          'affiliate disclosure',
        )
      : c.pick(v.AFFILIATE_NOTES);
  c.add([disclosure], `<p class="disclosure"><small>${esc(disclosure)}</small></p>`, 'p');
  let shown = false;
  c.between.push(() => {
    if (shown) return;
    shown = true;
    const heading = c.pick(v.SHOP_HEADS);
    const item = c.pick(v.SHOP_ITEMS);
    const price = `$${c.int(12, 180)} at ${c.pick(v.RETAILERS)}`;
    c.add(
      [heading, item, price, 'Check price'],
      `<aside class="product-card"><h4>${esc(heading)}</h4><div>${esc(item)}</div><div>${esc(price)}</div><a rel="sponsored" href="/go/${c.int(100, 999)}">Check price</a></aside>`,
    );
  });
  c.after.push(() => footer(c, 0.3, 'Reviews · Deals', v.DEALS));
  head(c, 0.5, 0.5, 'Shopping', c.headline);
}
