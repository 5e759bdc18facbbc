/**
 * normalize/html/prune: a parsed page -> the same page with obvious page furniture removed
 * (navigation, share bars, galleries, newsletter boxes, comment threads, "related" rails), plus
 * the text of what was removed.
 *
 * The cues are markup conventions shared by most sites whatever their language: semantic tags
 * and ARIA roles, and class/id tokens. A container is only removed when it holds a small share of
 * the page's paragraph text, so a site that names its article wrapper "post-with-sidebar" or
 * "gallery-article" keeps its body.
 */
import type { RemovedBlock } from '../../../lib/model.ts';
import { collectBlocks } from './blocks.ts';
import { summarize } from './text.ts';

const FURNITURE_SELECTOR = [
  'nav',
  'aside',
  'dialog',
  'menu',
  '[role="navigation"]',
  '[role="dialog"]',
  '[role="complementary"]',
  '[role="banner"]',
  '[role="search"]',
  '[role="marquee"]',
  '[aria-hidden="true"]',
  '[aria-modal="true"]',
].join(',');

/** class/id tokens of furniture; matched as whole hyphen/underscore-separated tokens. */
const FURNITURE_TOKENS = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      'share',
      'sharing',
      'sharebar',
      'social',
      'related',
      'newsletter',
      'subscribe',
      'subscription',
      'signup',
      'promo',
      'advert',
      'advertisement',
      'ads',
      'ad',
      'adslot',
      'banner',
      'cookie',
      'cookies',
      'consent',
      'gdpr',
      'popup',
      'modal',
      'overlay',
      'gallery',
      'slideshow',
      'carousel',
      'slider',
      'swiper',
      'breadcrumb',
      'breadcrumbs',
      'navbar',
      'navigation',
      'menu',
      'sidebar',
      'comments',
      'comment',
      'likes',
      'disqus',
      'recirc',
      'outbrain',
      'taboola',
      'trending',
      'popular',
      'mostread',
      'readmore',
      'recommended',
      'tooltip',
      'hovercard',
      'toolbar',
      'paywall',
      'masthead',
      'skip',
      'pullquote',
      'pull-quote',
      'video',
      'player',
      'author',
      'byline',
    ].join('|') +
    ')(?:$|[\\s_-])',
  'i',
);

/**
 * class/id tokens of a paragraph that is not article text: the dek, kicker, byline, credits or
 * date line a template prints as a <p> above or inside the article.
 */
const PARAGRAPH_TOKENS =
  /(?:^|[\s_-])(?:deck|dek|standfirst|strapline|kicker|eyebrow|byline|credits?|dateline|timestamp|pullquote|pull-quote|sign-?off)(?:$|[\s_-])/iu;
/** Longest paragraph its class alone may remove: a long one is article text whatever its name. */
const MAX_LABELLED_PARAGRAPH = 300;

function isLabelledFurniture(el: Element): boolean {
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  return (
    names.length < 200 &&
    PARAGRAPH_TOKENS.test(names) &&
    (el.textContent ?? '').trim().length <= MAX_LABELLED_PARAGRAPH
  );
}

/** Tags never removed by class/id, whatever they are called. */
const PROTECTED = new Set(['html', 'body', 'main', 'article', 'p', 'h1']);

/** A furniture container holding more than this share of the page's <p> text is kept. */
const MAX_SHARE_OF_PARAGRAPH_TEXT = 0.3;

/** Removes navigation, share bars, promos and similar furniture from the parsed page before body extraction, listing each removal. */
export function pruneFurniture(doc: Document): RemovedBlock[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  let paragraphChars = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) paragraphChars += (p.textContent ?? '').length;
  const limit = Math.max(200, paragraphChars * MAX_SHARE_OF_PARAGRAPH_TEXT);

  const removed: RemovedBlock[] = [];
  const candidates = new Set<Element>(Array.from(root.querySelectorAll(FURNITURE_SELECTOR)));
  for (const el of Array.from(root.querySelectorAll('[class],[id]'))) {
    if (el.localName === 'p' && isLabelledFurniture(el)) {
      candidates.add(el);
      continue;
    }
    if (PROTECTED.has(el.localName)) continue;
    const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (names.length < 200 && FURNITURE_TOKENS.test(names)) candidates.add(el);
  }
  for (const el of candidates) {
    if (el === root || !root.contains(el)) continue; // already gone with an ancestor
    const paragraphText = Array.from(el.querySelectorAll('p')).reduce(
      (n, p) => n + (p.textContent ?? '').length,
      0,
    );
    if (paragraphText > limit) continue;
    // Embedded posts (tweets, Instagram) are quoted material of the article, not a share bar.
    if (el.querySelector('blockquote')) continue;
    const text = summarize(collectBlocks(el).map((block) => block.text));
    el.remove();
    if (text) removed.push({ text, reason: 'page furniture' });
  }
  return removed;
}
