/**
 * Invisible characters in pasted and saved pages: zero-width joiners, soft hyphens and the
 * bidirectional overrides that can make a paragraph display other words than it holds are
 * deleted by both normalizers; the right-to-left mark Arabic and Hebrew text needs is kept.
 * Invented page, invented text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';

const HEADLINE = 'Council approves new cycle lanes along the river road';
const BODY = [
  'The city council voted on Tuesday to build two kilometres of protected cycle lanes along the river road, after a year of consultation with residents and shop owners.',
  'Councillor Maren Tully said the lanes would be finished before the summer and that parking on the road would move to a side street during the works.',
  'Shop owners had asked for loading bays to be kept, and the plan approved on Tuesday keeps four of them at the busiest end of the road near the market.',
  'The works will cost the city about four hundred thousand euros, most of it from a regional fund for safer streets that the council applied to last spring.',
];
const HIDDEN = '\u202e\u200b\u00ad\u2066';
const dirty = (text: string) => text.replace('cycle lanes', `cy${HIDDEN}cle lanes`);

describe('invisible characters', () => {
  it('pasted text: bidi overrides, zero-width and soft hyphens are deleted from the body', () => {
    const article = normalizeText([HEADLINE, '', ...BODY.map(dirty)].join('\n\n'));
    expect(article.paragraphs).toEqual(BODY);
  });

  it('saved HTML: the same characters are deleted', () => {
    const html = `<html><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>${BODY.map((p) => `<p>${dirty(p)}</p>`).join('')}</article></body></html>`;
    expect(normalizeHtml(html).paragraphs).toEqual(BODY);
  });

  it('the right-to-left mark is kept', () => {
    const arabic = `${BODY[0]} \u200fقال المتحدث\u200f.`;
    const article = normalizeText([HEADLINE, '', arabic, ...BODY.slice(1)].join('\n\n'));
    expect(article.paragraphs[0]).toContain('\u200f');
  });
});
