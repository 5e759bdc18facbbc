// The `extract --json` contract (docs/extract-report.schema.json, a copy of the project's
// published contract) checked on the real seed articles through the real CLI.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(readFileSync('docs/extract-report.schema.json', 'utf8'));
const seeds = 'sources/nato-ukraine-aid';

function extractJson(...paths: string[]): {
  articles: Array<Record<string, unknown>>;
  story: Record<string, unknown[]>;
} {
  const stdout = execFileSync(process.execPath, ['bin/explainer.js', 'extract', ...paths, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

describe('explainer extract --json', () => {
  const report = extractJson(seeds);

  it('matches the shared schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('reports every seed article with its path as given and body paragraphs', () => {
    expect(report.articles).toHaveLength(5);
    for (const article of report.articles) {
      expect(String(article.source)).toMatch(/^sources\/nato-ukraine-aid\/\d{3}_[0-9a-f]+\.txt$/);
      expect((article.paragraphs as string[]).length).toBeGreaterThan(2);
    }
  });

  it('keeps single files keyed by the path given', () => {
    const single = extractJson(`${seeds}/002_346db1437c074a0c.txt`);
    expect(single.articles.map((a) => a.source)).toEqual([`${seeds}/002_346db1437c074a0c.txt`]);
  });

  it('points story groups at articles by index', () => {
    for (const group of [...(report.story.quoteGroups ?? []), ...(report.story.figureGroups ?? [])] as Array<{
      members: Array<{ article: number }>;
    }>) {
      for (const member of group.members) {
        expect(member.article).toBeGreaterThanOrEqual(0);
        expect(member.article).toBeLessThan(report.articles.length);
      }
    }
  });
});
