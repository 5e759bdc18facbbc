/**
 * The group g pages of the furniture benchmark (bench/accuracy/pages/group-g/) are built right: the
 * article's body paragraphs are there verbatim and in order in both forms, the headline is there on
 * a line of its own, the outlet is named exactly where the page says it is (and nowhere else in the
 * furniture), every layout has pages naming it and pages not, each layout carries its own furniture,
 * and the set is new (layout names and wording not from groups a–f).
 * Structure only: this test never runs the normalizers (group g is the unseen set).
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
import {
  buildGroupGPage,
  GROUP_G_LAYOUTS,
  type GroupGPage,
} from '../../bench/accuracy/pages/group-g/layouts.ts';
import * as gWords from '../../bench/accuracy/pages/group-g/vocabulary.ts';
import { HELDOUT_LAYOUTS } from '../../bench/accuracy/pages/heldout/layouts.ts';
import * as abWords from '../../bench/accuracy/pages/heldout/vocabulary.ts';
import { LAYOUTS } from '../../bench/accuracy/pages/page.ts';
import * as baseWords from '../../bench/accuracy/pages/vocabulary.ts';

interface Dressed {
  article: CorpusArticle;
  outlet: string;
  headline: string;
  paragraphs: string[];
  page: GroupGPage;
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
        page: buildGroupGPage(article, meta.outlet, headline, paragraphs),
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

describe('layout group g pages', () => {
  it('dresses enough gold articles, in all eight layouts, deterministically', () => {
    expect(dressed.length).toBeGreaterThan(100);
    expect(new Set(dressed.map((d) => d.page.layout))).toEqual(new Set(GROUP_G_LAYOUTS));
    const d = dressed[0]!;
    expect(buildGroupGPage(d.article, d.outlet, d.headline, d.paragraphs)).toEqual(d.page);
  });

  it('is a new set: no layout name of groups a–f, no furniture wording taken from them', () => {
    expect(GROUP_G_LAYOUTS).toHaveLength(8);
    const older = new Set<string>([
      ...LAYOUTS,
      ...HELDOUT_LAYOUTS,
      ...GROUP_C_LAYOUTS,
      ...GROUP_D_LAYOUTS,
      ...GROUP_E_LAYOUTS,
      ...GROUP_F_LAYOUTS,
    ]);
    expect(GROUP_G_LAYOUTS.filter((l) => older.has(l))).toEqual([]);
    const strings = (module: object) =>
      Object.values(module)
        .flat(2)
        .filter((s): s is string => typeof s === 'string' && s.length >= 20);
    const old = new Set(
      [baseWords, abWords, cWords, dWords, eWords, fWords]
        .flatMap((m) => strings(m))
        .map((s) => s.toLowerCase()),
    );
    expect(strings(gWords).filter((s) => old.has(s.toLowerCase()))).toEqual([]);
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
    for (const layout of GROUP_G_LAYOUTS) {
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
    const marks: Record<(typeof GROUP_G_LAYOUTS)[number], RegExp> = {
      'podcast-transcript': /^▶ Listen · \d+:\d\d\n−15s\n/mu,
      'print-to-pdf': /^https?:\/\/\S+\n\d+\/\d+$/mu,
      'court-exhibit':
        /^Case \d:\d\d-cv-\d{5}-[A-Z]+ {3}Document \d+-\d {3}Filed [\d/]+ {3}Page \d+ of \d+$/mu,
      'cms-preview': /^Revision history\nRev \d · /mu,
      'web-clipper-note': /^(Clipped from |Source URL: |Notebook: )/mu,
      'longform-pullquotes': /^A version of this article appears in the \w+ \d{4} print issue\.$/mu,
      'link-roundup': /^The main event:$/mu,
      'pro-network-post': /^Like\nComment\nRepost\nSend$/mu,
    };
    for (const d of dressed)
      expect(d.page.pasted, `${d.article.ID} [${d.page.layout}]`).toMatch(marks[d.page.layout]);
    const pages = (layout: string) => dressed.filter((x) => x.page.layout === layout);
    // Printed and filed documents repeat their page furniture at every page break.
    for (const d of pages('print-to-pdf')) {
      const feet = d.page.pasted.match(/^\d+\/\d+$/gmu) ?? [];
      expect(feet.length).toBeGreaterThanOrEqual(d.paragraphs.length > 4 ? 2 : 1);
    }
    for (const d of pages('court-exhibit')) {
      const stamps = d.page.pasted.match(/^Case \d:.+ Page \d+ of \d+$/gmu) ?? [];
      expect(stamps.length).toBeGreaterThanOrEqual(d.paragraphs.length > 4 ? 3 : 2);
    }
    // A long read's pull quote repeats a sentence of the body as a block of its own.
    const quoted = pages('longform-pullquotes').filter((d) =>
      d.page.pasted
        .split('\n\n')
        .some(
          (b) =>
            !d.paragraphs.includes(b) &&
            d.paragraphs.some((p) => b.length > 40 && p.includes(b.replace(/^“|”$/gu, ''))),
        ),
    );
    expect(quoted.length).toBeGreaterThan(0);
    // A round-up's post title is not the story's headline, and comes first.
    for (const d of pages('link-roundup'))
      expect(d.page.html).toMatch(/<h1 class="entry-title">(Links for|Weekend reading)/u);
  });
});
