/**
 * normalize/html/blocks: a DOM subtree -> its reader-visible text blocks, in document order.
 *
 * A block is the text between two block boundaries (block elements, <br>), whitespace-collapsed,
 * tagged with what kind of block holds it (paragraph, list item, quote, heading, caption...) and
 * how much of it is link text. Everything downstream (body choice, boilerplate trimming, output)
 * works on these blocks rather than on raw DOM nodes.
 */
import { DROPPED_ELEMENTS } from './sanitize.ts';
import { collapse } from './text.ts';

export type BlockKind = 'p' | 'li' | 'quote' | 'heading' | 'caption' | 'figure' | 'pre' | 'cell';

export interface Block {
  text: string;
  kind: BlockKind;
  /** Heading level (1-6) for kind 'heading', else 0. */
  level: number;
  /** The innermost block element holding the text. */
  el: Element;
  /** Characters of the text that sit inside <a href>. */
  linkChars: number;
  /** Characters inside links to the page's own site (relative or same host): teasers, tags, nav. */
  internalLinkChars: number;
}

/** 0: not in a link, 1: link elsewhere, 2: link to the page's own site. */
type LinkState = 0 | 1 | 2;

/** Elements that start a new block. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'center',
  'caption',
  'body',
  'html',
]);

/**
 * Elements whose content is never article text: those sanitize drops before parsing (listed there
 * once), and the form controls, head elements and media it leaves in the source.
 */
const SKIPPED_TAGS = new Set([
  ...DROPPED_ELEMENTS,
  'embed',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'label',
  'head',
  'title',
  'meta',
  'link',
  'video',
  'audio',
  'picture',
  'img',
  'map',
]);

interface Context {
  kind: BlockKind;
  level: number;
  el: Element;
}

/** Block kind implied by an element (null: keep the enclosing kind). */
function kindOf(tag: string): { kind: BlockKind; level: number } | null {
  switch (tag) {
    case 'li':
    case 'dd':
    case 'dt':
      return { kind: 'li', level: 0 };
    case 'blockquote':
      return { kind: 'quote', level: 0 };
    case 'figcaption':
    case 'caption':
      return { kind: 'caption', level: 0 };
    case 'figure':
      return { kind: 'figure', level: 0 };
    case 'pre':
      return { kind: 'pre', level: 0 };
    case 'td':
    case 'th':
      return { kind: 'cell', level: 0 };
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return { kind: 'heading', level: Number(tag[1]) };
    case 'p':
      return { kind: 'p', level: 0 };
    default:
      return null;
  }
}

/** True for elements a reader never sees (hidden attribute, inline display:none). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/**
 * The context for a block element inside `outer`: a list item's or a quote's inner <p> is still
 * a list item or a quote, and anything inside a figure stays figure furniture; only captions and
 * headings override an enclosing kind.
 */
function innerContext(
  outer: Context,
  implied: { kind: BlockKind; level: number } | null,
  el: Element,
): Context {
  if (!implied) return { ...outer, el };
  if (outer.kind === 'p' || implied.kind === 'caption') return { ...implied, el };
  if (implied.kind === 'heading' && outer.kind !== 'figure' && outer.kind !== 'caption')
    return { ...implied, el };
  return { ...outer, el };
}

/** Whether an href points into the same site as `host` (relative links always do). */
export function isInternalHref(href: string, host: string | null): boolean {
  const trimmed = href.trim();
  if (/^(?:mailto|tel|javascript):/i.test(trimmed)) return false;
  const absolute = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(trimmed);
  if (!absolute) return true;
  if (!host) return false;
  const bare = (h: string): string => h.toLowerCase().replace(/^www\./, '');
  return bare(absolute[1] ?? '') === bare(host);
}

/** `host`: the page's own host name when known, to tell internal links from outbound ones. */
export function collectBlocks(root: Element, host: string | null = null): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let internalLinkChars = 0;
  let ctx: Context = { kind: 'p', level: 0, el: root };

  const flush = (): void => {
    if (parts.length) {
      const text = collapse(parts.join(''));
      if (text)
        blocks.push({
          text,
          kind: ctx.kind,
          level: ctx.level,
          el: ctx.el,
          linkChars: Math.min(linkChars, text.length),
          internalLinkChars: Math.min(internalLinkChars, text.length),
        });
    }
    parts = [];
    linkChars = 0;
    internalLinkChars = 0;
  };

  // Iterative depth-first walk: broken pages can nest tens of thousands of unclosed elements,
  // which would overflow a recursive one. A frame restoring a context marks a block's end.
  interface Frame {
    next: ChildNode | null;
    link: LinkState;
    restore: Context | null;
  }
  const stack: Frame[] = [{ next: root.firstChild, link: 0, restore: null }];
  while (stack.length) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.restore) {
        flush();
        ctx = frame.restore;
      }
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      parts.push(value);
      if (frame.link) {
        const length = value.trim().length;
        linkChars += length;
        if (frame.link === 2) internalLinkChars += length;
      }
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    if (SKIPPED_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'br') {
      flush();
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push({ next: el.firstChild, link: frame.link, restore: ctx });
      ctx = innerContext(ctx, kindOf(tag), el);
    } else {
      let link = frame.link;
      if (!link && tag === 'a') {
        const href = el.getAttribute('href');
        if (href) link = isInternalHref(href, host) ? 2 : 1;
      }
      stack.push({ next: el.firstChild, link, restore: null });
    }
  }
  flush();
  return blocks;
}
