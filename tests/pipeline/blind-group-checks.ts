/**
 * Checks shared by the tests of the layout groups written blind (f, g, h…;
 * bench/accuracy/pages/group-*): a group's pages dress enough gold articles in all eight layouts,
 * deterministically; its layout names and furniture wording are new (not from the older groups);
 * every body paragraph is on the page verbatim and in order in both forms; the headline is on a
 * line of its own before the body; the outlet is named in the furniture exactly where the page
 * records it; every layout has pages naming it and pages not. Each group's own test adds the
 * checks of its own furniture. Structure only: nothing here runs the normalizers.
 */
import { describe, expect, it } from 'vitest';
import { corpusEvent, goldFiles, paragraphsOf, type CorpusArticle } from '../../bench/accuracy/corpus.ts';
import type { GroupPage } from '../../bench/accuracy/pages/group-c/build.ts';

/** One gold article dressed as a page of the group. */
export interface Dressed<L extends string> {
  article: CorpusArticle;
  outlet: string;
  headline: string;
  paragraphs: string[];
  page: GroupPage<L>;
}

type Builder<L extends string> = (
  article: CorpusArticle,
  outlet: string,
  headline: string,
  paragraphs: string[],
) => GroupPage<L>;

export const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const namedIn = (outlet: string, text: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(outlet)}($|[^\\p{L}\\p{N}])`, 'iu').test(text);

/** The strings of a vocabulary module long enough to be a wording (20 characters or more). */
export const strings = (module: object) =>
  Object.values(module)
    .flat(2)
    .filter((s): s is string => typeof s === 'string' && s.length >= 20);

/** The page without its article text, headline, addresses and domains: what is left is furniture. */
function furniture<L extends string>(d: Dressed<L>, text: string, html: boolean): string {
  let rest = text;
  for (const p of [...d.paragraphs].sort((a, b) => b.length - a.length))
    rest = rest.split(html ? escapeHtml(p) : p).join('\n');
  const headline = html ? escapeHtml(d.headline) : d.headline;
  rest = rest.split(headline).join('\n').split(headline.toUpperCase()).join('\n');
  return rest
    .replace(/https?:\/\/[^\s"<]+/gu, ' ')
    .replace(/[\w-]+(\.[\w-]+)*\.(com|org|net|tv|co\.uk|news)\b[^\s"<]*/giu, ' ');
}

export interface BlindGroup<L extends string> {
  /** "f", "g"… */
  name: string;
  build: Builder<L>;
  layouts: readonly L[];
  /** The group's vocabulary module. */
  words: object;
  /** Layout names and vocabulary modules of every older group. */
  olderLayouts: readonly string[];
  olderWords: object[];
}

/** Registers the shared checks for one group and returns its dressed pages for the group's own. */
export function describeBlindGroup<L extends string>(group: BlindGroup<L>): Dressed<L>[] {
  const dressed: Dressed<L>[] = goldFiles('articles').flatMap((file) =>
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
          page: group.build(article, meta.outlet, headline, paragraphs),
        },
      ];
    }),
  );

  describe(`layout group ${group.name} pages`, () => {
    it('dresses enough gold articles, in all eight layouts, deterministically', () => {
      expect(dressed.length).toBeGreaterThan(100);
      expect(new Set(dressed.map((d) => d.page.layout))).toEqual(new Set(group.layouts));
      const d = dressed[0]!;
      expect(group.build(d.article, d.outlet, d.headline, d.paragraphs)).toEqual(d.page);
    });

    it('is a new set: no layout name of an older group, no furniture wording taken from them', () => {
      expect(group.layouts).toHaveLength(8);
      const older = new Set<string>(group.olderLayouts);
      expect(group.layouts.filter((l) => older.has(l))).toEqual([]);
      const old = new Set(group.olderWords.flatMap((m) => strings(m)).map((s) => s.toLowerCase()));
      expect(strings(group.words).filter((s) => old.has(s.toLowerCase()))).toEqual([]);
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
      for (const layout of group.layouts) {
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
  });
  return dressed;
}
