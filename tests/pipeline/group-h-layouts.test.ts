/**
 * The group h pages of the furniture benchmark (bench/accuracy/pages/group-h/) are built right: the
 * article's body paragraphs are there verbatim and in order in both forms, the headline is there on
 * a line of its own, the outlet is named exactly where the page says it is (and nowhere else in the
 * furniture), every layout has pages naming it and pages not, each layout carries its own furniture,
 * and the set is new (layout names and wording not from groups a–g).
 * Structure only: this test never runs the normalizers (group h is the unseen set).
 */
import { describe, expect, it } from 'vitest';
import { corpusEvent, goldFiles, paragraphsOf, type CorpusArticle } from '../../bench/accuracy/corpus.ts';
import { GROUP_C_LAYOUTS } from '../../bench/accuracy/pages/group-c/layouts.ts';
import * as cWords from '../../bench/accuracy/pages/group-c/vocabulary.ts';
import { GROUP_D_LAYOUTS } from '../../bench/accuracy/pages/group-d/layouts.ts';
import * as dWords from '../../bench/accuracy/pages/group-d/vocabulary.ts';
import { GROUP_E_LAYOUTS } from '../../bench/accuracy/pages/group-e/layouts.ts';
import * as eWords from '../../bench/accuracy/pages/group-e/vocabulary.ts';
import { GROUP_F_LAYOUTS } from '../../bench/accuracy/pages/group-f/layouts.ts';
import * as fWords from '../../bench/accuracy/pages/group-f/vocabulary.ts';
import { GROUP_G_LAYOUTS } from '../../bench/accuracy/pages/group-g/layouts.ts';
import * as gWords from '../../bench/accuracy/pages/group-g/vocabulary.ts';
import {
  buildGroupHPage,
  GROUP_H_LAYOUTS,
  type GroupHPage,
} from '../../bench/accuracy/pages/group-h/layouts.ts';
import * as hWords from '../../bench/accuracy/pages/group-h/vocabulary.ts';
import { HELDOUT_LAYOUTS } from '../../bench/accuracy/pages/heldout/layouts.ts';
import * as abWords from '../../bench/accuracy/pages/heldout/vocabulary.ts';
import { LAYOUTS } from '../../bench/accuracy/pages/page.ts';
import * as baseWords from '../../bench/accuracy/pages/vocabulary.ts';

interface Dressed {
  article: CorpusArticle;
  outlet: string;
  headline: string;
  paragraphs: string[];
  page: GroupHPage;
}

const dressed: Dressed[] = goldFiles('articles').flatMap((file) =>
  file.gold.articles.flatMap((meta) => {
    const article = corpusEvent(file.gold.event).articles.find((a) => a.ID === meta.id);
    if (!article) return [];
    const headline = (meta.headline ?? article.title).trim();
    const paragraphs = paragraphsOf(article).map((p) => p.trim());
    return [
      {
        article,
        outlet: meta.outlet,
        headline,
        paragraphs,
        page: buildGroupHPage(article, meta.outlet, headline, paragraphs),
      },
    ];
  }),
);

