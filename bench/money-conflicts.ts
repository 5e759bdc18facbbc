/**
 * node bench/money-conflicts.ts [--verbose] — conflict precision and recall on invented stories.
 *
 * Why: the hand gold holds 3 real money conflicts in all (1 tune, 2 held-out) and the audit story
 * (bench/money-pages-story.ts) none, so whether the grouping flags real disagreements without
 * inventing any cannot be measured there. tests/fixtures/conflicts/stories.ts holds short stories
 * written for this, each with real disagreements and look-alikes that are not conflicts.
 * In:  those stories, read through the real pipeline (analyseDocument, groupFigures).
 * Out: per story and in all, conflict groups flagged and right, and gold conflicts flagged (a gold
 *      conflict is flagged when one conflict group holds two of its figures, from different
 *      articles, with different values; a flagged group is right when it holds such two figures
 *      of one gold conflict). Prints only; scoreConflicts is also used by the test.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { groupFigures } from '../src/pipeline/compare/figures.ts';
import type { Article } from '../src/lib/model.ts';
import { CHECK_STORIES } from '../tests/fixtures/conflicts/check-stories.ts';
import { ROUND11_STORIES } from '../tests/fixtures/conflicts/round11-stories.ts';
import { CONFLICT_STORIES, type ConflictStory } from '../tests/fixtures/conflicts/stories.ts';

export interface ConflictScore {
  story: string;
  flagged: number;
  right: number;
  gold: number;
  found: number;
  lines: string[];
}

/** The story's articles through normalize and extract, as ingest reads pasted text. */
export function storyArticles(story: ConflictStory): Article[] {
  return story.articles.map(({ outlet, paragraphs }) => {
    const id = outlet.toLowerCase().replace(/\W+/g, '-');
    const text = `${outlet} report\n\n${paragraphs.join('\n\n')}`;
    const article = analyseDocument({
      path: `${id}.txt`,
      name: `${id}.txt`,
      format: 'text',
      text,
      hints: { outlet },
    });
    if (!article) throw new Error(`${story.id}: ${outlet} has no body`);
    return { ...article, id, outlet };
  });
}

export function scoreConflicts(story: ConflictStory): ConflictScore {
  const articles = storyArticles(story);
  const groups = groupFigures(articles).filter((g) => g.kind === 'money');
  const keyOf = (member: { article: string; figure: number }) => {
    const article = articles.find((a) => a.id === member.article)!;
    return `${article.outlet}|${article.figures[member.figure]!.text}`;
  };
  const amountOf = (member: { article: string; figure: number }) =>
    articles.find((a) => a.id === member.article)!.figures[member.figure]!.amount;
  /** Whether the group holds two figures of this gold conflict, from two articles, that differ. */
  const holds = (group: (typeof groups)[number], figures: string[]) => {
    const members = group.members.filter((m) => figures.includes(keyOf(m)));
    return members.some((a) => members.some((b) => a.article !== b.article && amountOf(a) !== amountOf(b)));
  };
  const flaggedGroups = groups.filter((g) => g.variants.some((v) => v.relation === 'conflict'));
  const lines: string[] = [];
  let right = 0;
  for (const group of flaggedGroups) {
    const ok = story.conflicts.some((c) => holds(group, c.figures));
    if (ok) right++;
    lines.push(`  ${ok ? 'right' : 'FALSE'} ${group.conflict}`);
  }
  let found = 0;
  for (const conflict of story.conflicts) {
    const ok = flaggedGroups.some((g) => holds(g, conflict.figures));
    if (ok) found++;
    else lines.push(`  MISSED ${conflict.why}`);
  }
  for (const group of groups)
    if (group.rounding && new Set(group.members.map((m) => m.article)).size > 1)
      lines.push(`  (rounding) ${group.rounding}`);
  return {
    story: story.id,
    flagged: flaggedGroups.length,
    right,
    gold: story.conflicts.length,
    found,
    lines,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean' } } });
  for (const [name, stories] of [
    ['written-from (stories.ts)', CONFLICT_STORIES],
    ['check (check-stories.ts)', CHECK_STORIES],
    ['round 11 (round11-stories.ts)', ROUND11_STORIES],
  ] as const) {
    const total = { flagged: 0, right: 0, gold: 0, found: 0 };
    for (const story of stories) {
      const s = scoreConflicts(story);
      for (const k of ['flagged', 'right', 'gold', 'found'] as const) total[k] += s[k];
      console.log(`${s.story}: ${s.flagged} flagged, ${s.right} right; ${s.found} of ${s.gold} real flagged`);
      if (values.verbose) for (const line of s.lines) console.log(line);
    }
    console.log(
      `${name}, ${stories.length} stories: ${total.flagged} conflicts flagged, ${total.flagged - total.right} false ` +
        `(P ${(total.right / Math.max(1, total.flagged)).toFixed(3)}); ${total.found} of ${total.gold} real flagged ` +
        `(R ${(total.found / Math.max(1, total.gold)).toFixed(3)})\n`,
    );
  }
}
