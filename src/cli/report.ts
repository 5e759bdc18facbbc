/**
 * cli/report: StoryData -> the ExtractReport `explainer extract --json` prints (its schema lives in
 * src/lib/model.ts, shaped by the contract in extract-report.schema.json): articles keyed by their
 * input path as given, story groups pointing at articles by index into that list.
 */
import type { ExtractReport, StoryData } from '../lib/model.ts';

/** The `extract --json` report of a story (its type and schema: ExtractReportSchema in the model). */
export function extractReport(story: StoryData, pathOfSource: ReadonlyMap<string, string>): ExtractReport {
  const indexOf = new Map(story.articles.map((article, index) => [article.id, index]));
  const position = (id: string): number => indexOf.get(id) ?? -1;
  const { analysis } = story;
  return {
    articles: story.articles.map(({ id: _id, translationNote: _note, ...article }) => ({
      ...article,
      source: pathOfSource.get(article.source) ?? article.source,
    })),
    story: {
      quoteGroups: analysis.quoteGroups.map((group) => ({
        ...group,
        members: group.members.map((member) => ({ article: position(member.article), quote: member.quote })),
      })),
      figureGroups: analysis.figureGroups.map((group) => ({
        ...group,
        members: group.members.map((member) => ({
          article: position(member.article),
          figure: member.figure,
        })),
      })),
      outlets: analysis.outlets.map((profile) => ({ ...profile, articleIndex: position(profile.article) })),
      entities: analysis.entities,
    },
  };
}
