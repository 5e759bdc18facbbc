/**
 * Distinctive words on real three-article stories: every event of the news-events corpus with
 * exactly three articles (read from ../shared, never copied), put through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { corpusEvents, paragraphsOf } from '../../bench/accuracy/corpus.ts';
import { analyseDocument } from '../../src/pipeline/analyse.ts';
import { compare } from '../../src/pipeline/compare/index.ts';
import type { Article } from '../../src/lib/model.ts';

describe('distinctive words for three-article stories of the news-events corpus', () => {
  const events = [...corpusEvents().values()].filter((e) => e.articles.length === 3);

  it('finds distinctive words for nearly every outlet, with counts and z-scores', () => {
    let outlets = 0;
    let withWords = 0;
    let storiesWithWords = 0;
    for (const event of events) {
      const articles = event.articles
        .map((a, i) =>
          analyseDocument({
            path: `${event.event}/${i}.txt`,
            name: `${i}.txt`,
            format: 'text',
            text: `${a.title}\n\n${paragraphsOf(a).join('\n\n')}`,
            hints: { outlet: a.source, published: a.date },
          }),
        )
        .filter((a): a is Article => a !== null);
      if (articles.length < 3) continue;
      const { outlets: profiles } = compare(articles);
      let any = false;
      for (const profile of profiles) {
        outlets += 1;
        if (profile.distinctiveWords.length) withWords += 1;
        any ||= profile.distinctiveWords.length > 0;
        for (const w of profile.distinctiveWords) {
          expect(w.count).toBeGreaterThanOrEqual(2);
          expect(w.z).toBeGreaterThanOrEqual(1.28);
          expect(w.others).toBeGreaterThanOrEqual(0);
        }
      }
      if (any) storiesWithWords += 1;
    }
    expect(events.length).toBeGreaterThan(100);
    // Today's values: every story has some, and most outlets.
    expect(storiesWithWords / events.length).toBeGreaterThan(0.98); // 151 of 152 on 2026-11-29
    expect(withWords / outlets).toBeGreaterThan(0.95); // 444 of 456
  }, 120_000);
});
