// A URL is an http(s) address in the model itself (isWebAddress in src/lib/model.ts): story.yaml's
// hints, an article's edited frontmatter (ingest's checks and the site's content collection use
// the same schema) and the page URL normalize picks all go by that one rule. A bad one is refused
// at its file and line; a good one passes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors.ts';
import { ArticleFrontmatterSchema, ArticleSchema, isWebAddress } from '../../src/lib/model.ts';
import { parseStoryFile } from '../../src/lib/story-file.ts';
import { checkStoryContent } from '../../src/pipeline/emit/check.ts';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { readStoryConfig } from '../../src/pipeline/read/story-config.ts';

const STORY = resolve(import.meta.dirname, '../../content/stories/nato-ukraine-aid');
const ARTICLE = 'articles/arms-delivery-failures-delays-dented-ukraines-trust.mdx';
const work = mkdtempSync(join(tmpdir(), 'explainer-urls-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BAD = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ftp://example.com/article',
  'www.example.com/article',
  '//example.com/article',
  'https://example.com/an article',
  'https://',
];
const GOOD = [
  'https://example.com/news/2024/04/30/nato',
  'http://example.org/a?b=1#c',
  'HTTPS://EXAMPLE.COM/X',
];

/** The one line `explainer ingest` prints for the story.yaml `text`, or null when it reads. */
function storyYamlError(text: string): string | null {
  const dir = mkdtempSync(join(work, 'yaml-'));
  const path = join(dir, 'story.yaml');
  writeFileSync(path, text);
  try {
    readStoryConfig(path);
    return null;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.format().slice(dir.length + 1);
  }
}

/** The problems the checks find in a copy of the bundled story whose article's url is `url`. */
function problemsWithUrl(url: string): string[] {
  const dir = mkdtempSync(join(work, 'story-'));
  cpSync(STORY, dir, { recursive: true });
  const file = join(dir, ARTICLE);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^url: null$/m);
  writeFileSync(file, text.replace(/^url: null$/m, `url: ${JSON.stringify(url)}`));
  const story = parseStoryFile(join(dir, 'story.json'), readFileSync(join(dir, 'story.json'), 'utf8'));
  return checkStoryContent(dir, story, { articles: true }).map((problem) => problem.format());
}

describe('web addresses', () => {
  it('tells an http(s) address from anything else', () => {
    for (const url of BAD) expect(isWebAddress(url), url).toBe(false);
    for (const url of GOOD) expect(isWebAddress(url), url).toBe(true);
  });

  it('every URL field of the model uses the rule', () => {
    const frontmatter = ArticleFrontmatterSchema.shape.url;
    const article = ArticleSchema.shape.url;
    for (const url of BAD) {
      expect(frontmatter.safeParse(url).success, url).toBe(false);
      expect(article.safeParse(url).success, url).toBe(false);
    }
    for (const url of [...GOOD, null]) expect(frontmatter.safeParse(url).success).toBe(true);
  });

  it('story.yaml: a bad url is one line naming the file, line and value', () => {
    for (const url of BAD) {
      const yaml = `title: A story\nsources:\n  a.txt:\n    outlet: Example\n    url: ${JSON.stringify(url)}\n`;
      expect(storyYamlError(yaml)).toBe(
        `story.yaml:5: sources.a.txt.url: ${JSON.stringify(url.slice(0, 80))} is not a web address; write an http:// or https:// URL, or null`,
      );
    }
    // Unquoted in YAML, and deeper in a longer file: still its own line.
    expect(
      storyYamlError('sources:\n  a.txt:\n    url: https://example.com/a\n  b.txt:\n    url: data:,x\n'),
    ).toMatch(/^story\.yaml:5: sources\.b\.txt\.url: "data:,x" is not a web address/);
  });

  it('story.yaml: an http(s) url or null reads', () => {
    for (const url of GOOD) expect(storyYamlError(`sources:\n  a.txt:\n    url: "${url}"\n`)).toBeNull();
    expect(storyYamlError('sources:\n  a.txt:\n    url: null\n')).toBeNull();
  });

  it('an edited article url that is not a web address is refused at its file and line', () => {
    const problems = problemsWithUrl('javascript:alert(1)');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      `${ARTICLE}:14: frontmatter: url: "javascript:alert(1)" is not a web address`,
    );
    expect(problems[0]).not.toContain('\n');
    expect(problemsWithUrl('www.example.com/nato')[0]).toContain(`${ARTICLE}:14:`);
  });

  it('an edited article url that is a web address passes', () => {
    expect(problemsWithUrl('https://example.com/nato/arms-delivery')).toEqual([]);
  });

  it('normalize takes the first candidate URL the model accepts', () => {
    const page = (head: string): string =>
      `<html><head>${head}<title>NATO chief on arms</title></head><body><h1>NATO chief on arms</h1>` +
      '<p>Jens Stoltenberg said the delays had cost Ukraine on the battlefield over the past months.</p></body></html>';
    expect(
      normalizeHtml(
        page(
          '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://example.com/nato">',
        ),
      ).url,
    ).toBe('https://example.com/nato');
    expect(normalizeHtml(page('<link rel="canonical" href=" https://example.com/a \n">')).url).toBe(
      'https://example.com/a',
    );
    expect(normalizeHtml(page('<link rel="canonical" href="data:text/html,x">')).url).toBeNull();
  });
});
