// The held-out page layouts of bench:accuracy's furniture section (bench/accuracy/pages/heldout/):
// deterministic, at least six layouts in use, the headline and every paragraph on the page in
// both forms, and the outlet present wherever a form claims to name it.
import { describe, expect, test } from 'vitest';
import { buildHeldoutPage, HELDOUT_LAYOUTS } from '../../bench/accuracy/pages/heldout/layouts.ts';
import { paragraphsOf } from '../../bench/accuracy/corpus.ts';
import { outletLabel } from '../../bench/accuracy/pages/index.ts';
import { layoutArticles, layoutsUsed, pageOf, unescapeHtml } from '../helpers/layout-pages.ts';

const articles = layoutArticles();
const page = pageOf(buildHeldoutPage);

describe('held-out page layouts', () => {
  test('are the same on every run and at least six are used', () => {
    const used = layoutsUsed(articles, page);
    expect(HELDOUT_LAYOUTS.length).toBeGreaterThanOrEqual(6);
    expect(used.size).toBeGreaterThanOrEqual(6);
  });
  test('carry the headline, every paragraph and the outlet they claim to name', () => {
    for (const article of articles) {
      const outlet = outletLabel(article.source);
      const forms = page(article);
      const html = unescapeHtml(forms.html);
      const where = `${article.ID} ${forms.layout}`;
      expect(forms.pasted, where).toContain(article.title.trim());
      expect(html, where).toMatch(/<h1[^>]*>/u);
      expect(html, where).toContain(article.title.trim());
      for (const paragraph of paragraphsOf(article)) {
        expect(forms.pasted, where).toContain(paragraph.trim());
        expect(html, where).toContain(paragraph.trim());
      }
      if (forms.pastedNamesOutlet) expect(forms.pasted, where).toContain(outlet);
      if (forms.htmlNamesOutlet) expect(html, where).toContain(outlet);
    }
  });
});
