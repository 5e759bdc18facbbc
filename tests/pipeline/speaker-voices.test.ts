// Speakers that are not a name in the tag: statements, filings, "the network", descriptions and
// role nouns. Invented sentences (no corpus text). Each resolves only when the body leaves one
// candidate; otherwise the speaker stays null (a wrong name is worse than none).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';
import { US_STATES } from '../../src/lib/lexicon/us-states.ts';

const context = { headline: '', standfirst: null, captions: [] };
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context).map((q) => q.speaker);

describe('"the statement said"', () => {
  it('is whoever issued the statement the body mentioned last', () => {
    expect(
      speakers(
        'The Harbor Authority dismissed the complaint in a statement on Tuesday.',
        '"The port cannot run a fair process this way," the statement said.',
      ),
    ).toEqual(['Harbor Authority']);
  });
  it('reads the clause that mentions the statement, not the sentence opener', () => {
    expect(
      speakers(
        'On Monday, Mayor Ana Kovac said the city would cooperate, and the Dalmar Embassy in Ottawa said in a statement it was grateful.',
        '"The embassy thanks the city," the statement said.',
      ),
    ).toEqual(['Dalmar Embassy']);
  });
  it('a statement that is the subject points further back', () => {
    expect(
      speakers(
        'Tessaro Foods defended the recall in a statement. The statement cited two tests.',
        '"No customer fell ill," the statement said.',
      ),
    ).toEqual(['Tessaro Foods']);
  });
  it('with no statement mentioned, nobody', () => {
    expect(speakers('Councillors met on Friday.', '"We will wait," the statement said.')).toEqual([null]);
  });
});

describe('filings speak for the party that filed them', () => {
  it('"X\'s lawsuit asserts" is X', () => {
    expect(
      speakers(
        'Vantage News sued on Tuesday.',
        'That reason "is not enough," Vantage News\'s lawsuit asserts.',
      ),
    ).toEqual(['Vantage News']);
  });
});

describe('"the network said"', () => {
  it('is the one network the body named', () => {
    expect(
      speakers(
        'Vantage filed a lawsuit on Tuesday, the cable news network announced.',
        '"This violates the First Amendment," the network said in a statement.',
      ),
    ).toEqual(['Vantage']);
  });
  it('two networks named: nobody', () => {
    expect(
      speakers(
        'Reporters from Ridge News and Coast News were barred.',
        '"This violates the First Amendment," the network said.',
      ),
    ).toEqual([null]);
  });
  it('"The network issued a statement" lets a later "it said" name it', () => {
    expect(
      speakers(
        'Ridge News anchor Mara Lind was recorded.',
        'The network issued a statement.',
        '"We stand by our work," it said.',
      ),
    ).toEqual(['Ridge News']);
  });
});

describe('"the official said"', () => {
  it('is the body an official just spoke for', () => {
    expect(
      speakers(
        'A Harbor Authority official said the port would reopen.',
        '"We have no further comment," the official said.',
      ),
    ).toEqual(['Harbor Authority']);
  });
  it('with no official of a named body before it, nobody', () => {
    expect(speakers('The port reopened.', '"We have no further comment," the official said.')).toEqual([
      null,
    ]);
    expect(
      speakers('A European official said the port would reopen.', '"No comment," the official said.'),
    ).toEqual([null]);
  });
});

describe('descriptions', () => {
  it('"the Kentucky Republican" is the one person the body tagged so', () => {
    expect(speakers('Sen. Ron Dale, R-Ky., spoke first.', '"Enough," the Kentucky Republican said.')).toEqual(
      ['Ron Dale'],
    );
    expect(
      speakers('Ron Dale, a Kentucky Republican, spoke first.', '"Enough," the Kentucky Republican said.'),
    ).toEqual(['Ron Dale']);
  });
  it('two people so described, or none: nobody', () => {
    expect(
      speakers(
        'Ron Dale, a Kentucky Republican, and Amy Lott, another Kentucky Republican, spoke.',
        '"Enough," the Kentucky Republican said.',
      ),
    ).toEqual([null]);
    expect(speakers('Ron Dale spoke first.', '"Enough," the Kentucky Republican said.')).toEqual([null]);
  });
});

describe('role nouns', () => {
  it('resolve to the one holder the body named', () => {
    expect(speakers('President Lena Marsh spoke on Monday.', '"We will act," the president said.')).toEqual([
      'Lena Marsh',
    ]);
  });
  it('two holders named: nobody rather than the most recent', () => {
    expect(
      speakers(
        'President Lena Marsh met President Omar Dallin on Monday.',
        '"We will act," the president said.',
      ),
    ).toEqual([null]);
  });
});

describe('lexicon/us-states', () => {
  it('maps AP abbreviations and postal codes of all 50 states', () => {
    const pairs = US_STATES.split('|').map((p) => p.trim().split('='));
    expect(pairs.every((p) => p.length === 2 && p[0]!.length > 0)).toBe(true);
    expect(new Set(pairs.map((p) => p[1])).size).toBe(50);
    expect(pairs).toContainEqual(['S.C.', 'South Carolina']);
    expect(pairs).toContainEqual(['KY', 'Kentucky']);
  });
});
