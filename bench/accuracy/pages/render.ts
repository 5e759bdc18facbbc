/**
 * bench/accuracy/pages/render: a Page (page.ts) as the two forms a journalist hands the tool —
 * the text a browser copies from the whole page, and the saved HTML source.
 * In: Page + outlet + headline. Out: strings. Deterministic.
 */
import type { Block, Page } from './page.ts';

/** Pasted page text: each block's lines, blocks separated by a blank line (as browsers copy). */
export function pastedText(page: Page): string {
  return `${page.blocks.map((block) => block.lines.join('\n')).join('\n\n')}\n`;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function blockHtml(block: Block): string {
  const [first = '', ...rest] = block.lines.map(escape);
  switch (block.kind) {
    case 'title':
      return '';
    case 'masthead':
      return `<div class="brand"><a href="/">${first}</a></div>`;
    case 'menu':
      return `<nav class="site-nav"><ul>${block.lines
        .flatMap((l) => l.split(/\s{2,}|\s\|\s/u))
        .map(
          (item) =>
            `<li><a href="/${escape(item.toLowerCase().replace(/\W+/g, '-'))}">${escape(item)}</a></li>`,
        )
        .join('')}</ul></nav>`;
    case 'section':
    case 'programme':
      return `<div class="kicker"><a href="/section">${first}</a></div>`;
    case 'breadcrumb':
      return `<nav class="crumbs" aria-label="Breadcrumb">${first}</nav>`;
    case 'ticker':
      return `<div class="ticker"><strong>${first}</strong> <a href="/t">${rest.join(' ')}</a></div>`;
    case 'cookie':
      return `<div class="consent-banner"><p>${first}</p><button>Accept</button></div>`;
    case 'headline':
      return `<h1 class="headline">${first}</h1>`;
    case 'byline':
      return `<div class="byline">${first}</div>`;
    case 'date':
      return `<div class="dateline"><time>${first}</time></div>`;
    case 'share':
      return `<div class="share-tools">${first
        .split(/\s+\|\s+|\s+/u)
        .map((s) => `<a href="#">${s}</a>`)
        .join(' ')}</div>`;
    case 'paragraph':
      return `<p>${first}</p>`;
    case 'ad':
      return `<div class="ad-slot"><span>${first}</span></div>`;
    case 'caption':
      return `<figure><img src="/img/photo.jpg" alt=""><figcaption>${first}</figcaption></figure>`;
    case 'newsletter':
      return `<aside class="promo-box"><p>${first}</p><a href="/signup">Sign up</a></aside>`;
    case 'related':
      return rest.length
        ? `<aside class="related"><h2>${first}</h2><ul>${rest.map((r) => `<li><a href="/r">${r}</a></li>`).join('')}</ul></aside>`
        : `<p class="inline-related"><a href="/r">${first}</a></p>`;
    case 'most-read':
      return `<section class="popular"><h2>${first}</h2><ol>${rest.map((r) => `<li><a href="/r">${r}</a></li>`).join('')}</ol></section>`;
    case 'footer':
      return `<footer class="site-footer">${block.lines.map((l) => `<p>${escape(l)}</p>`).join('')}</footer>`;
  }
}

/** A saved page: <head> with title and some metadata, site chrome, the article in <article>. */
export function savedHtml(page: Page, outlet: string, headline: string): string {
  const head = [
    '<meta charset="utf-8">',
    `<title>${escape(headline)}${page.namesOutlet ? ` | ${escape(outlet)}` : ''}</title>`,
    `<meta property="og:title" content="${escape(headline)}">`,
    `<link rel="canonical" href="${page.url}">`,
    page.siteNameMeta ? `<meta property="og:site_name" content="${escape(outlet)}">` : '',
  ].join('\n');
  const parts: string[] = [];
  let inArticle = false;
  for (const block of page.blocks) {
    const articleish: boolean =
      ['headline', 'byline', 'date', 'paragraph', 'ad', 'caption', 'newsletter'].includes(block.kind) ||
      (block.kind === 'related' && block.lines.length === 1) ||
      (inArticle && block.kind === 'share');
    if (articleish && !inArticle) parts.push('<main><article>');
    if (!articleish && inArticle) parts.push('</article></main>');
    inArticle = articleish;
    parts.push(blockHtml(block));
  }
  if (inArticle) parts.push('</article></main>');
  return `<!doctype html>\n<html lang="en">\n<head>\n${head}\n</head>\n<body>\n${parts.join('\n')}\n</body>\n</html>\n`;
}
