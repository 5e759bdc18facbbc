/**
 * The search index's records (src/cli/search-records.ts), on the bundled story as ingest wrote it:
 * every article's words are searchable at its page's URL, and the explainer is indexed as a reader
 * sees it (no component attributes, no code). The browser suite checks a search end to end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryDataSchema } from '../../src/lib/model.ts';
import { mdxPlainText, searchRecords } from '../../src/cli/search-records.ts';

const storyDir = join(import.meta.dirname, '../../content/stories/nato-ukraine-aid');
const story = StoryDataSchema.parse(JSON.parse(readFileSync(join(storyDir, 'story.json'), 'utf8')));
const explainer = readFileSync(join(storyDir, 'index.mdx'), 'utf8');

describe('searchRecords', () => {
  const records = searchRecords(story, explainer);

  it('indexes every article at its page, with its headline and every paragraph', () => {
    expect(records).toHaveLength(story.articles.length + 1);
    for (const article of story.articles) {
      const record = records.find((r) => r.url === `/${story.slug}/articles/${article.id}/`);
      expect(record, article.id).toBeDefined();
      expect(record!.meta.title).toBe(article.headline);
      expect(record!.language).toBe('en');
      for (const paragraph of article.paragraphs) expect(record!.content).toContain(paragraph);
    }
  });

  it('indexes the explainer as text a reader sees', () => {
    const record = records.find((r) => r.url === `/${story.slug}/`)!;
    expect(record.meta.title).toBe(story.title);
    // The draft links its facts with <SourceLink>: a link's words are in, its attributes are not.
    const linked = /<SourceLink [^>]*>([^<]+)<\/SourceLink>/.exec(explainer)?.[1];
    expect(linked).toBeDefined();
    expect(record.content).toContain(linked);
    expect(record.content).not.toMatch(/SourceLink|article="|paragraph=\{|<Chart|group="/);
  });

  it('leaves out frontmatter, imports and expressions, keeps headings and inline code', () => {
    const text = mdxPlainText(
      '---\ntitle: "Secret title"\n---\n\nimport X from "y";\n\n## Heading\n\nSome `code` and {1 + 1} <Chart group="g" /> words.\n',
    );
    expect(text).toBe('Heading\n\nSome code and words.');
  });

  it('gives no explainer record for a broken or missing explainer', () => {
    expect(searchRecords(story, null)).toHaveLength(story.articles.length);
    expect(searchRecords(story, '<P>unclosed')).toHaveLength(story.articles.length);
  });
});
