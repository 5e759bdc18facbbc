// lib/figure-forms: the one period wording for group labels (pipeline), key figures and article
// figures (site), which had each spelt it ("over 1 years").
import { describe, expect, it } from 'vitest';
import { periodSuffix } from '../../src/lib/figure-forms.ts';

describe('periodSuffix', () => {
  it('says a year, over n years (one year singular, fractions as written), or nothing', () => {
    expect(periodSuffix('annual', 5)).toBe(' a year');
    expect(periodSuffix('total', 5)).toBe(' over 5 years');
    expect(periodSuffix('total', 1)).toBe(' over 1 year');
    expect(periodSuffix(null, 2.5)).toBe(' over 2.5 years');
    expect(periodSuffix('total', null)).toBe('');
  });
});
