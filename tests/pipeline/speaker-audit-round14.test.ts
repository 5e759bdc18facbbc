// Speaker attribution, round 14 of issue #10: a speech tag's subject followed by "in", "from" or
// "at" and a place or outlet is the capitalised head before the preposition, never the object
// after it (quotes/subject-head.ts). Invented sentences, no corpus text. Precision first: near
// misses with a lower-case head or a governed head stay blank.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote (scare quotes left out) of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context)
    .filter((q) => !q.scare)
    .map((q) => q.speaker);

describe('the head before "in/from/at" is the subject', () => {
  it('"the Norvian Embassy in Ottawa said" -> Norvian Embassy, not Ottawa', () => {
    expect(
      speakers(
        'The Norvian Embassy in Ottawa said in a statement that it was offering "full help to the families."',
      ),
    ).toEqual(['Norvian Embassy']);
  });
  it('"Reporter Tamsin Oddly from the local paper Gazette tweets" -> Tamsin Oddly', () => {
    expect(
      speakers(
        'Reporter Tamsin Oddly from the local paper Gazette tweets that "the vote will come at noon."',
      ),
    ).toEqual(['Tamsin Oddly']);
  });
  it('"Orrin Pell at Harbor City Daily News wrote" -> Orrin Pell', () => {
    expect(
      speakers('Orrin Pell at Harbor City Daily News wrote that the anchor "let his viewers down."'),
    ).toEqual(['Orrin Pell']);
  });
  it('near misses: a lower-case head names nobody, and neither does the place or the outlet', () => {
    expect(speakers('A source in Ottawa said the talks were "close to collapse."')).toEqual([null]);
    expect(speakers('The tweet from Harbor Press Office said the leader was "alive and well."')).toEqual([
      null,
    ]);
    expect(
      speakers(
        'A three-judge panel from the Ninth Circuit Court concluded that "the rule cannot stand as it was written."',
      ),
    ).toEqual([null]);
  });
  it('near miss: a head itself after a preposition ("a source in Kelmar in Norvia") stays blank', () => {
    expect(speakers('A source in Kelmar in Norvia said the border was "quiet for now."')).toEqual([null]);
  });
  // Round 21: "Officials at X said" is X (ANNOTATION.md: an unnamed official of a named body is the
  // body; quotes/body-officials.ts), no longer blank; the point here stays: never a person "Officials".
  it('"X, spokesman for Y in Z, said" -> X; "Officials at Kelmar General Hospital" -> the hospital', () => {
    expect(
      speakers(
        'Dan Rowe, spokesman for the Norvian ministry in Kelmar, said that "the border will stay open for now."',
      ),
    ).toEqual(['Dan Rowe']);
    expect(
      speakers(
        'Officials at Kelmar General Hospital said that "three patients remain in critical condition."',
      ),
    ).toEqual(['Kelmar General Hospital']);
  });
});
