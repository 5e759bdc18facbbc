// Checks shared by the group c and group d page-layout tests (bench/accuracy/pages/group-*/):
// deterministic, all eight layouts in use, the headline and every paragraph on the page in both
// forms, the outlet present wherever a form claims to name it and absent from the page furniture
// where it claims not to, and both kinds of page (naming and not naming) present.
import { describe, expect, test } from 'vitest';
import { paragraphsOf } from '../../bench/accuracy/corpus.ts';
import type { GroupPage } from '../../bench/accuracy/pages/group-c/build.ts';
import { outletLabel } from '../../bench/accuracy/pages/index.ts';
import { layoutArticles, layoutsUsed, pageOf, unescapeHtml } from '../helpers/layout-pages.ts';

const articles = layoutArticles();
type Article = (typeof articles)[number];
type Builder = (
  article: Article,
  outlet: string,
  headline: string,
  paragraphs: string[],
) => GroupPage<string>;

export function describeGroupLayouts(name: string, build: Builder, layouts: readonly string[]): void {
  const page = pageOf(build);

  describe(`${name} page layouts`, () => {
    test('are the same on every run and all eight are used', () => {
      const used = layoutsUsed(articles, page);
      expect(layouts).toHaveLength(8);
      expect(used.size).toBe(8);
    });
    test('carry the headline, every paragraph, and the outlet exactly where they say', () => {
      let named = 0;
      let unnamed = 0;
      for (const article of articles) {
        const outlet = outletLabel(article.source).toLowerCase();
        const forms = page(article);
        const html = unescapeHtml(forms.html);
        const where = `${article.ID} ${forms.layout}`;
        expect(forms.pasted, where).toContain(article.title.trim());
        expect(html, where).toMatch(/<h1[^>]*>/u);
        let furniture = forms.pasted;
        for (const paragraph of paragraphsOf(article)) {
          expect(forms.pasted, where).toContain(paragraph.trim());
          expect(html, where).toContain(paragraph.trim());
          furniture = furniture.replace(paragraph.trim(), '');
        }
        // A bare domain or URL (reader view, print footer) is not counted as naming the outlet.
        furniture = furniture
          .replace(article.title.trim(), '')
          .replaceAll(article.url, '')
          .replaceAll(article.source_url, '')
          .replace(/https:\/\/p\.\S+/gu, '');
        expect(furniture.toLowerCase().includes(outlet), where).toBe(forms.pastedNamesOutlet);
        if (forms.htmlNamesOutlet) expect(html.toLowerCase(), where).toContain(outlet);
        expect(forms.htmlNamesOutlet || !forms.pastedNamesOutlet, where).toBe(true);
        if (forms.pastedNamesOutlet) named++;
        else unnamed++;
      }
      expect(named).toBeGreaterThan(10);
      expect(unnamed).toBeGreaterThan(10);
    });
  });
}
