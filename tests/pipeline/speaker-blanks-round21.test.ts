// Speaker attribution, round 21 of issue #10: blanks a reader would credit, on sentences written for
// this test (no corpus text). Rules: quotes/body-officials.ts (an unnamed official of a named body).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote (scare quotes left out) of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context)
    .filter((q) => !q.scare)
    .map((q) => q.speaker);

describe('an unnamed official of a named body -> the body (ANNOTATION.md)', () => {
  it('"a senior State Department official" -> State Department (a rank word is no part of the name)', () => {
    expect(speakers('"The rebels are being rearmed," a senior State Department official said.')).toEqual([
      'State Department',
    ]);
    expect(
      speakers('A top Harbor Authority official told reporters that the pier was "closed for good."'),
    ).toEqual(['Harbor Authority']);
  });
  it('"a Department of Justice official" -> Department of Justice (a particle inside the name)', () => {
    expect(speakers('"We will invoke the exception," a Department of Justice official said.')).toEqual([
      'Department of Justice',
    ]);
  });
  it('"A top official at the Harbor Chamber of Commerce tweeted that …" -> the chamber', () => {
    expect(
      speakers(
        'A top official at the Harbor Chamber of Commerce tweeted that the lobby would "stand by Pell."',
      ),
    ).toEqual(['Harbor Chamber of Commerce']);
  });
  it('near misses: a former official, a nationality, no named body, "with knowledge of" stay blank', () => {
    expect(speakers('"It was a mistake," a former State Department official told the Ledger.')).toEqual([
      null,
    ]);
    expect(speakers('"It was a mistake," a senior U.S. official told the Ledger.')).toEqual([null]);
    expect(speakers('"It was a mistake," a senior administration official said.')).toEqual([null]);
    expect(
      speakers('A former official at the Harbor Authority told reporters the pier was "closed for good."'),
    ).toEqual([null]);
    expect(
      speakers('A senior official with knowledge of the talks said the deal was "close to done."'),
    ).toEqual([null]);
  });
});
