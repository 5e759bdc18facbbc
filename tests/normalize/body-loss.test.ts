/**
 * normalize/body-loss: the share of the candidate body removed as furniture, which ingest turns
 * into a warning naming the file above a fifth. Pages written for these tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyLossWarning, removedBodyShare } from '../../src/pipeline/normalize/body-loss.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';

const sentence = (n: number) =>
  `Council members said the plan number ${n} would be reviewed again next week.`;

describe('body loss', () => {
  it('warns when prose was removed as a footer', () => {
    const article = {
      paragraphs: [sentence(1), sentence(2)],
      removed: [{ reason: 'footer', text: [3, 4, 5, 6].map(sentence).join('\n') }],
    };
    expect(removedBodyShare(article)).toBeCloseTo(4 / 6, 5);
    expect(bodyLossWarning(article)).toMatch(/^removed 67% of the candidate body/);
  });
  it('does not count short furniture, comments or navigation', () => {
    const article = {
      paragraphs: [sentence(1), sentence(2)],
      removed: [
        { reason: 'ad', text: 'Advertisement' },
        { reason: 'comment-form', text: [3, 4, 5].map(sentence).join('\n') },
        { reason: 'navigation', text: 'Home\nNews' },
      ],
    };
    expect(removedBodyShare(article)).toBe(0);
    expect(bodyLossWarning(article)).toBeNull();
  });
  it('keeps the body after a mid-article photo credit (no warning)', () => {
    const page = readFileSync(
      join(import.meta.dirname, '../fixtures/normalize-text/masthead-menu-image-copyright/input.txt'),
      'utf8',
    );
    const article = normalizeText(page);
    expect(article.paragraphs).toHaveLength(5);
    expect(bodyLossWarning(article)).toBeNull();
  });
});
