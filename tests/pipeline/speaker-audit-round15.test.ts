// Speaker attribution, round 15 of issue #10: "they said" / "they wrote" right after a sentence
// whose subject is exactly two named people joined by "and" is the two of them, as a group
// (quotes/voices.ts jointThey). Invented sentences, no corpus text. Precision first: near misses
// (a third person as subject, a sentence between, one name only, a plural noun) stay blank.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote (scare quotes left out) of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context)
    .filter((q) => !q.scare)
    .map((q) => q.speaker);

describe('"they" after two people named together is the two of them', () => {
  it('"Sens. A and B sent a letter" then "…," they wrote -> A and B', () => {
    expect(
      speakers(
        'On Monday, Senators Harriet Vale (D) of Oregon and Marcus Thorne (R) of Idaho sent a letter to the agency.',
        '"The agency has not explained why the review took so long," they wrote.',
      ),
    ).toEqual(['Harriet Vale and Marcus Thorne']);
  });
  it('titles and appositions around the names, and an object after them', () => {
    expect(
      speakers(
        'Committee Chairman Oliver Brandt, D-Maine, and Ranking Member Nadia Frost, R-Utah, wrote to Peter Lomax on Friday.',
        '"We expect a full answer within two weeks," they wrote.',
      ),
    ).toEqual(['Oliver Brandt and Nadia Frost']);
  });
  it('the same paragraph: "A and B said Friday they would appeal." "…," they said', () => {
    expect(
      speakers(
        'Jonah Pell and Maria Ostrova said Friday they would appeal. "We will keep fighting until the ruling is overturned," they said.',
      ),
    ).toEqual(['Jonah Pell and Maria Ostrova']);
  });
  it('near miss: a sentence between the two and the tag ("Their lawyers …") stays blank', () => {
    expect(
      speakers(
        'Jonah Pell and Maria Ostrova lost the case on Friday. Their lawyers filed papers within the hour.',
        '"The court ignored the evidence," they said.',
      ),
    ).toEqual([null]);
  });
  it('near miss: three people as subjects, or one, stay blank', () => {
    expect(
      speakers(
        'Jonah Pell, Maria Ostrova and Tomas Ruiz signed the letter.',
        '"The court ignored the evidence," they said.',
      ),
    ).toEqual([null]);
    expect(
      speakers(
        'Republican members of Congress pressed Peter Lomax to act.',
        '"This is simply unacceptable," they wrote.',
      ),
    ).toEqual([null]);
  });
  it('near miss: two names not joined as the subject ("A met B") stay blank', () => {
    expect(
      speakers('Jonah Pell met Maria Ostrova in Geneva on Friday.', '"The talks were useful," they said.'),
    ).toEqual([null]);
  });
});
