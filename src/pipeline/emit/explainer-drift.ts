/**
 * emit/explainer-drift: story.yaml's title and summary against a hand-edited index.mdx.
 *
 * In:  the story.yaml settings and the text of an index.mdx that ingest kept because it was edited.
 * Out: one message per setting the site will not show, because the kept index.mdx says otherwise
 *      ([] when they agree, when story.yaml sets neither, or when the file cannot be read: its own
 *      problems are reported by the content checks).
 *
 * The site reads the title and summary from index.mdx. Once a journalist has edited that file,
 * ingest no longer rewrites it, so a later change to story.yaml would otherwise vanish without a
 * word.
 */
import type { StoryConfig } from '../../lib/model.ts';
import { parseFrontmatter, splitFrontmatter } from './article-read.ts';

/** What story.yaml sets that the kept, hand-edited index.mdx overrides. */
export function explainerDrift(config: StoryConfig, indexText: string, indexFile: string): string[] {
  let frontmatter: unknown;
  try {
    frontmatter = parseFrontmatter(splitFrontmatter(indexText, indexFile).yaml, indexFile);
  } catch {
    return [];
  }
  const shown = (frontmatter ?? {}) as Record<string, unknown>;
  const messages: string[] = [];
  for (const key of ['title', 'summary'] as const) {
    const wanted = config[key];
    if (wanted === undefined || shown[key] === wanted) continue;
    messages.push(
      `${key} differs from the one in ${indexFile}, which was edited by hand and is kept: the site shows index.mdx's; change it there (or re-ingest with --force)`,
    );
  }
  return messages;
}