const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const namedIn = (outlet: string, text: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(outlet)}($|[^\\p{L}\\p{N}])`, 'iu').test(text);

/** The page without its article text, headline, addresses and domains: what is left is furniture. */
function furniture(d: Dressed, text: string, html: boolean): string {
  let rest = text;
  for (const p of [...d.paragraphs].sort((a, b) => b.length - a.length))
    rest = rest.split(html ? escapeHtml(p) : p).join('\n');
  const headline = html ? escapeHtml(d.headline) : d.headline;
  rest = rest.split(headline).join('\n').split(headline.toUpperCase()).join('\n');
  return rest
    .replace(/https?:\/\/[^\s"<]+/gu, ' ')
    .replace(/[\w-]+(\.[\w-]+)*\.(com|org|net|tv|co\.uk|news)\b[^\s"<]*/giu, ' ');
}

describe('layout group h pages', () => {
  it('dresses enough gold articles, in all eight layouts, deterministically', () => {
    expect(dressed.length).toBeGreaterThan(100);
    expect(new Set(dressed.map((d) => d.page.layout))).toEqual(new Set(GROUP_H_LAYOUTS));
    const d = dressed[0]!;
    expect(buildGroupHPage(d.article, d.outlet, d.headline, d.paragraphs)).toEqual(d.page);
  });

  it('is a new set: no layout name of groups a–g, no furniture wording taken from them', () => {
    expect(GROUP_H_LAYOUTS).toHaveLength(8);
    const older = new Set<string>([
      ...LAYOUTS,
      ...HELDOUT_LAYOUTS,
      ...GROUP_C_LAYOUTS,
      ...GROUP_D_LAYOUTS,
      ...GROUP_E_LAYOUTS,
      ...GROUP_F_LAYOUTS,
      ...GROUP_G_LAYOUTS,
    ]);
    expect(GROUP_H_LAYOUTS.filter((l) => older.has(l))).toEqual([]);
    const strings = (module: object) =>
      Object.values(module)
        .flat(2)
        .filter((s): s is string => typeof s === 'string' && s.length >= 20);
    const old = new Set(
      [baseWords, abWords, cWords, dWords, eWords, fWords, gWords]
        .flatMap((m) => strings(m))
        .map((s) => s.toLowerCase()),
    );
    expect(strings(hWords).filter((s) => old.has(s.toLowerCase()))).toEqual([]);
  });

  it('keeps every body paragraph verbatim and in order, in the pasted text and the HTML', () => {
    for (const d of dressed) {
      const blocks = d.page.pasted.split('\n\n');
      let from = 0;
      for (const p of d.paragraphs) {
        expect(blocks, `${d.article.ID} [${d.page.layout}]`).toContain(p);
        const at = d.page.pasted.indexOf(`\n\n${p}\n\n`, from);
        expect(at, `${d.article.ID} [${d.page.layout}] order`).toBeGreaterThanOrEqual(from);
        from = at + 1;
      }
      const article = d.page.html.slice(
        d.page.html.indexOf('<main><article>'),
        d.page.html.indexOf('</article></main>'),
      );
      let htmlFrom = 0;
      for (const p of d.paragraphs) {
        const at = article.indexOf(`<p>${escapeHtml(p)}</p>`, htmlFrom);
        expect(at, `${d.article.ID} [${d.page.layout}] html`).toBeGreaterThanOrEqual(htmlFrom);
        htmlFrom = at + 1;
      }
    }
  });

  it('shows the headline on a line of its own, before the body', () => {
    for (const d of dressed) {
      // (Some corpus texts start by repeating the headline: look before the first other paragraph.)
      const first = d.paragraphs.find((p) => p.toLowerCase() !== d.headline.toLowerCase()) ?? '';
      const firstBody = d.page.pasted.indexOf(`\n\n${first}\n\n`);
      const lines = d.page.pasted.slice(0, firstBody).split('\n');
      expect(
        lines.some((l) => l.toLowerCase() === d.headline.toLowerCase()),
        `${d.article.ID} [${d.page.layout}]`,
      ).toBe(true);
      expect(d.page.html.toLowerCase()).toContain(`>${escapeHtml(d.headline).toLowerCase()}<`);
    }
  });

  it('names the outlet in the furniture exactly when the page says it does', () => {
    for (const d of dressed) {
      const where = `${d.article.ID} [${d.page.layout}] ${d.outlet}`;
      expect(d.page.pastedNamesOutlet, where).toBe(namedIn(d.outlet, furniture(d, d.page.pasted, false)));
      expect(d.page.htmlNamesOutlet, where).toBe(namedIn(d.outlet, furniture(d, d.page.html, true)));
      for (const at of d.page.pastedOutletAt) expect(d.page.htmlOutletAt, where).toContain(at);
    }
  });

  it('names the outlet on some pages of every layout and not on others', () => {
    for (const layout of GROUP_H_LAYOUTS) {
      const pages = dressed.filter((d) => d.page.layout === layout).map((d) => d.page);
      expect(
        pages.some((p) => p.htmlNamesOutlet),
        layout,
      ).toBe(true);
      expect(
        pages.some((p) => !p.pastedNamesOutlet),
        layout,
      ).toBe(true);
    }
  });

  it('gives each layout its own furniture', () => {
    const marks: Record<(typeof GROUP_H_LAYOUTS)[number], RegExp> = {
      'chain-regional': /^More from our newsrooms$/mu,
      'student-newspaper': /^The independent student newspaper of .+ since \d{4}$/mu,
      'subscriber-wall': /^(Subscribe to keep reading|This article is for subscribers|Continue reading)\n/mu,
      'mobile-web-view': /^Home\nFor you\nSearch\nSaved\nAccount$/mu,
      'trade-publication': /^Copyright © \d{4} .+\. All rights reserved\.$/mu,
      'ngo-newsroom': /^Home › Newsroom › /mu,
      'sports-site': /^(FINAL|Q3|HT|TOP 7th) /mu,
      'section-masthead': /^(From the December issue|Web exclusive|From our winter print edition)$/mu,
    };
    for (const d of dressed)
      expect(d.page.pasted, `${d.article.ID} [${d.page.layout}]`).toMatch(marks[d.page.layout]);
    const pages = (layout: string) => dressed.filter((x) => x.page.layout === layout);
    // Saved pages carry varied head metadata: JSON-LD, og:site_name naming someone else, <title> shapes.
    const html = dressed.map((d) => d.page.html).join('\n');
    expect(html).toMatch(/<script type="application\/ld\+json">\{"@context"/u);
    expect(html).toMatch(/<meta name="author" content="/u);
    expect(html).toMatch(/role="dialog"/u);
    const elsewhere = dressed.filter((d) => {
      const og = /og:site_name" content="([^"]+)"/u.exec(d.page.html)?.[1];
      return og !== undefined && og !== escapeHtml(d.outlet);
    });
    expect(elsewhere.length).toBeGreaterThan(10);
    // The wall sits between body paragraphs, and the body goes on after it.
    for (const d of pages('subscriber-wall').filter((x) => x.paragraphs.length > 4)) {
      const wall = d.page.pasted.search(
        /^(Subscribe to keep reading|This article is for subscribers|Continue reading)$/mu,
      );
      expect(d.page.pasted.indexOf(d.paragraphs.at(-1)!), d.article.ID).toBeGreaterThan(wall);
    }
    // A reposted story's agency is never recorded as naming the outlet.
    for (const d of pages('ngo-newsroom'))
      expect(d.page.htmlOutletAt.filter((w) => w === 'og:site_name')).toEqual([]);
  });
});
