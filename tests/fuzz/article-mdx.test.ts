/**
 * Property: any Article — hostile text in every field, quotes and figures at real offsets — goes
 * through articleToMdx and comes back from mdxToArticle unchanged, and the MDX compiles and renders
 * exactly the paragraph text (no expression, element or Markdown formatting sneaks in).
 *
 * Runs: FUZZ_RUNS for the pure round trip (2000 in `npm test`, 100000 in `npm run fuzz`). Compiling
 * with @mdx-js/mdx costs ~3–10 ms a file, so the compile-and-render property runs on
 * min(FUZZ_RUNS, COMPILE_RUNS) fresh cases (COMPILE_RUNS: 300 by default, 10000 under `npm run fuzz`);
 * the serializer's escaping is already checked on every case by the parse-back round trip.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleFrontmatterSchema, type Article, type ArticleText } from '../../src/lib/model.ts';
import { articleToMdx, mdxToArticle } from '../../src/pipeline/emit/article-mdx.ts';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import {
  FUZZ_RUNS,
  FUZZ_TIMEOUT_MS,
  blankArticle,
  compileMdx,
  crosses,
  fuzzParams,
  hostileArticle,
  mdxBody,
  NASTY_FRAGMENTS,
} from '../helpers/arbitraries.ts';
import { renderMdx } from '../helpers/render.ts';

const COMPILE_RUNS = Math.min(
  FUZZ_RUNS,
  Number(process.env.COMPILE_RUNS) || (FUZZ_RUNS >= 100_000 ? 10_000 : 300),
);

/** What the MDX file holds: all but `removed`, which only story.json keeps. */
function textOf(article: Article): ArticleText {
  const { removed: _removed, ...text } = article;
  return text;
}

/** What must come back: everything, except a quote/figure that crosses another span (see below). */
function representable(article: Article): ArticleText {
  const spans = [...article.quotes, ...article.figures];
  // inlineChildren places spans by start (longest first) and drops one that starts inside an
  // element already placed without nesting in it: a crossing span has no place in a tree.
  const placed: typeof spans = [];
  const ordered = spans
    .map((span, order) => ({ span, order }))
    .sort(
      (a, b) =>
        a.span.paragraph - b.span.paragraph ||
        a.span.start - b.span.start ||
        b.span.end - a.span.end ||
        a.order - b.order,
    );
  for (const { span } of ordered) if (!placed.some((other) => crosses(other, span))) placed.push(span);
  return {
    ...textOf(article),
    quotes: article.quotes.filter((quote) => placed.includes(quote)),
    figures: article.figures.filter((figure) => placed.includes(figure)),
  };
}

/**
 * MDX -> HTML (mdast-util-to-hast) trims spaces and tabs next to a line break inside each text node,
 * as HTML rendering would collapse them anyway. The MDX source keeps them (the round trip above is exact);
 * only the rendered comparison allows for it.
 */
const asRendered = (text: string): string => text.replace(/[ \t]*(\r\n|\n|\r)[ \t]*/g, '$1');

const hasCrossing = (article: Article): boolean =>
  article.quotes.some((quote) => article.figures.some((figure) => crosses(quote, figure)));

describe('articleToMdx / mdxToArticle round trip (fuzz)', () => {
  it(
    `gives back paragraphs verbatim, frontmatter, quotes and figures with their offsets (${FUZZ_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(hostileArticle, (article) => {
          const mdx = articleToMdx(article);
          const back = mdxToArticle(mdx, 'fuzz.mdx');
          const expected = representable(article);
          expect(back).toEqual(expected);
          // Nothing is lost unless spans cross (the extractors never produce crossing spans).
          if (!hasCrossing(article)) expect(back).toEqual(textOf(article));
          // Offsets point at the same text in the paragraph read back.
          for (const span of [...back.quotes, ...back.figures]) {
            expect(back.paragraphs[span.paragraph]!.slice(span.start, span.end)).toBe(span.text);
          }
          // Writing what was read gives the same bytes: the edit guard's hash stays stable.
          expect(articleToMdx(back)).toBe(articleToMdx(expected));
        }),
        fuzzParams(FUZZ_RUNS),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    `compiles with @mdx-js/mdx and renders exactly the paragraphs, nothing executable (${COMPILE_RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileArticle, async (article) => {
          const mdx = articleToMdx(article);
          // Astro's content layer reads the frontmatter with js-yaml (not our `yaml`): it must give
          // back every field, pass the site's schema, and leave the body for MDX.
          const { paragraphs: _p, quotes: _q, figures: _f, removed: _r, ...frontmatter } = article;
          const astro = parseFrontmatter(mdx, { frontmatter: 'remove' });
          expect(ArticleFrontmatterSchema.parse(astro.frontmatter)).toEqual(frontmatter);
          expect(astro.content.trimStart()).toBe(mdxBody(mdx).trimStart());

          const rendered = renderMdx(await compileMdx(mdx));
          expect(rendered.paragraphs.map(asRendered)).toEqual(article.paragraphs.map(asRendered));
          // Only our components: no <em>, <a>, <script>, <img> made from the article's characters.
          expect(new Set(rendered.elements)).toSatisfy((names: Set<string>) =>
            [...names].every((name) => ['P', 'Quote', 'Fig'].includes(name)),
          );
          const expected = representable(article);
          expect(rendered.quotes.map((quote) => [asRendered(quote.text), quote.speaker ?? null])).toEqual(
            expected.quotes.map((quote) => [asRendered(quote.text), quote.speaker]),
          );
          expect(rendered.figures.map((figure) => asRendered(figure.text))).toEqual(
            expected.figures.map((figure) => asRendered(figure.text)),
          );
          expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
        }),
        fuzzParams(COMPILE_RUNS),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'handles very long lines (200,000 characters, hostile fragments sprinkled in)',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...NASTY_FRAGMENTS.filter((f) => !f.includes('\n'))), {
            minLength: 1,
            maxLength: 40,
          }),
          async (fragments) => {
            const line = Array.from(
              { length: 2000 },
              (_, i) => `${'word '.repeat(19)}${fragments[i % fragments.length]}`,
            )
              .join('')
              .slice(0, 200_000);
            const article = blankArticle({
              paragraphs: [line, 'after'],
              quotes: [
                {
                  text: line.slice(5, 100_000),
                  speaker: 'A',
                  speakerKind: 'person',
                  verb: 'said',
                  paragraph: 0,
                  start: 5,
                  end: 100_000,
                  partial: false,
                  scare: false,
                },
              ],
            });
            const mdx = articleToMdx(article);
            expect(mdxToArticle(mdx, 'long.mdx')).toEqual(textOf(article));
            expect(renderMdx(await compileMdx(mdx)).paragraphs.map(asRendered)).toEqual(
              article.paragraphs.map(asRendered),
            );
          },
        ),
        fuzzParams(Math.min(FUZZ_RUNS, Number(process.env.LONG_RUNS) || 3)),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
