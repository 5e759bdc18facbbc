// Speaker attribution, round 22 of issue #10: partial quotes woven into reported speech, on
// sentences written for this test (no corpus text). Rules: quotes/subordinate-subject.ts (a speech
// participle after a mid-sentence "after/when …" clause whose subject is a named person, when the
// main clause names nobody), quotes/tag-subject.ts ("X last month said": a time phrase between;
// "X did A, but urged …") and quotes/body-voices.ts ("X's office said it … what it called").
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote (scare quotes left out) of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context)
    .filter((q) => !q.scare)
    .map((q) => q.speaker);

describe('a participle after "after X warned …," -> X when the main clause names nobody', () => {
  it('"The vote came after the mayor, Ada Brennick, warned …, suggesting "…"" -> Ada Brennick', () => {
    expect(
      speakers(
        'The vote came after the harbour town’s mayor, Ada Brennick, warned the council about the cost, suggesting "the pier will bankrupt us".',
      ),
    ).toEqual(['Ada Brennick']);
    expect(
      speakers('Shares fell sharply when Tomas Reyes announced the merger, adding that it was "a bold bet".'),
    ).toEqual(['Tomas Reyes']);
  });
  it('a possessor in the main clause is no subject: "Reyes’s letter came after Ada Brennick warned …"', () => {
    expect(
      speakers(
        'Tomas Reyes spoke first.',
        'Reyes’s letter came after Ada Brennick warned the council, saying "the pier will bankrupt us".',
      ),
    ).toEqual(['Ada Brennick']);
  });
  it('near misses: a pronoun or a named subject opening the main clause, or no person after "after"', () => {
    // A pronoun opening the main clause keeps the participle (quotes/clause-subject.ts, as before
    // this round); the subordinate clause's subject is not taken.
    expect(
      speakers(
        'Tomas Reyes spoke first.',
        'He replied after Ada Brennick warned the council, saying "we will not be threatened".',
      ),
    ).toEqual(['Tomas Reyes']);
    // The main clause's own subject keeps the participle (the reading before this round).
    expect(
      speakers(
        'Tomas Reyes replied after Ada Brennick warned the council, saying "we will not be threatened".',
      ),
    ).toEqual(['Tomas Reyes']);
    // A name after a preposition, not the subject of a clause: nobody.
    expect(
      speakers(
        'The markets fell after the ruling by Judge Ada Brennick, saying "we will not be threatened".',
      ),
    ).toEqual([null]);
  });
});

describe('"X last month said … "…"" -> X (a time phrase between subject and verb)', () => {
  it('"She last month said the plan is "…"" -> the she of the paragraph before', () => {
    expect(
      speakers(
        'Ada Brennick spoke on Monday.',
        'She last month said the plan is "taking the town backwards" by doing so.',
      ),
    ).toEqual(['Ada Brennick']);
    expect(speakers('Ada Brennick this week said the plan was "a disaster for families".')).toEqual([
      'Ada Brennick',
    ]);
  });
  it('near miss: "the council last month said" names no person', () => {
    expect(speakers('The council last month said the plan was "a disaster for families".')).toEqual([null]);
  });
});

describe('"X did A, but said/urged … "…"" -> X (the subject before "but" goes on)', () => {
  it('"Mayor Ada Brennick condemned the attacks, but urged the council to show "…"" -> Ada Brennick', () => {
    expect(
      speakers(
        'In a meeting, Mayor Ada Brennick condemned the attacks, but urged the council to show "maximum restraint."',
      ),
    ).toEqual(['Ada Brennick']);
    expect(
      speakers(
        'Ada Brennick asked for calm, but said that people should stay away because he is "very dangerous."',
      ),
    ).toEqual(['Ada Brennick']);
  });
  it('near miss: "but" opening a clause with its own subject ("but critics said") keeps that subject', () => {
    expect(speakers('Ada Brennick praised the mayor, but critics said it was "a fair compromise".')).toEqual([
      null,
    ]);
  });
});

describe('"X\'s office said it … what it called a "…"" -> X (ANNOTATION.md: the office is X\'s voice)', () => {
  it('"Brennick’s office said it was studying what it called a "…"" -> Ada Brennick', () => {
    expect(
      speakers(
        'Mayor Ada Brennick opened an inquiry.',
        'Brennick’s office said it was studying what it called a "failed attempt to sink the pier."',
      ),
    ).toEqual(['Ada Brennick']);
  });
  it('near miss: a person named between the subject and "it" leaves the words to nobody', () => {
    expect(
      speakers(
        'Mayor Ada Brennick opened an inquiry.',
        'Brennick’s office said it was studying the club, which Tomas Reyes leads, for what it called a "failed attempt to sink the pier."',
      ),
    ).toEqual([null]);
  });
});

describe('partial quotes the tool already credits by the clause subject (kept)', () => {
  it('"X said the plan was "…" and would "…"" / "X described it as "…"" / "X called the decision "…""', () => {
    expect(speakers('Ada Brennick said the plan was "a disaster" and would "hurt families".')).toEqual([
      'Ada Brennick',
      'Ada Brennick',
    ]);
    expect(speakers('Ada Brennick dismissed the report as "fake news from a biased outlet".')).toEqual([
      'Ada Brennick',
    ]);
    expect(speakers('Senator Ada Brennick called the decision "deeply troubling."')).toEqual([
      'Ada Brennick',
    ]);
  });
});
