// The `extract --json` contract checked on the real seed articles through the real CLI: against
// the project's published contract (../shared/extract-report.schema.json), its copy in docs/ (which
// adds this model's additive fields) and the model's own ExtractReportSchema (src/lib/model.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ExtractReportSchema } from '../../src/lib/model.ts';

const schemas = {
  shared: JSON.parse(readFileSync('../shared/extract-report.schema.json', 'utf8')),
  docs: JSON.parse(readFileSync('docs/extract-report.schema.json', 'utf8')),
};
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

  for (const [name, schema] of Object.entries(schemas))
    it(`matches the ${name} JSON schema`, () => {
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
      const valid = validate(report);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });

  it("matches the model's ExtractReportSchema, every field of it", () => {
    const parsed = ExtractReportSchema.safeParse(report);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    // Nothing printed that the model does not know (zod drops unknown keys), nothing defaulted.
    expect(parsed.data).toEqual(report);
  });

  it("the model's schema refuses a report the contract refuses", () => {
    const withoutHeadline = { ...report, articles: [{ ...report.articles[0], headline: undefined }] };
    expect(ExtractReportSchema.safeParse(withoutHeadline).success).toBe(false);
    const badMember = {
      ...report,
      story: {
        ...report.story,
        figureGroups: [{ ...(report.story.figureGroups?.[0] as object), members: [{ article: 'x' }] }],
      },
    };
    expect(ExtractReportSchema.safeParse(badMember).success).toBe(false);
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
