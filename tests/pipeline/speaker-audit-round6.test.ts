// Speaker attribution, round 6 of issue #10: blanks a careful reader would credit, found by an
// audit of un-annotated corpus articles. Invented sentences, no corpus text. Precision first: each
// rule comes with near misses that must stay blank.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote (scare quotes left out) of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context)
    .filter((q) => !q.scare)
    .map((q) => q.speaker);

describe('report verbs after a quote that opens its sentence', () => {
  it('"…," the outlet reports: the outlet\'s own words', () => {
    expect(speakers('"The audio was faint but precious to the police," Radio Norvik reports.')).toEqual([
      'Radio Norvik',
    ]);
    expect(
      speakers('"Investigators found a second device near the station," The Harbour Tribune reported.'),
    ).toEqual(['Harbour Tribune']);
  });
  it("a correspondent's report, and the second half of a split quote", () => {
    expect(
      speakers(
        '"It could be a coincidence," Mirela Dastan reports from the capital, "but it raised concern."',
      ),
    ).toEqual(['Mirela Dastan', 'Mirela Dastan']);
  });
  it("an outlet relaying someone else's words is not the speaker", () => {
    // The quote is the premier's, relayed by the paper: her own tag before the quote stands; a
    // caption's text relayed by the paper stays blank.
    expect(
      speakers(
        'Premier Odile Ferrant said the threat of a new attack "is our main concern," The Harbour Tribune reports.',
      ),
    ).toEqual(['Odile Ferrant']);
    expect(
      speakers(
        'Another post shows him in uniform, with the text: "Saving Private Brian," the Courier reported.',
      ),
    ).toEqual([null]);
  });
  it('"reports" before a quote is still a noun', () => {
    expect(speakers('The ministry denied reports that the army had "lost control of the border."')).toEqual([
      null,
    ]);
  });
});
