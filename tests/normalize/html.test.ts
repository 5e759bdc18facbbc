/**
 * normalizeHtml: fixture pages (tests/fixtures/normalize-html/<case>/{input.html,expected.json})
 * plus robustness checks on pathological input and unit checks of the metadata helpers.
 *
 * expected.json lists the NormalizedArticle fields to compare exactly; `removedIncludes` lists
 * substrings that must each appear in some `removed` entry (boilerplate was dropped, not lost).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import {
  cleanByline,
  isoDate,
  languageTag,
  stripSiteName,
} from '../../src/pipeline/normalize/html/metadata.ts';
import { sanitizeHtml } from '../../src/pipeline/normalize/html/sanitize.ts';

const fixtures = join(import.meta.dirname, '../fixtures/normalize-html');
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('normalizeHtml fixtures', () => {
  it('has the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(name, () => {
      const html = readFileSync(join(fixtures, name, 'input.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      const article = normalizeHtml(html) as unknown as Record<string, unknown>;
      const { removedIncludes, ...fields } = expected;
      for (const [key, value] of Object.entries(fields)) expect(article[key], key).toEqual(value);
      const removed = (article['removed'] as Array<{ text: string }>).map((block) => block.text);
      for (const fragment of (removedIncludes as string[] | undefined) ?? []) {
        expect(
          removed.some((text) => text.includes(fragment)),
          `removed contains "${fragment}"`,
        ).toBe(true);
      }
    });
  }
});

describe('normalizeHtml hints', () => {
  it('lets story.yaml hints win over the page', () => {
    const html = readFileSync(join(fixtures, 'og-only-metadata', 'input.html'), 'utf8');
    const article = normalizeHtml(html, {
      outlet: 'Given Outlet',
      url: 'https://given.example/x',
      language: 'fr',
      published: '2001-02-03',
    });
    expect(article.outlet).toBe('Given Outlet');
    expect(article.url).toBe('https://given.example/x');
    expect(article.language).toBe('fr');
    expect(article.published).toBe('2001-02-03');
  });
});

describe('normalizeHtml JSON-LD body', () => {
  it('falls back to JSON-LD articleBody when the markup has no body', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Rendered by script',
      articleBody: 'First paragraph of the story.\n\nSecond paragraph &amp; more.',
    })}</script></head><body><div id="app"></div></body></html>`;
    const article = normalizeHtml(html);
    expect(article.headline).toBe('Rendered by script');
    expect(article.paragraphs).toEqual(['First paragraph of the story.', 'Second paragraph & more.']);
  });
});

describe('normalizeHtml on bad input', () => {
  const paragraph = `<p>${'The committee met again on Tuesday to discuss the budget, and agreed on nothing. '.repeat(4)}</p>`;

  it('returns an empty body for empty input', () => {
    const article = normalizeHtml('');
    expect(article.paragraphs).toEqual([]);
    expect(article.headline).toBe('');
  });

  it('survives thousands of unclosed nested tags', () => {
    const started = performance.now();
    const article = normalizeHtml('<div>'.repeat(50_000) + paragraph);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(article.paragraphs.join(' ')).toContain('The committee met again');
  });

  it('handles a 30 MB page full of scripts in bounded time', () => {
    const script = `<script>var data = "${'x'.repeat(2000)}"; if (a < b) { document.write("<p>SCRIPTTEXT</p>"); }</script>`;
    const html = `<html><head><title>T</title></head><body>${script.repeat(15_000)}${paragraph.repeat(3)}</body></html>`;
    expect(html.length).toBeGreaterThan(30_000_000);
    const started = performance.now();
    const article = normalizeHtml(html);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs.join(' ')).not.toContain('SCRIPTTEXT');
  });

  it('handles an unterminated script and stray angle brackets', () => {
    expect(() => normalizeHtml(`${paragraph}<script>var x = 1;`)).not.toThrow();
    const article = normalizeHtml(`<body>${'<'.repeat(200_000)}${paragraph}</body>`);
    expect(article.paragraphs.join(' ')).toContain('The committee met again');
  });
});

describe('sanitizeHtml', () => {
  it('drops scripts, styles and comments but keeps JSON-LD text', () => {
    const result = sanitizeHtml(
      '<p>a</p><!-- c --><script>x()</script><style>p{}</style><script type="application/ld+json">{"headline":"H"}</script><p>b</p>',
    );
    expect(result.html).not.toMatch(/x\(\)|p\{\}|<!--/);
    expect(result.jsonLd).toEqual(['{"headline":"H"}']);
    expect(result.html).toContain('<p>a</p>');
    expect(result.html).toContain('<p>b</p>');
  });
});

describe('metadata helpers', () => {
  it('reads dates as the publisher wrote them', () => {
    expect(isoDate('2019-11-19T23:30:00-05:00')).toBe('2019-11-19');
    expect(isoDate('2019/11/05')).toBe('2019-11-05');
    expect(isoDate('Tue, 19 Nov 2019 08:00:00')).toBe('2019-11-19');
    expect(isoDate('20191119')).toBe('2019-11-19');
    expect(isoDate('yesterday')).toBeNull();
    expect(isoDate('2019-13-45')).toBeNull();
  });

  it('strips the site name from titles', () => {
    expect(stripSiteName('Harbour council approves sea wall | The Courier', 'The Courier')).toBe(
      'Harbour council approves sea wall',
    );
    expect(stripSiteName('The Courier - Harbour council approves sea wall', 'The Courier')).toBe(
      'Harbour council approves sea wall',
    );
    expect(stripSiteName('Harbour council approves sea wall | Courier', null)).toBe(
      'Harbour council approves sea wall',
    );
    expect(stripSiteName('Brexit: what happens next', null)).toBe('Brexit: what happens next');
  });

  it('normalises bylines and language tags', () => {
    expect(cleanByline('By Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('Von Jana Müller')).toBe('Jana Müller');
    expect(cleanByline('https://example.com/jane')).toBeNull();
    expect(languageTag('en_us')).toBe('en-US');
    expect(languageTag('pt-BR')).toBe('pt-BR');
    expect(languageTag('')).toBeNull();
  });
});

describe('byline printed under the headline', () => {
  const body =
    '<p>The harbour council voted on Tuesday to build a new sea wall along the old quay, after two winters of storms flooded the fish market and the lifeboat station.</p>' +
    '<p>Work is due to start in the spring and to last about eighteen months, the council said in a statement released after the vote on Tuesday evening.</p>';
  const page = (between: string, after = ''): string =>
    `<html><head><title>Harbour council votes for sea wall</title></head><body><article><h1>Harbour council votes for sea wall</h1>${between}${body}${after}</article></body></html>`;

  it('reads a short "By Name" element between headline and body', () => {
    expect(normalizeHtml(page('<p class="meta">By Marta Velde</p>')).byline).toBe('Marta Velde');
    expect(
      normalizeHtml(
        page('<div class="info"><p>By <a href="/p/1">Marta Velde</a> and Ola Brun · 12 March 2024</p></div>'),
      ).byline,
    ).toBe('Marta Velde and Ola Brun');
  });

  it('leaves subheads, deadlines and body sentences alone', () => {
    expect(normalizeHtml(page('<p class="meta">By the numbers</p>')).byline).toBeNull();
    expect(normalizeHtml(page('<h2>By The Numbers</h2>')).byline).toBeNull();
    expect(normalizeHtml(page('<p class="meta">By Monday Evening</p>')).byline).toBeNull();
    // After the body has begun, a "By" line is not the byline.
    expect(normalizeHtml(page('', '<p>By Marta Velde</p>')).byline).toBeNull();
  });
});
