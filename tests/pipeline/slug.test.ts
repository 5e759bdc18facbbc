/**
 * slugify names article files and their URLs: the slug must be the composed (NFC) form Astro writes
 * pages under, in every script, or links to the page 404.
 */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('drops accents and punctuation from Latin text', () => {
    expect(slugify("Arms delivery failures, 'dented' trust!")).toBe('arms-delivery-failures-dented-trust');
    expect(slugify('Café déjà vu — Kyiv’s view')).toBe('cafe-deja-vu-kyivs-view');
  });

  it('keeps other scripts composed (Hangul syllables, kana with voicing marks, Cyrillic)', () => {
    const korean = slugify('악녀의 덫에 걸린 이유리');
    expect(korean).toBe('악녀의-덫에-걸린-이유리');
    expect(korean.normalize('NFC')).toBe(korean);
    expect(slugify('ガイドブック')).toBe('ガイドブック');
    expect(slugify('Главная: интересное')).toBe('главная-интересное');
  });
});
