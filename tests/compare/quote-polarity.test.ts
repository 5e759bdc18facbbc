// Issue #10, round 6: a negation keeps two versions apart only when it falls on words both print
// (compare/quotes/polarity.ts), and a shared run of words with a speaker unknown needs a share of
// the shorter quote's content words (similarity.ts QUOTE_MATCH.run.unknownShare). Invented
// sentences: versions of one statement with a negated clause only one outlet printed, and the
// disagreements that must still veto.
import { afterEach, describe, expect, it } from 'vitest';
import { QUOTE_MATCH, quoteItem, sameStatement } from '../../src/pipeline/compare/quotes/index.ts';
import { POLARITY, polarityConflict } from '../../src/pipeline/compare/quotes/polarity.ts';

let next = 0;
const item = (text: string, speaker: string | null = 'Ines Moreau') => quoteItem(next++, 0, text, speaker);

const SHIPPED_RUN = structuredClone(QUOTE_MATCH.run);
afterEach(() => {
  POLARITY.scoped = true;
  QUOTE_MATCH.run = structuredClone(SHIPPED_RUN);
});

describe('negation on shared words only', () => {
  const full = item(
    'The ferry captain was taken to the clinic for checks and kept overnight. He was released this morning and the inquiry is continuing.',
  );
  const other = item(
    'The ferry captain was taken to the clinic for checks and has been released. He suffered no injuries and the inquiry is continuing.',
  );

  it('joins two versions when the negated clause is one only an outlet printed', () => {
    expect(polarityConflict(full, other)).toBe(false);
    expect(sameStatement(full, other)).toBe(true);
    // Measured: the stretch count alone vetoed it.
    POLARITY.scoped = false;
    expect(sameStatement(full, other)).toBe(false);
  });

  it('joins two transcripts that negate the same words in a different order', () => {
    const a = item(
      'Nobody wanted the harbour closed. We only wanted the tolls cut before the summer season.',
    );
    const b = item('We only want the tolls cut before the summer season. I do not want the harbour closed.');
    expect(polarityConflict(a, b)).toBe(false);
    expect(sameStatement(a, b)).toBe(true);
  });

  it('still vetoes "will" against "will not" on the same words', () => {
    const yes = item('We will sign the harbour agreement with the council before the summer');
    const no = item('We will not sign the harbour agreement with the council before the summer');
    expect(polarityConflict(yes, no)).toBe(true);
    expect(sameStatement(yes, no)).toBe(false);
  });

  it('known gap: a negator three words before the shared words is outside the stretch (as before)', () => {
    const a = item('Nobody on the council supports the new bridge toll for the islanders');
    const b = item('Everybody on the council supports the new bridge toll for the islanders');
    // The polarity sees the disagreement, but the veto needs the stretch count to see it too
    // (agreement.ts looks one word before the stretch), which keeps cuts that open after a "not".
    expect(polarityConflict(a, b)).toBe(true);
    expect(sameStatement(a, b)).toBe(true);
    POLARITY.scoped = false;
    expect(sameStatement(a, b)).toBe(true);
  });
});

describe('a shared run of words when a speaker is unknown', () => {
  // Two different statements sharing a stock phrase of five words ("in the line of duty").
  const a = item(
    'Two harbour pilots were hurt in the line of duty during the storm, and the port has opened an inquiry into the night',
    null,
  );
  const b = item(
    'The council will honour every volunteer who fell in the line of duty with a plaque on the new bridge',
  );

  it("needs half of the shorter quote's content words besides the run", () => {
    expect(sameStatement(a, b)).toBe(false);
    QUOTE_MATCH.run = { ...SHIPPED_RUN, unknownShare: 0 };
    expect(sameStatement(a, b)).toBe(true);
  });

  it('still joins two cuts of one statement that share most of their words', () => {
    const cut = item(
      'were hurt in the line of duty during the storm, and the port has opened an inquiry',
      null,
    );
    expect(sameStatement(a, cut)).toBe(true);
  });

  it('asks nothing more when both outlets name the same speaker', () => {
    const x = item('We will not stay silent either, and the harbour board will hear from every family');
    const y = item('The ferry workers are not staying silent. We will not stay silent either.');
    expect(sameStatement(x, y)).toBe(true);
  });
});
