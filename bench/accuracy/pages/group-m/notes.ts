/**
 * bench/accuracy/pages/group-m/notes: four group m layouts where the site adds a note or a gate of
 * its own to the story — a print-edition note after the last paragraph (the print headline, page and
 * edition, reprint links), consent placeholders where third-party posts would be embedded, a content
 * note over the story and a helpline box after it, and an "ask about this story" assistant. Each
 * fills a Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { type Ctx, esc, li, lines } from '../group-c/build.ts';
import { apMonth, noted } from '../group-f/named.ts';
import { logo } from '../group-i/newsrooms.ts';
import { byline, footer, head, when } from './chrome.ts';
import * as v from './vocabulary.ts';

const headline = (c: Ctx, cls = 'headline') =>
  c.add([c.headline], `<h1 class="${cls}">${esc(c.headline)}</h1>`, 'p');

/** The print headline: a desk's own wording, the web headline itself, or its first words. */
function printHeadline(c: Ctx): string {
  const r = c.rand();
  const words = c.headline.split(/\s+/u);
  if (r < 0.55 || words.length < 7) return c.pick(v.PRINT_HEADS);
  if (r < 0.8) return c.headline;
  return words
    .slice(0, c.int(4, 6))
    .join(' ')
    .replace(/[,:;]$/u, '');
}

export function printHeadlineNote(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Go to the front page');
  const section = c.pick(v.SECTIONS);
  lines(c, [section], 'kicker');
  headline(c);
  lines(c, [byline(c, 0.2), when(c)], 'byline');
  lines(c, [...v.PRINT_TOOLS.slice(0, 1), 'Share full article'], 'tools');
  c.tail.push(() => {
    const edition = c.pick(v.PRINT_EDITIONS);
    const named = c.rand() < 0.25;
    const paper = named ? `the ${c.outlet} ${edition} edition` : `the ${edition} edition`;
    const note = noted(
      c,
      `${c.pick(v.PRINT_LEADS)} ${apMonth(c)} ${c.d}, ${c.y}, ${c.pick(v.PRINT_SECTIONS)}, Page ${c.int(1, 28)} of ${paper} with the headline: ${printHeadline(c)}.`,
      'print note',
    );
    c.add([note], `<div class="print-info"><p><em>${esc(note)}</em></p></div>`, 'p');
    c.add(
      [v.PRINT_TOOLS.join(' | ')],
      `<div class="print-tools">${v.PRINT_TOOLS.map((t) => `<a href="/">${esc(t)}</a>`).join(' | ')}</div>`,
    );
  });
  c.after.push(() => footer(c, 0.3, 0.1, ['Today’s paper', 'Index by keyword']));
  head(c, 0.45, 0.45, 0.5, section);
}

export function consentGatedEmbed(c: Ctx): void {
  logo(c, 0.3, 0.3, 'Homepage');
  const section = c.pick(v.SECTIONS);
  // A breadcrumb with slashes, and the headline straight after it.
  lines(c, [`Home / News / ${section}`], 'breadcrumb');
  headline(c);
  lines(c, [byline(c, 0.2), when(c)], 'byline');
  const platform = c.pick(v.PLATFORMS);
  const own = c.outlet.replace(/[^\p{L}\p{N}]+/gu, '');
  // On some pages the first embedded post is by the outlet's own account (the handle may spell it).
  const ownPost = c.rand() < 0.2;
  let count = 0;
  const placeholder = () => {
    count++;
    const ask = c.pick(v.EMBED_ASKS);
    const account = noted(
      c,
      `Post by @${ownPost && count === 1 ? own : c.pick(['citydesk_live', 'stormwatcher', 'kpowell_reports'])}`,
      'embed handle',
    );
    const gate = `Allow ${platform} content?`;
    const fallback = c.pick(v.EMBED_FALLBACKS);
    const skip = `Skip ${platform} post, ${count}`;
    const end = `End of ${platform} post, ${count}`;
    c.add(
      [skip, gate, ask, ...v.EMBED_BUTTONS, account, fallback, end],
      `<div class="embed-gate" data-provider="${esc(platform.toLowerCase())}"><a href="#end-${count}">${esc(skip)}</a><h3>${esc(gate)}</h3><p>${esc(ask)}</p>${v.EMBED_BUTTONS.map((b) => `<button>${esc(b)}</button>`).join('')}<p>${esc(account)}</p><p>${esc(fallback)}</p><span id="end-${count}">${esc(end)}</span></div>`,
    );
  };
  // At most three embeds a story.
  c.between.push(() => {
    if (count < 3) placeholder();
  });
  // A short story still carries one embed, after its last paragraph.
  c.tail.push(() => {
    if (count === 0) placeholder();
  });
  c.after.push(() => footer(c, 0.2, 0.15, ['Cookie settings']));
  head(c, 0.5, 0.5, 0.45, section);
}

