/**
 * An article body written as one string (src/site/article-body.ts), on the bundled story's data:
 * the markup Astro gave the same elements (copied from a built page), escaping as Astro escapes,
 * and null for anything the string does not render, so the page falls back to Astro.
 * The whole built site is compared with the components' rendering in BENCHMARKS.md ("Build ratio
 * round 3"); tests/e2e/site.test.ts checks the pages in a browser.
 */
import { readFileSync } from 'node:fs';
import { Fragment, jsx } from 'astro/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { parseStoryFile } from '../../src/lib/story-file.ts';
import { articleBodyHtml, type BodyElements } from '../../src/site/article-body.ts';
import { storyView } from '../../src/site/story.ts';

const FILE = 'content/stories/nato-ukraine-aid/story.json';
const story = storyView(parseStoryFile(FILE, readFileSync(FILE, 'utf8')));
const articleId = 'arms-delivery-failures-delays-dented-ukraines-trust';
const context = { story, articleId };
// The compiled MDX names each element by the component the page passes it: any value will do.
const elements: BodyElements = { P: () => 'P', Quote: () => 'Quote', Fig: () => 'Fig' };
const { P, Quote, Fig } = elements;

describe('articleBodyHtml', () => {
  it('writes <P>, <Quote> and <Fig> as the components did, links to their groups included', () => {
    const tree = jsx(Fragment, {
      children: [
        jsx(P, {
          n: 2,
          children: [
            '"',
            jsx(Quote, { n: 0, speaker: 'Jens Stoltenberg', verb: 'said', children: 'We need it' }),
            '," he said.',
          ],
        }),
        '\n',
        jsx(P, {
          n: 3,
          children: [
            'taking ',
            jsx(Fig, { n: 0, kind: 'duration', amount: 6, unit: 'months', children: 'six months' }),
            ' to pass a ',
            jsx(Fig, {
              n: 1,
              kind: 'money',
              amount: 60e9,
              currency: 'USD',
              period: 'total',
              of: 'Ukraine aid package',
              role: 'total',
              children: '$60-billion',
            }),
            ' package',
          ],
        }),
      ],
    });
    expect(articleBodyHtml(tree, elements, context)).toBe(
      '<p class="para" id="p-2"><a class="para-n" href="#p-2" aria-label="Paragraph 3">3</a>&quot;' +
        '<span class="q">We need it</span><sup class="q-ref"><a href="/nato-ukraine-aid/quotes/#q-stoltenberg-we-need-a-more-robust-610e29" aria-label="Quote attributed to Jens Stoltenberg (said): compare every outlet’s version">Stoltenberg</a></sup>' +
        ',&quot; he said.</p>\n' +
        '<p class="para" id="p-3"><a class="para-n" href="#p-3" aria-label="Paragraph 4">4</a>taking ' +
        '<a class="fig" href="/nato-ukraine-aid/figures/#f-duration-6-months" title="6 months: compare outlets">six months</a> to pass a ' +
        '<a class="fig" href="/nato-ukraine-aid/figures/#f-usd-60bn" title="$60bn (Ukraine aid package): compare outlets">$60-billion</a> package</p>',
    );
  });

  it('marks a scare quote without a link, and a quote or figure outside any group without one', () => {
    const tree = [
      jsx(Quote, { n: 0, speaker: null, scare: true, children: 'dent' }),
      jsx(Quote, { n: 99, speaker: 'Jens Stoltenberg', children: 'x' }),
      jsx(Fig, { n: 99, kind: 'count', amount: 3, unit: 'tanks', children: 'three tanks' }),
    ];
    expect(articleBodyHtml(tree, elements, context)).toBe(
      '<span class="q q-scare">dent</span>' +
        '<span class="q">x</span><sup class="q-ref"><span><span class="visually-hidden">Quote attributed to </span>Stoltenberg</span></sup>' +
        '<span class="fig" title="3 tanks">three tanks</span>',
    );
  });

  it('escapes text and attributes as Astro does', () => {
    const tree = jsx(P, {
      n: 0,
      children: [
        'Tom & Jerry <b> "it\'s"',
        jsx(Quote, { n: 99, speaker: 'A "B" <C>', verb: 'said', children: '<x>' }),
      ],
    });
    expect(articleBodyHtml(tree, elements, context)).toBe(
      '<p class="para" id="p-0"><a class="para-n" href="#p-0" aria-label="Paragraph 1">1</a>Tom &amp; Jerry &lt;b&gt; &quot;it&#39;s&quot;' +
        '<span class="q">&lt;x&gt;</span><sup class="q-ref"><span><span class="visually-hidden">Quote attributed to </span>&lt;C&gt;</span></sup></p>',
    );
  });

  it('gives null for anything but text, fragments and the three elements (Astro renders that body)', () => {
    expect(
      articleBodyHtml(jsx(P, { n: 0, children: jsx('em', { children: 'x' }) }), elements, context),
    ).toBeNull();
    expect(
      articleBodyHtml(
        jsx(() => null, {}),
        elements,
        context,
      ),
    ).toBeNull();
    expect(articleBodyHtml({ toString: () => '<b>' }, elements, context)).toBeNull();
    expect(articleBodyHtml([null, false, '', undefined, 0], elements, context)).toBe('0');
  });

  it('refuses an element whose attributes break the model, naming it (as the components did)', () => {
    expect(() => articleBodyHtml(jsx(P, { n: -1, children: 'x' }), elements, context)).toThrow(
      /^<P n=\{-1\}>: n: /,
    );
    expect(() =>
      articleBodyHtml(jsx(Quote, { n: 0, speker: 'x', children: 'x' }), elements, context),
    ).toThrow(/^<Quote>: unknown attribute speker \(did you mean speaker\?\)/);
  });
});
