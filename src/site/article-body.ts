/**
 * The elements of an article's MDX body as HTML: <P n> (a numbered, linkable paragraph), <Quote>
 * (the quoted words, and a link to every outlet's version) and <Fig> (the figure, linked to its
 * group). One markup, used two ways:
 *
 *  - articleBodyHtml: the whole body as one string, from the element tree the compiled MDX returns
 *    (text, fragments and the three elements; emit/article-mdx.ts writes nothing else). Any other
 *    node (a journalist's link or emphasis, an import) gives null, and the page renders the body
 *    through Astro instead.
 *  - the components ArticleParagraph, ArticleQuote and ArticleFigure, which Astro renders for such
 *    a body: each writes its element's opening and closing tags from here around its slot.
 *
 * Why a string: Astro renders every JSX node and component of a body with promises and a component
 * instance each. On a 1,000-article story (34,000 elements, 70,000 text nodes) the bodies took
 * ~1.3 s of the render thread that way, and as strings the page phase takes ~0.45 s less of it
 * and ~0.6 s less CPU in all (BENCHMARKS.md, "Build ratio round 3"). Text and attributes are
 * escaped by Astro's own functions, so both ways give the same bytes. Pure: no file access.
 */
import { AstroJSX, Fragment } from 'astro/jsx-runtime';
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import {
  ArticleFigurePropsSchema,
  ArticleParagraphPropsSchema,
  ArticleQuotePropsSchema,
  parseProps,
} from '../lib/component-props.ts';
import { periodSuffix } from '../lib/figure-forms.ts';
import { formatMoney, spokenMoney } from '../lib/money.ts';
import type { StoryView } from './story.ts';
import { routes } from './url.ts';

/** What a quote or figure links to: the story's groups, looked up by the element's article and number. */
export interface BodyContext {
  story: StoryView;
  articleId: string;
}

/** An element's opening and closing markup; its content goes between. */
export type Tags = readonly [open: string, close: string];

/** The MDX element's own props: `children` is its content, not an attribute. */
const CONTENT = ['children'] as const;

/** `<P n>`: the paragraph with its number as a link to itself (id="p-<n>"). */
export function paragraphTags(props: object): Tags {
  // A hand-edited article's attributes are checked by ingest; this is the last line of defence.
  const { n } = parseProps('P', ArticleParagraphPropsSchema, props, CONTENT);
  return [
    `<p class="para"${attr(`p-${n}`, 'id')}><a class="para-n"${attr(`#p-${n}`, 'href')}${attr(`Paragraph ${n + 1}`, 'aria-label')}>${n + 1}</a>`,
    '</p>',
  ];
}

/**
 * `<Quote n speaker verb partial scare>`: the quoted words highlighted and, unless scare-quoted, a
 * small link to every outlet's version of the statement. Shows the attributes as the MDX has them
 * (a journalist's fixed speaker shows at once).
 */
export function quoteTags(props: object, { story, articleId }: BodyContext): Tags {
  const {
    n,
    speaker = null,
    verb = null,
    scare = false,
  } = parseProps('Quote', ArticleQuotePropsSchema, props, CONTENT);
  const open = `<span${attr(scare ? 'q q-scare' : 'q', 'class')}>`;
  if (scare) return [open, '</span>'];
  const group = n === undefined ? undefined : story.groupOfQuote(articleId, n);
  const who = speaker ?? 'unattributed';
  const short = escapeHTML(speaker ? (speaker.split(' ').at(-1) ?? speaker) : 'unattributed');
  const label = `Quote attributed to ${who}${verb ? ` (${verb})` : ''}: compare every outlet’s version`;
  const ref = group
    ? `<a${attr(routes.quotes(story.slug, group.id), 'href')}${attr(label, 'aria-label')}>${short}</a>`
    : `<span><span class="visually-hidden">Quote attributed to </span>${short}</span>`;
  return [open, `</span><sup class="q-ref">${ref}</sup>`];
}

/** `<Fig n kind amount currency …>`: the figure highlighted, linked to its group when it has one. */
export function figureTags(props: object, { story, articleId }: BodyContext): Tags {
  const {
    n,
    kind = 'other',
    amount = null,
    currency = null,
    period = null,
    years = null,
    unit = null,
    of = null,
    role = null,
  } = parseProps('Fig', ArticleFigurePropsSchema, props, CONTENT);
  const group = n === undefined ? undefined : story.groupOfFigure(articleId, n);
  const reading =
    kind === 'money'
      ? `${spokenMoney(amount, currency)}${periodSuffix(period, years)}`
      : `${amount ?? ''} ${unit ?? ''}`.trim();
  const what = [of, role && role !== 'total' ? role : null].filter(Boolean).join(', ');
  const title =
    kind === 'money'
      ? `${formatMoney(amount, currency)}${periodSuffix(period, years)}${what ? ` (${what})` : ''}`
      : reading;
  return group
    ? [
        `<a class="fig"${attr(routes.figures(story.slug, group.id), 'href')}${attr(`${title}: compare outlets`, 'title')}>`,
        '</a>',
      ]
    : [`<span class="fig"${attr(title, 'title')}>`, '</span>'];
}

/** ` key="value"`, escaped as Astro escapes an attribute in a template. */
function attr(value: string, key: string): string {
  return String(addAttribute(value, key));
}

/** What the compiled MDX names each element by: the components the page passes it. */
export interface BodyElements {
  P: unknown;
  Quote: unknown;
  Fig: unknown;
}

/** A node the string cannot render (thrown inside, caught by articleBodyHtml). */
class Unrendered extends Error {}

/**
 * The body's HTML from the element tree the compiled MDX returned (its `Content({ components })`),
 * or null when the tree holds anything but text, fragments, <P>, <Quote> and <Fig>.
 */
export function articleBodyHtml(tree: unknown, elements: BodyElements, context: BodyContext): string | null {
  const node = (value: unknown): string => {
    // As Astro renders a JSX child: text escaped, nothing for null/undefined/false/'', a number as is.
    if (typeof value === 'string') return escapeHTML(value);
    if (value === null || value === undefined || value === false || value === '') return '';
    if (typeof value === 'number') return String(value);
    if (Array.isArray(value)) return value.map(node).join('');
    if (typeof value !== 'object' || !(value as Record<string, unknown>)[AstroJSX]) throw new Unrendered();
    const { type, props } = value as { type: unknown; props: Record<string, unknown> };
    const inner = () => node(props.children);
    if (type === Fragment) return inner();
    const tags =
      type === elements.P
        ? paragraphTags(props)
        : type === elements.Quote
          ? quoteTags(props, context)
          : type === elements.Fig
            ? figureTags(props, context)
            : null;
    if (!tags) throw new Unrendered();
    return tags[0] + inner() + tags[1];
  };
  try {
    return node(tree);
  } catch (error) {
    if (error instanceof Unrendered) return null;
    throw error;
  }
}
