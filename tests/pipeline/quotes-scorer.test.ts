/**
 * The quotes benchmark's name comparison (bench/accuracy/sections/quotes.ts): a surname with a
 * particle ("Le Pen", "de Blasio", "van der Leyen") is compared whole, not by its first word.
 */
import { describe, expect, it } from 'vitest';
import { sameName } from '../../bench/accuracy/sections/quotes.ts';

describe('quotes scorer: sameName', () => {
  it('takes a particle surname as the surname of the full name', () => {
    expect(sameName('Le Pen', 'Marine Le Pen', 'person')).toBe(true);
    expect(sameName('de Blasio', 'Bill de Blasio', 'person')).toBe(true);
    expect(sameName('van der Leyen', 'Ursula von der Leyen', 'person')).toBe(false);
    expect(sameName('von der Leyen', 'Ursula von der Leyen', 'person')).toBe(true);
    expect(sameName('Ursula von der Leyen', 'Ursula von der Leyen', 'person')).toBe(true);
  });
  it('still tells different people apart', () => {
    expect(sameName('Jean-Marie Le Pen', 'Marine Le Pen', 'person')).toBe(false);
    expect(sameName('Pen', 'Marine Le Pen', 'person')).toBe(true);
    expect(sameName('Le', 'Marine Le Pen', 'person')).toBe(false);
    expect(sameName('Ivanka Trump', 'Donald Trump', 'person')).toBe(false);
    expect(sameName('Trump', 'Donald Trump', 'person')).toBe(true);
    expect(sameName('D. Trump', 'Donald Trump', 'person')).toBe(true);
    expect(sameName('Van Jones', 'Van Jones', 'person')).toBe(true);
    expect(sameName('Jones', 'Van Jones', 'person')).toBe(true);
  });
});
