// The pages bench:accuracy's furniture section feeds the normalizers (bench/accuracy/pages/):
// deterministic, every layout used, the article's headline and paragraphs all on the page, and a
// page that names its outlet does so somewhere a reader could see it.
import { describe, expect, test } from 'vitest';
import { corpusEvent, eventSelection, paragraphsOf } from '../../bench/accuracy/corpus.ts';
import { LAYOUTS } from '../../bench/accuracy/pages/page.ts';
import { articleForms, outletLabel } from '../../bench/accuracy/pages/index.ts';

const articles = eventSelection()
  .quotes.tune.flatMap((event) => corpusEvent(event).articles)
  .concat(eventSelection().quotes.heldout.flatMap((event) => corpusEvent(event).articles));

describe('furniture pages', () => {
  test('are the same on every run and use at least six layouts', () => {
    const layouts = new Set<string>();
    for (const article of articles) {
      const first = articleForms(article, outletLabel(article.source), article.title.trim());
      const again = articleForms(article, outletLabel(article.source), article.title.trim());
      expect(again.pasted).toBe(first.pasted);
      expect(again.html).toBe(first.html);
      layouts.add(first.page.layout);
    }
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(6);
    expect(layouts.size).toBeGreaterThanOrEqual(6);
  });
  test('carry the headline, every paragraph, and the outlet where they say they name it', () => {
    for (const article of articles) {
      const outlet = outletLabel(article.source);
      const headline = article.title.trim();
      const forms = articleForms(article, outlet, headline);
      expect(forms.clean.startsWith(`${headline}\n\n`)).toBe(true);
      expect(forms.pasted).toContain(headline);
      for (const paragraph of paragraphsOf(article)) expect(forms.pasted).toContain(paragraph.trim());
      const named = forms.pasted.toLowerCase().includes(outlet.toLowerCase());
      if (forms.page.namesOutlet) expect(named, `${article.ID} ${forms.page.layout}`).toBe(true);
      expect(forms.html).toContain('<h1');
    }
  });
  test('label outlets as readers know them', () => {
    expect(outletLabel('CNN (Web News)')).toBe('CNN');
    expect(outletLabel('Fox Online News')).toBe('Fox News');
    expect(outletLabel('NPR Online News')).toBe('NPR');
    expect(outletLabel('Reuters')).toBe('Reuters');
  });
});
