// The cues that set a money figure's sum apart from a parallel sentence's (compare/figures/set-apart.ts),
// on sentences written for this test.
import { describe, expect, it } from 'vitest';
import {
  leadName,
  narrowedAfter,
  phraseKey,
  relativeTimes,
} from '../../src/pipeline/compare/figures/set-apart.ts';

describe('set-apart cues', () => {
  it('reads the cue that narrows a sum right after it, as a key', () => {
    expect(narrowedAfter(' in damage in the county alone, the governor said.')).toBe('alone');
    expect(narrowedAfter(' in crop losses so far this year.')).toBe('so-far');
    expect(narrowedAfter(' in losses to date.')).toBe('so-far');
    expect(narrowedAfter(' in crop losses in the first half of the year.')).toBe('first-half');
    expect(narrowedAfter(' at the box office outside North America.')).toBe('outside');
    expect(narrowedAfter(' in damage, the insurers said.')).toBeNull();
  });

  it('keys times named from the article date; "in the quarter" is not "this year"', () => {
    expect([...relativeTimes('Last year’s hurricane caused')]).toEqual(['last-year']);
    expect([...relativeTimes('the previous year and a year earlier')]).toEqual(['last-year']);
    expect([...relativeTimes('lost revenue in the quarter')]).toEqual(['the-quarter']);
    expect([...relativeTimes('so far this year')]).toEqual(['this-year']);
    expect(relativeTimes('the insurance council said').size).toBe(0);
  });

  it('keeps a quantity phrase’s modifiers and drops what follows its head', () => {
    expect(phraseKey('Insured damage from the wildfire')).toBe('insured damage');
    expect(phraseKey('insured damage')).toBe('insured damage');
    expect(phraseKey('losses from the port strike')).toBe('loss');
    expect(phraseKey('military aid')).not.toBe(phraseKey('aid'));
    expect(phraseKey('record penalties')).toBe('record fine');
    expect(phraseKey(null)).toBeNull();
  });

  it('takes a sentence’s capitalised first word as a name, not a function word', () => {
    const stem = (word: string) => (/^(?:the|a)$/iu.test(word) ? null : word.toLowerCase().slice(0, 5));
    expect(leadName('Brussels pledged ', stem)).toBe('bruss');
    expect(leadName('The wildfire destroyed ', stem)).toBeNull();
    expect(leadName('caused ', stem)).toBeNull();
  });
});
