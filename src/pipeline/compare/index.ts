/**
 * compare: the articles of one story (with quotes and figures) -> StoryAnalysis.
 *
 * In:  Article[] after extract (quotes and figures filled), in story order.
 * Out: StoryAnalysis — quote groups with word diffs (quotes.ts), figure groups with rounding and
 *      conflict notes (figures.ts), the exchange rates the articles state (rates.ts), key entities (entities.ts), and one outlet profile per article
 *      (outlets.ts: coverage matrix, verbs, naming choices from naming.ts, distinctive words from
 *      log-odds.ts);
 *      how each outlet names the key people, roles included (role-names.ts).
 *
 * `cached[i]`, when given, is articleFeatures(articles[i]) from ingest's cache (features.ts): the
 * per-article work compare would otherwise redo for every article on every ingest. `memo` (memo.ts)
 * lets the per-article scans of naming and role names, each outlet's term counts, and the quote
 * and figure groups (when nothing they read changed) reuse what the last ingest found; it changes
 * speed, never the analysis.
 *
 * Pure and deterministic: the same articles give the same analysis, ids included (journalists
 * attach notes to group ids, and ingest must not rewrite unchanged files).
 */
import type { Article, StoryAnalysis } from '../../lib/model.ts';
import { findEntities } from './entities.ts';
import { articleFeatures, type ArticleFeatures } from './features.ts';
import { groupFigures } from './figures.ts';
import { NO_MEMO, type CompareMemo } from './memo.ts';
import { statedRates } from './rates.ts';
import { namingChoices } from './naming.ts';
import { outletProfiles } from './outlets.ts';
import { groupQuotes } from './quotes/index.ts';
import { withRoleNames } from './role-names.ts';

/** The compare stage: the story-wide analysis (entities, quote and figure groups, naming, outlet profiles) from all articles, using cached per-article features where given. */
export function compare(
  articles: Article[],
  cached: ReadonlyArray<ArticleFeatures | undefined> = [],
  memo: CompareMemo = NO_MEMO,
): StoryAnalysis {
  const features = articles.map((article, a) => cached[a] ?? articleFeatures(article));
  const quoteGroups = groupQuotes(articles, memo);
  const figureGroups = groupFigures(
    articles,
    features.map((f) => f.paragraphStems),
    memo,
  );
  const entities = findEntities(
    articles,
    features.map((f) => f.entities),
    memo,
  );
  const naming = namingChoices(
    articles,
    entities.spellings,
    features.map((f) => f.nameStarts),
    memo,
  );
  const outlets = withRoleNames(
    outletProfiles(articles, quoteGroups, figureGroups, entities, naming, features, memo),
    articles,
    entities,
    features.map((f) => f.capitals),
    memo,
  );
  return { quoteGroups, figureGroups, rates: statedRates(articles), outlets, entities: entities.entities };
}
