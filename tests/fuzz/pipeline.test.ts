/**
 * Property: the whole analysis (normalize -> extract -> compare) and emit, on any pasted text or
 * saved page, (a) finishes without throwing, (b) writes MDX that compiles with @mdx-js/mdx and
 * (c) whose body paragraphs, quotes and figures read back exactly as analysed.
 *
 * Runs: plain text FUZZ_RUNS/2, HTML FUZZ_RUNS/4 (the HTML normalizer is ~10x slower per page);
 * the compile check runs on the first COMPILE_RUNS generated stories (see article-mdx.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../src/lib/errors.ts';
import type { RawDocument } from '../../src/lib/model.ts';
import { articleToMdx, mdxToArticle } from '../../src/pipeline/emit/article-mdx.ts';
import { explainerDraft } from '../../src/pipeline/emit/explainer.ts';
import { analyseDocuments, buildStoryData } from '../../src/pipeline/ingest.ts';
import { FUZZ_RUNS, compileMdx, fuzzParams, hostileField, hostileText } from '../helpers/arbitraries.ts';

const TEXT_RUNS = Math.max(1, Math.floor(FUZZ_RUNS / 2));
const HTML_RUNS = Math.max(1, Math.floor(FUZZ_RUNS / 4));
const COMPILE_RUNS = Math.min(FUZZ_RUNS, Number(process.env.COMPILE_RUNS) || (FUZZ_RUNS >= 100_000 ? 5_000 : 100));

/** A pasted article: headline, a dateline-ish line, paragraphs separated by blank lines, junk. */
const pastedText = fc
  .record({
    headline: hostileField,
    paragraphs: fc.array(hostileText(20), { minLength: 0, maxLength: 8 }),
    separator: fc.constantFrom('\n\n', '\n', '\n \n', '\n\n\n'),
    trailer: fc.constantFrom('', 'Share this article\nFacebook Twitter', '© 2024 All rights reserved', 'Read more: …'),
  })
  .map(({ headline, paragraphs, separator, trailer }) => [headline, ...paragraphs, trailer].join(separator));

/** A saved page: hostile text dropped raw into a page's title, meta, headings, paragraphs. */
const savedPage = fc
  .record({
    title: hostileField,
    meta: hostileField,
    paragraphs: fc.array(hostileText(16), { minLength: 0, maxLength: 8 }),
    wrapper: fc.constantFrom('article', 'main', 'div', 'section', 'body'),
    extra: fc.constantFrom('', '<nav><a href="/">Home</a></nav>', '<script>alert(1)</script>', '<style>p{}</style>', '<!-- x -->', '<table><tr><td>x</td></tr></table>'),
  })
  .map(({ title, meta, paragraphs, wrapper, extra }) =>
    [
      `<!doctype html><html><head><title>${title}</title><meta name="description" content="${meta}">`,
      `<meta property="article:published_time" content="${meta}"></head><body>${extra}`,
      `<${wrapper}><h1>${title}</h1>`,
      ...paragraphs.map((paragraph) => `<p>${paragraph}</p>`),
      `</${wrapper}>${extra}</body></html>`,
    ].join('\n'),
  );

let compiled = 0;

async function checkDocuments(documents: RawDocument[]): Promise<void> {
  const warnings: Warning[] = [];
  const articles = analyseDocuments(documents, warnings); // (a) must not throw
  const story = buildStoryData('fuzz', {}, articles);
  const files = articles.map(articleToMdx);
  for (const [index, article] of articles.entries()) {
    const back = mdxToArticle(files[index]!, `${article.id}.mdx`); // (c)
    expect(back.paragraphs).toEqual(article.paragraphs);
    expect(back.quotes).toEqual(article.quotes);
    expect(back.figures).toEqual(article.figures);
  }
  const index = explainerDraft(story);
  if (compiled < COMPILE_RUNS) {
    compiled++;
    for (const file of [...files, index]) await compileMdx(file); // (b)
  }
}

const doc = (name: string, format: 'text' | 'html', text: string): RawDocument => ({ path: `fuzz/${name}`, name, format, text, hints: {} });

describe('analyseDocuments + emit on hostile input (fuzz)', () => {
  it(`pasted text (${TEXT_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pastedText, { minLength: 1, maxLength: 3 }), async (texts) => {
        await checkDocuments(texts.map((text, i) => doc(`${i}.txt`, 'text', text)));
      }),
      fuzzParams(TEXT_RUNS),
    );
  }, 600_000);

  it(`saved HTML pages (${HTML_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(savedPage, { minLength: 1, maxLength: 2 }), async (pages) => {
        await checkDocuments(pages.map((html, i) => doc(`${i}.html`, 'html', html)));
      }),
      fuzzParams(HTML_RUNS),
    );
  }, 600_000);

  it('mixed text and HTML, raw hostile strings as whole files', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(40), fc.boolean(), async (text, html) => {
        await checkDocuments([doc(html ? 'raw.html' : 'raw.txt', html ? 'html' : 'text', text)]);
      }),
      fuzzParams(Math.max(1, Math.floor(FUZZ_RUNS / 4))),
    );
  }, 600_000);
});
