/**
 * compare: the articles of one story (with quotes and figures) -> StoryAnalysis
 * (quote groups with word diffs, figure groups with conflicts, per-outlet profiles).
 * STUB — being written. Signature is fixed.
 */
import type { Article, StoryAnalysis } from '../../lib/model.ts';

export function compare(articles: Article[]): StoryAnalysis {
  void articles;
  return { quoteGroups: [], figureGroups: [], outlets: [], entities: [] };
}
