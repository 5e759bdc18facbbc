// The hand gold in bench/gold/ points at real text: every position lies inside its paragraph of
// ../shared/corpora/news-events, every event is in the selection, and labels are well formed.
import { describe, expect, test } from 'vitest';
import { corpusEvent, eventSelection, goldFiles, paragraphsOf } from '../../bench/accuracy/corpus.ts';

describe('hand gold', () => {
  test('the selected events exist in the corpus, and no event is in both halves', () => {
    for (const kind of ['quotes', 'money'] as const) {
      const { tune, heldout } = eventSelection()[kind];
      for (const event of [...tune, ...heldout])
        expect(corpusEvent(event).articles.length).toBeGreaterThanOrEqual(3);
      expect(tune.filter((event) => heldout.includes(event))).toEqual([]);
    }
    const { quotes, money } = eventSelection();
    expect(quotes.tune.filter((event) => money.heldout.includes(event))).toEqual([]);
    expect(quotes.heldout.filter((event) => money.tune.includes(event))).toEqual([]);
  });
  for (const kind of ['articles', 'quotes', 'money'] as const) {
    for (const { file, split, gold } of goldFiles(kind)) {
      test(`${kind}/${gold.event} is in the selection and its positions are inside the text`, () => {
        expect(split, `${file}: event not in bench/gold/events.json`).toBeDefined();
        const event = corpusEvent(gold.event);
        for (const entry of gold.articles) {
          const article = event.articles.find((candidate) => candidate.ID === entry.id);
          expect(article, `${file}: no article ${entry.id}`).toBeDefined();
          const paragraphs = paragraphsOf(article!);
          const spans = 'quotes' in entry ? entry.quotes : 'figures' in entry ? entry.figures : [];
          for (const span of spans) {
            const paragraph = paragraphs[span.p];
            expect(paragraph, `${file}: ${entry.id} has no paragraph ${span.p}`).toBeDefined();
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeGreaterThan(span.start);
            expect(span.end).toBeLessThanOrEqual(paragraph!.length);
          }
          if ('nonBody' in entry) for (const p of entry.nonBody) expect(paragraphs[p]).toBeDefined();
        }
      });
    }
  }
});
