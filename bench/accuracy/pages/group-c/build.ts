/**
 * bench/accuracy/pages/group-c/build: the scaffold the group c layouts (layouts.ts) fill in — page
 * parts in order, each with the text a browser copies and its HTML, and where the outlet is named.
 *
 * Copying follows what browsers do on select-all + copy: a paragraph or heading is set off by a
 * blank line, other blocks (menu items, divs, list items) by a single line break; images copy as
 * nothing (their alt text only reaches the HTML form).
 *
 * In: a corpus article, its outlet, the headline, its paragraphs, a layout function. Out: pasted
 * text and saved HTML with where each form names the outlet. Deterministic (seeded by article id).
 */
import type { CorpusArticle } from '../../corpus.ts';
import { MONTH_NAMES } from '../../../../src/lib/lexicon/months.ts';
import { seeded } from '../page.ts';

/** One block of the page: the lines a reader copies ([] = nothing) and its HTML. */
interface Part {
  lines: string[];
  html: string;
  /** 'p' blocks (paragraphs, headings) copy with a blank line around them, 'div' with one break. */
  kind: 'p' | 'div';
}

export interface Ctx {
  article: CorpusArticle;
  outlet: string;
  headline: string;
  /** The article's paragraphs, in order; a layout may only prefix the first one (a dateline). */
  body: string[];
  rand: () => number;
  pick: <T>(list: readonly T[]) => T;
  int: (min: number, max: number) => number;
  y: number;
  m: number;
  d: number;
  /** Author names from the corpus that look like names, else one invented staff name. */
  names: string[];
  author: string;
  /** The article's real host (corpus source_url), e.g. www.example.com. */
  host: string;
  url: string;
  add: (lines: string[], html: string, kind?: 'p' | 'div') => void;
  /** <head> lines besides charset; the layout sets the <title>. */
  head: string[];
  title: string;
  /** Called every 3–5 paragraphs, in turn. */
  between: Array<() => void>;
  /** Called after the last paragraph, still inside <article>. */
  tail: Array<() => void>;
  /** Called after </article>: sidebars, comments, footers. */
  after: Array<() => void>;
  /** Where the outlet is named in each form (masthead, footer, og:site_name…); empty = not named. */
  inPasted: string[];
  inHtml: string[];
  htmlAttrs: string;
}

export interface Built {
  pasted: string;
  html: string;
  pastedOutletAt: string[];
  htmlOutletAt: string[];
}