export function crisisSupportBox(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Back to the homepage');
  const section = c.pick(v.SECTIONS);
  const note = c.pick(v.CONTENT_NOTES);
  const advisory = () => c.add([note], `<p class="content-note"><strong>${esc(note)}</strong></p>`, 'p');
  // The note sits over the headline on some sites, between the byline and the story on others.
  const above = c.rand() < 0.4;
  lines(c, [section.toUpperCase()], 'kicker');
  if (above) advisory();
  // The byline above the headline on some pages.
  if (c.rand() < 0.35) {
    lines(c, [byline(c, 0.2), when(c)], 'meta');
    headline(c);
  } else {
    headline(c);
    lines(c, [byline(c, 0.2), when(c)], 'meta');
  }
  if (!above) advisory();
  c.tail.push(() => {
    const heading = c.pick(v.SUPPORT_HEADS);
    const items = v.SUPPORT_LINES.slice(0, c.int(2, v.SUPPORT_LINES.length));
    const from =
      c.rand() < 0.2
        ? noted(c, `${c.outlet} lists these services as a public resource.`, 'support note')
        : 'These services are independent of this newsroom.';
    c.add(
      [heading, ...items, from],
      `<aside class="support-box"><h2>${esc(heading)}</h2><ul>${items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul><small>${esc(from)}</small></aside>`,
    );
  });
  c.after.push(() => footer(c, 0.25, 0.3));
  head(c, 0.5, 0.45, 0.5, section);
}

export function askAssistantWidget(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Home');
  const section = c.pick(v.SECTIONS);
  lines(c, [`Home › ${section} › Article`], 'crumbs');
  headline(c);
  lines(c, [byline(c, 0.25), when(c)], 'byline');
  const vendor = c.pick(v.ASSISTANT_VENDORS);
  const widget = () => {
    const name =
      c.rand() < 0.25 ? noted(c, `Ask ${c.outlet} (beta)`, 'assistant name') : c.pick(v.ASSISTANT_NAMES);
    const asks = [...v.ASSISTANT_QUESTIONS].sort(() => c.rand() - 0.5).slice(0, c.int(2, 4));
    const notes = [c.pick(v.ASSISTANT_NOTES), `Powered by ${vendor}`];
    c.add(
      [name, ...asks, v.ASSISTANT_INPUT, 'Ask', ...notes],
      `<aside class="assistant"><h2>${esc(name)}</h2><ul class="chips">${li(asks)}</ul><label>${esc(v.ASSISTANT_INPUT)}<input type="text"></label><button>Ask</button>${notes.map((n) => `<small>${esc(n)}</small>`).join('')}</aside>`,
    );
  };
  // The saved page keeps the floating widget under the byline, or at the end of the story.
  if (c.rand() < 0.5) widget();
  else c.tail.push(widget);
  c.after.push(() => footer(c, 0.3, 0.2, ['How we use AI']));
  head(c, 0.5, 0.5, 0.5, section);
}
