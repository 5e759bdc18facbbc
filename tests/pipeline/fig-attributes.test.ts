/**
 * The journalist decides what a figure is of: `<Fig of="…" role="…" partOf={…}>` written by emit,
 * corrected by hand, read back on re-ingest, and used by grouping (issue #11).
 */
import { describe, expect, it } from 'vitest';
import { blankArticle } from '../../src/lib/model.ts';
import { groupFigures } from '../../src/pipeline/compare/figures.ts';
import { articleToMdx, mdxToArticle } from '../../src/pipeline/emit/article-mdx.ts';
import { extractFigures } from '../../src/pipeline/extract/figures.ts';

const paragraphs = ['The fine consists of a basic amount of €40 million and a lump sum of €1.84 billion.'];
const article = blankArticle({
  id: 'daily',
  source: 'daily.txt',
  outlet: 'Daily',
  headline: 'Fine',
  language: 'en',
  paragraphs,
  figures: extractFigures(paragraphs),
});

describe('<Fig> quantity, role and relation attributes', () => {
  const mdx = articleToMdx(article);

  it('are written for money figures and read back unchanged', () => {
    expect(mdx).toContain('of="lump sum"');
    expect(mdx).toContain('of="basic amount"');
    expect(mdxToArticle(mdx, 'daily.mdx').figures).toEqual(article.figures);
  });

  it('a corrected quantity and role reach grouping', () => {
    // The journalist says the €1.84bn is the fine itself, not a lump sum.
    const edited = mdx.replace('of="lump sum" role="total"', 'of="fine" role="total"');
    expect(edited).not.toBe(mdx);
    const read = mdxToArticle(edited, 'daily.mdx');
    expect(read.figures[1]!.quantity).toBe('fine');
    const other = blankArticle({
      id: 'wire',
      source: 'wire.txt',
      outlet: 'Wire',
      headline: 'Fine',
      language: 'en',
      paragraphs: ['Brussels fined Google €1.84 billion.'],
      figures: extractFigures(['Brussels fined Google €1.84 billion.']),
    });
    const fine = groupFigures([{ ...article, figures: read.figures }, other]).find(
      (g) => g.quantity === 'fine',
    )!;
    expect(fine.members.map((m) => m.article)).toEqual(['daily', 'wire']);
  });

  it('refuses a role that is not one of the roles, naming the paragraph', () => {
    const broken = mdx.replace('role="total"', 'role="sum"');
    expect(() => mdxToArticle(broken, 'daily.mdx')).toThrow(/<Fig> in paragraph 1: role/);
  });
});
