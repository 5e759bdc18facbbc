/**
 * Property: the whole analysis (normalize -> extract -> compare) and emit, on any pasted text or
 * saved page, (a) finishes without throwing, (b) writes MDX that compiles with @mdx-js/mdx and
 * (c) whose body paragraphs, quotes and figures read back exactly as analysed.
 *
 * Runs: random pasted text FUZZ_RUNS/2, random pages FUZZ_RUNS/4; real seed articles with hostile
 * fragments injected (where the normalizer keeps paragraphs and the extractors find quotes and
 * figures) FUZZ_RUNS/20 as text and FUZZ_RUNS/40 as HTML, as each costs ~70 ms;
 * the compile check runs on the first COMPILE_RUNS generated stories (see article-mdx.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Warning } from '../../src/lib/errors.ts';
import type { RawDocument } from '../../src/lib/model.ts';
import { articleToMdx, mdxToArticle } from '../../src/pipeline/emit/article-mdx.ts';
import { explainerDraft } from '../../src/pipeline/emit/explainer.ts';
import { analyseDocuments, buildStoryData } from '../../src/pipeline/ingest.ts';
import {
  FUZZ_RUNS,
  FUZZ_TIMEOUT_MS,
  compileMdx,
  fuzzParams,
  hostileField,
  hostileText,
} from '../helpers/arbitraries.ts';
import { SEEDS } from '../helpers/cli.ts';

const TEXT_RUNS = Math.max(1, Math.floor(FUZZ_RUNS / 2));
const HTML_RUNS = Math.max(1, Math.floor(FUZZ_RUNS / 4));
/** Whole seed articles cost ~70 ms a run (most of it parsing the MDX back): a twentieth of the runs. */
const SEED_RUNS = Math.max(1, Math.floor(FUZZ_RUNS / 20));
const COMPILE_RUNS = Math.min(
  FUZZ_RUNS,
  Number(process.env.COMPILE_RUNS) || (FUZZ_RUNS >= 100_000 ? 5_000 : 100),
);

const SEED_TEXTS = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(SEEDS, name), 'utf8'));

/** Inserts hostile fragments at random places of a text. */
const injected = (text: string, maxInjections: number): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fc.nat(), hostileText(3)), { maxLength: maxInjections }).map((injections) => {
    let out = text;
    for (const [at, fragment] of injections) {
      const position = at % (out.length + 1);
      out = out.slice(0, position) + fragment + out.slice(position);
    }
    return out;
  });

/** A real seed article with hostile fragments sprinkled through it: the normalizer keeps most of it. */
const hostileSeed = fc.constantFrom(...SEED_TEXTS).chain((text) => injected(text, 30));

/** A saved page made from a seed article's paragraphs, fragments injected raw into the HTML. */
const hostileSeedPage = fc
  .tuple(fc.constantFrom(...SEED_TEXTS), fc.constantFrom('article', 'main', 'div'), hostileField)
  .chain(([text, wrapper, title]) => {
    const [headline, ...rest] = text.split('\n').filter((line) => line.trim() !== '');
    const html = [
      `<!doctype html><html lang="en"><head><title>${title}${headline}</title></head><body><nav><a href="/">Home</a></nav>`,
      `<${wrapper}><h1>${headline}</h1>`,
      ...rest.map((line) => `<p>${line}</p>`),
      `</${wrapper}><footer>© 2024</footer></body></html>`,
    ].join('\n');
    return injected(html, 30);
  });

/** A pasted article: headline, a dateline-ish line, paragraphs separated by blank lines, junk. */
const pastedText = fc
  .record({
    headline: hostileField,
    paragraphs: fc.array(hostileText(20), { minLength: 0, maxLength: 8 }),
    separator: fc.constantFrom('\n\n', '\n', '\n \n', '\n\n\n'),
    trailer: fc.constantFrom(
      '',
      'Share this article\nFacebook Twitter',
      '© 2024 All rights reserved',
      'Read more: …',
    ),
  })
  .map(({ headline, paragraphs, separator, trailer }) => [headline, ...paragraphs, trailer].join(separator));

/** A saved page: hostile text dropped raw into a page's title, meta, headings, paragraphs. */
const savedPage = fc
  .record({
    title: hostileField,
    meta: hostileField,
    paragraphs: fc.array(hostileText(16), { minLength: 0, maxLength: 8 }),
    wrapper: fc.constantFrom('article', 'main', 'div', 'section', 'body'),
    extra: fc.constantFrom(
      '',
      '<nav><a href="/">Home</a></nav>',
      '<script>alert(1)</script>',
      '<style>p{}</style>',
      '<!-- x -->',
      '<table><tr><td>x</td></tr></table>',
    ),
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
/** How many analysed articles the properties saw (printed, so a normalizer that drops all is noticed). */
const seen = { articles: 0, paragraphs: 0, quotes: 0, figures: 0 };

async function checkDocuments(documents: RawDocument[]): Promise<void> {
  const warnings: Warning[] = [];
  const articles = analyseDocuments(documents, warnings); // (a) must not throw
  seen.articles += articles.length;
  for (const article of articles) {
    seen.paragraphs += article.paragraphs.length;
    seen.quotes += article.quotes.length;
    seen.figures += article.figures.length;
  }
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

const doc = (name: string, format: 'text' | 'html', text: string): RawDocument => ({
  path: `fuzz/${name}`,
  name,
  format,
  text,
  hints: {},
});

describe('analyseDocuments + emit on hostile input (fuzz)', () => {
  afterAll(() => {
    console.log(
      `pipeline fuzz saw ${seen.articles} articles, ${seen.paragraphs} paragraphs, ${seen.quotes} quotes, ${seen.figures} figures`,
    );
  });

  it(
    `seed articles with hostile fragments injected, as text (${SEED_RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(hostileSeed, { minLength: 1, maxLength: 2 }), async (texts) => {
          await checkDocuments(texts.map((text, i) => doc(`${i}.txt`, 'text', text)));
        }),
        fuzzParams(SEED_RUNS),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    `seed articles with hostile fragments injected, as HTML (${Math.max(1, Math.floor(SEED_RUNS / 2))} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileSeedPage, async (html) => {
          await checkDocuments([doc('page.html', 'html', html)]);
        }),
        fuzzParams(Math.max(1, Math.floor(SEED_RUNS / 2))),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    `pasted text (${TEXT_RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(pastedText, { minLength: 1, maxLength: 3 }), async (texts) => {
          await checkDocuments(texts.map((text, i) => doc(`${i}.txt`, 'text', text)));
        }),
        fuzzParams(TEXT_RUNS),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    `saved HTML pages (${HTML_RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(savedPage, { minLength: 1, maxLength: 2 }), async (pages) => {
          await checkDocuments(pages.map((html, i) => doc(`${i}.html`, 'html', html)));
        }),
        fuzzParams(HTML_RUNS),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'mixed text and HTML, raw hostile strings as whole files',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileText(40), fc.boolean(), async (text, html) => {
          await checkDocuments([doc(html ? 'raw.html' : 'raw.txt', html ? 'html' : 'text', text)]);
        }),
        fuzzParams(Math.max(1, Math.floor(FUZZ_RUNS / 4))),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
