// Speaker attribution, round 19 of issue #10: a first name that is also a function word ("Will",
// "May") and a one-word organisation opening a sentence, on sentences written for this test (no
// corpus text). Rules: people/name-word-lead.ts and people/spelling-variant.ts.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote (scare quotes left out) of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context)
    .filter((q) => !q.scare)
    .map((q) => q.speaker);

describe('"Will"/"May" as a first name', () => {
  it('"As writer Will Storr told NPR, "…"" -> Will Storr (after a role noun, mid-sentence)', () => {
    expect(speakers('As writer Will Storr told NPR, "We are all storytellers at heart."')).toEqual([
      'Will Storr',
    ]);
  });
  it('"…," writer May Lindqvist said / said writer Will Storr -> the full name', () => {
    expect(speakers('"We will appeal," novelist May Lindqvist said.')).toEqual(['May Lindqvist']);
    expect(speakers('"We are all storytellers," said writer Will Storr.')).toEqual(['Will Storr']);
  });
  it('"…," Will Storr said after the body named him mid-sentence -> Will Storr', () => {
    expect(
      speakers('The book is by novelist Will Storr.', '"We are all storytellers," Will Storr said.'),
    ).toEqual(['Will Storr']);
  });
  it('near miss: "Will" opening a question is no name ("Will Tunewave appeal?")', () => {
    expect(
      speakers('The label sued Tunewave.', 'Will Tunewave appeal? "We will see," the label said.'),
    ).toEqual([null]);
  });
  it('"Will Storr said" (a verb of saying right after the name: no modal reading) -> Will Storr', () => {
    expect(speakers('"We are all storytellers," Will Storr said.')).toEqual(['Will Storr']);
    // Opening the sentence this gave the organisation "Storr" ("Will" stripped as the modal).
    expect(speakers('Will Storr said, "We are all storytellers at heart."')).toEqual(['Will Storr']);
  });
  it('near miss: "Will Storr say so?" opening a question stays no name', () => {
    expect(speakers('Will Storr say so? "We will see," the label said.')).toEqual([null]);
  });
});

describe('a one-word organisation opening a sentence', () => {
  it('already: "Tunewave said: "…"" and "Tunewave said that "…"" when the body names it mid-sentence', () => {
    expect(speakers('The label sued Tunewave on Monday.', 'Tunewave said: "We will appeal."')).toEqual([
      'Tunewave',
    ]);
    expect(
      speakers('The label sued Tunewave on Monday.', 'Tunewave said that "the ruling is wrong."'),
    ).toEqual(['Tunewave']);
  });
  it('"Wikileaks said in a Thursday tweet that "…"" where the body writes "WikiLeaks" -> WikiLeaks', () => {
    expect(
      speakers(
        'Manning gave the files to WikiLeaks, which published them.',
        'Wikileaks said in a Thursday tweet that "powerful actors are engaged in an effort."',
      ),
    ).toEqual(['WikiLeaks']);
  });
  it('near miss: a common word the body writes in lower case ("Police said" beside "POLICE", "police")', () => {
    expect(
      speakers('Officers said the police had left; a sign read POLICE LINE.', 'Police said: "Stay away."'),
    ).toEqual([null]);
  });
  it('near miss: no mention elsewhere ("Tunewave said: "…"" alone) stays blank', () => {
    expect(speakers('Tunewave said: "We will appeal."')).toEqual([null]);
  });
});