export const esc = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** English month names by number - 1 (the lexicon's). */
export const MONTHS = MONTH_NAMES;

/** Menu items as a list. */
export const li = (items: readonly string[]) =>
  items.map((i) => `<li><a href="/">${esc(i)}</a></li>`).join('');
export const monthOf = (c: Ctx) => MONTHS[c.m - 1] ?? 'January';
/** A random 12-hour clock time, "3:07". */
export const clock = (c: Ctx) => `${c.int(1, 11)}:${String(c.int(0, 59)).padStart(2, '0')}`;
/** Lines in their own divs: they copy with one line break each (or blank lines, kind 'p'). */
export const lines = (c: Ctx, text: string[], cls: string, kind: 'p' | 'div' = 'div') =>
  c.add(text, `<div class="${cls}">${text.map((t) => `<div>${esc(t)}</div>`).join('')}</div>`, kind);
/** The list without the article's own outlet (other outlets named as furniture are a trap). */
export const otherThan = (c: Ctx, list: readonly string[]) => list.filter((s) => s !== c.outlet);

export function build(
  article: CorpusArticle,
  outlet: string,
  headline: string,
  paragraphs: string[],
  layout: (c: Ctx) => void,
  rand: () => number,
  staff: readonly string[],
): Built {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const [y, m, d] = article.date.split('-').map(Number) as [number, number, number];
  const names = article.authors
    .split(',')
    .map((a) => a.trim())
    .filter((a) => /^[\p{Lu}][\p{L}.'-]+(\s[\p{Lu}][\p{L}.'-]+)+$/u.test(a))
    .slice(0, 2);
  const parts: Part[] = [];
  const c: Ctx = {
    article,
    outlet,
    headline,
    body: [...paragraphs],
    rand,
    pick,
    int,
    y,
    m,
    d,
    names,
    author: names[0] ?? pick(staff),
    host: article.source_url || 'www.example.com',
    url: article.url || `https://${article.source_url}/`,
    add: (lines, html, kind = 'div') => parts.push({ lines, html, kind }),
    head: [],
    title: headline,
    between: [],
    tail: [],
    after: [],
    inPasted: [],
    inHtml: [],
    htmlAttrs: ' lang="en"',
  };
  layout(c);
  c.add([], '<main><article>');
  let next = 2 + Math.floor(rand() * 2);
  let turn = 0;
  c.body.forEach((p, i) => {
    c.add([p], `<p>${esc(p)}</p>`, 'p');
    if (i + 1 !== next || i >= c.body.length - 1 || c.between.length === 0) return;
    next += 3 + Math.floor(rand() * 3);
    c.between[turn++ % c.between.length]?.();
  });
  for (const t of c.tail) t();
  c.add([], '</article></main>');
  for (const t of c.after) t();

  let pasted = '';
  let prev: Part | undefined;
  for (const part of parts) {
    if (!part.lines.length) continue;
    if (prev) pasted += prev.kind === 'p' || part.kind === 'p' ? '\n\n' : '\n';
    pasted += part.lines.join('\n');
    prev = part;
  }
  const html = `<!doctype html>\n<html${c.htmlAttrs}>\n<head>\n<meta charset="utf-8">\n<title>${esc(c.title)}</title>\n${c.head.join('\n')}\n</head>\n<body>\n${parts.map((p) => p.html).join('\n')}\n</body>\n</html>\n`;
  return {
    pasted: `${pasted}\n`,
    html,
    pastedOutletAt: [...new Set(c.inPasted)],
    htmlOutletAt: [...new Set([...c.inPasted, ...c.inHtml])],
  };
}

export { seeded };

/** A dressed page of a layout group (c, d…): both forms and where each names the outlet. */
export interface GroupPage<L extends string> {
  layout: L;
  pasted: string;
  html: string;
  /** The outlet is named in the pasted text / in the saved HTML (visible or metadata). */
  pastedNamesOutlet: boolean;
  htmlNamesOutlet: boolean;
  /** Where: "copyright", "og:site_name", "provider logo alt"… (empty when not named). */
  pastedOutletAt: string[];
  htmlOutletAt: string[];
}

/** Picks one of a group's layouts, seeded by article id and group tag, and dresses the article. */
function buildGroupPage<L extends string>(
  group: { tag: string; builders: Record<L, (c: Ctx) => void>; staff: readonly string[] },
  article: CorpusArticle,
  outlet: string,
  headline: string,
  paragraphs: string[],
): GroupPage<L> {
  const rand = seeded(`${article.ID}:${group.tag}`);
  const layouts = Object.keys(group.builders) as L[];
  const layout = layouts[Math.floor(rand() * layouts.length)] as L;
  const built = build(article, outlet, headline, paragraphs, group.builders[layout], rand, group.staff);
  return {
    layout,
    pasted: built.pasted,
    html: built.html,
    pastedNamesOutlet: built.pastedOutletAt.length > 0,
    htmlNamesOutlet: built.htmlOutletAt.length > 0,
    pastedOutletAt: built.pastedOutletAt,
    htmlOutletAt: built.htmlOutletAt,
  };
}

/**
 * A group's page builder: its tag, layouts table and staff names bound to buildGroupPage, so each
 * group's layouts.ts holds only what differs (its table and names).
 */
export function groupPageBuilder<L extends string>(group: {
  tag: string;
  builders: Record<L, (c: Ctx) => void>;
  staff: readonly string[];
}): (article: CorpusArticle, outlet: string, headline: string, paragraphs: string[]) => GroupPage<L> {
  return (article, outlet, headline, paragraphs) =>
    buildGroupPage(group, article, outlet, headline, paragraphs);
}
