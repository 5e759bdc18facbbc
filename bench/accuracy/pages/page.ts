/**
 * bench/accuracy/pages/page: one corpus article dressed as a real web page, deterministically
 * (seeded by the article id), in one of eight site layouts — then rendered as the text a reader
 * pastes (render.ts: pastedText) and as a saved HTML page (render.ts: savedHtml).
 *
 * In: a corpus article, its outlet label, the headline. Out: a Page — blocks in page order, each
 * marked as furniture or as article text, and whether the page names the outlet anywhere.
 */
import { MONTH_NAMES } from '../../../src/lib/lexicon/months.ts';
import { rng } from '../../generate.ts';
import type { CorpusArticle } from '../corpus.ts';
import * as v from './vocabulary.ts';

export type BlockKind =
  | 'title'
  | 'masthead'
  | 'menu'
  | 'section'
  | 'breadcrumb'
  | 'programme'
  | 'ticker'
  | 'cookie'
  | 'headline'
  | 'byline'
  | 'date'
  | 'share'
  | 'paragraph'
  | 'ad'
  | 'caption'
  | 'newsletter'
  | 'related'
  | 'most-read'
  | 'footer';

export interface Block {
  kind: BlockKind;
  lines: string[];
}

export interface Page {
  layout: string;
  blocks: Block[];
  /** The outlet appears on the page (masthead, copyright, wire dateline, byline or metadata). */
  namesOutlet: boolean;
  /** <meta property="og:site_name"> in the HTML form. */
  siteNameMeta: boolean;
  url: string;
}

/** mulberry32 (bench/generate.ts) seeded by a string hash: the same article always gets the same page. */
export function seeded(seed: string): () => number {
  let h = 1779033703;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  return rng(h >>> 0);
}

function dateStyles(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTH_NAMES[m - 1] ?? 'January';
  return [
    `${month} ${d}, ${y}`,
    `Published ${d} ${month} ${y}`,
    `Updated ${month.slice(0, 3)}. ${d}, ${y} 4:12 p.m. ET`,
    `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y} 09:41 AM`,
    `${d} ${month.slice(0, 3)} ${y}`,
  ];
}

/** Layouts: which furniture, in which order, around the article. */
export const LAYOUTS = [
  'masthead-first',
  'title-line',
  'menu-breadcrumb',
  'byline-above',
  'wire',
  'programme',
  'magazine',
  'no-name',
] as const;

export function buildPage(
  article: CorpusArticle,
  outlet: string,
  headline: string,
  paragraphs: string[],
): Page {
  const rand = seeded(article.ID);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const layout = LAYOUTS[Math.floor(rand() * LAYOUTS.length)] ?? 'masthead-first';
  const year = article.date.slice(0, 4);
  const authors = article.authors
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .slice(0, 2);
  const byName = authors.length ? authors.join(' and ') : null;
  const date = pick(dateStyles(article.date));
  const menu = pick(v.MENUS);
  const blocks: Block[] = [];
  const add = (kind: BlockKind, ...lines: string[]) => blocks.push({ kind, lines });
  const copyright = pick([
    `© ${outlet}${pick(v.LEGAL_SUFFIXES)} ${year}`,
    `Copyright ${year} ${outlet}. All rights reserved.`,
    `© ${year} ${outlet}${pick(v.LEGAL_SUFFIXES)}`,
  ]);
  let namesOutlet = true;
  let siteNameMeta = false;
  let wire = false;

  switch (layout) {
    case 'masthead-first':
      add('masthead', outlet.toUpperCase());
      add('menu', ...menu);
      add('section', pick(v.SECTIONS));
      add('headline', headline);
      if (byName) add('byline', `By ${byName}`);
      add('date', date);
      add('share', pick(v.SHARE_BARS));
      break;
    case 'title-line':
      add('title', `${headline} | ${outlet}`);
      add('cookie', pick(v.COOKIES));
      add('menu', menu.join('  '));
      add('headline', headline);
      add('date', date);
      if (byName) add('byline', `By ${byName}`);
      break;
    case 'menu-breadcrumb':
      add('menu', menu.join(' | '));
      add('breadcrumb', `Home › ${pick(v.SECTIONS)}`);
      add('headline', headline);
      add('byline', `By ${byName ?? 'Staff'}, ${outlet}`);
      add('date', date);
      namesOutlet = true;
      break;
    case 'byline-above':
      add('masthead', outlet);
      add('ticker', 'BREAKING', pick(v.TICKERS));
      add('section', pick(v.SECTIONS));
      if (byName) add('byline', `By ${byName}`);
      add('date', date);
      add('headline', headline);
      add('share', pick(v.SHARE_BARS));
      siteNameMeta = true;
      break;
    case 'wire':
      add('menu', ...menu.slice(0, 5));
      add('headline', headline);
      add('date', date);
      wire = true;
      break;
    case 'programme':
      add('masthead', outlet);
      add('menu', menu.join('  '));
      add('programme', pick(v.PROGRAMMES));
      add('headline', headline);
      add('date', date);
      add('share', pick(v.SHARE_BARS));
      siteNameMeta = true;
      break;
    case 'magazine':
      add('cookie', pick(v.COOKIES));
      add('section', pick(v.SECTIONS).toUpperCase());
      add('headline', headline);
      if (byName) add('byline', `By ${byName}`);
      add('date', date);
      break;
    case 'no-name':
      add('menu', ...menu);
      add('headline', headline);
      add('date', date);
      namesOutlet = false;
      break;
  }

  const body = [...paragraphs];
  if (wire && body[0] && !/\([^)]{2,30}\)\s*[-–—]/u.test(body[0].slice(0, 80)))
    body[0] = `${pick(v.CITIES)} (${outlet}) - ${body[0]}`;
  let nextInsert = 2 + Math.floor(rand() * 2);
  body.forEach((text, i) => {
    blocks.push({ kind: 'paragraph', lines: [text] });
    if (i + 1 !== nextInsert || i >= body.length - 1) return;
    nextInsert += 3 + Math.floor(rand() * 3);
    const what = pick(['ad', 'caption', 'newsletter', 'related', 'caption', 'ad'] as const);
    if (what === 'ad') add('ad', 'Advertisement');
    else if (what === 'caption')
      add(
        'caption',
        pick([
          `Image copyright ${pick(v.PHOTO_AGENCIES)} Image caption ${pick(v.CAPTIONS)}`,
          `${pick(v.CAPTIONS)}. (Photo: ${pick(v.PHOTO_AGENCIES)})`,
          `${pick(v.CAPTIONS)} Photo: ${pick(v.PHOTO_AGENCIES)}`,
        ]),
      );
    else if (what === 'newsletter') add('newsletter', pick(v.NEWSLETTERS));
    else add('related', `Related: ${pick(v.RELATED)}`);
  });

  add('share', pick(v.SHARE_BARS));
  if (rand() < 0.5)
    add(
      'related',
      pick(['Related', 'More stories', 'You might also like']),
      pick(v.RELATED),
      pick(v.RELATED),
    );
  else add('most-read', 'Most read', pick(v.RELATED), pick(v.TICKERS), pick(v.RELATED));
  if (layout === 'no-name') add('footer', ...v.FOOTER_LINKS);
  else add('footer', copyright, ...v.FOOTER_LINKS.slice(0, 3));
  const slug = headline
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return {
    layout,
    blocks,
    namesOutlet,
    siteNameMeta,
    url: `https://news.example.org/${article.date.replaceAll('-', '/')}/${slug}`,
  };
}
