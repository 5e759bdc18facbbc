// Speaker attribution, round 18 of issue #10: partial quotes inside reported speech and colon
// intros a paragraph back, on sentences written for this test (no corpus text). Most forms the
// brief names were already read before this round (the cases marked "already"); the round's one
// rule is the subject's place and an opening label around a sentence subject
// (quotes/sentence-tags.ts statedSubject).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote (scare quotes left out) of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context)
    .filter((q) => !q.scare)
    .map((q) => q.speaker);

describe('partial quotes inside reported speech', () => {
  it('already: "X said the plan was "…"", "called the report "…"", "described it as "…"", "warned that "…""', () => {
    expect(speakers('Sen. Dana Whitcombe said the plan was "a disaster" and should be dropped.')).toEqual([
      'Dana Whitcombe',
    ]);
    expect(speakers('Interior Minister Ruth Alder called the report "deeply flawed" on Tuesday.')).toEqual([
      'Ruth Alder',
    ]);
    expect(speakers('Tom Bexley described the vote as "a betrayal of the workers."')).toEqual(['Tom Bexley']);
    expect(speakers('Mayor Ilse Markham warned that "more closures" could follow.')).toEqual([
      'Ilse Markham',
    ]);
  });
  it('"Sen. X of Oregon defended the word choice as "…"" -> X (the place is no part of the name)', () => {
    expect(
      speakers('Sen. Dana Whitcombe of Oregon defended the word choice as "pretty well accurate."'),
    ).toEqual(['Dana Whitcombe']);
  });
  it('"Another Republican, Sen. X of Oregon, defended …" -> X (an opening label before the name)', () => {
    expect(
      speakers(
        'Another Republican, Sen. Dana Whitcombe of Oregon, defended the word choice as "pretty well accurate."',
      ),
    ).toEqual(['Dana Whitcombe']);
  });
  it('near miss: an opening label with the apposition left open ("Another Republican, X of Oregon defended") stays blank', () => {
    expect(
      speakers(
        'Another Republican, Sen. Dana Whitcombe of Oregon defended the word choice as "pretty well accurate."',
      ),
    ).toEqual([null]);
  });
  it('near miss: a passive ("X of Oregon was described as "…"") names nobody', () => {
    expect(speakers('Sen. Dana Whitcombe of Oregon was described as "a steady hand" by aides.')).toEqual([
      null,
    ]);
  });
});

describe('colon intros a paragraph back (already read before this round)', () => {
  it('"In a statement, Tunewave said:" then the quote paragraph -> Tunewave', () => {
    expect(speakers('In a statement, Tunewave said:', '"We will fight this ruling in every court."')).toEqual(
      ['Tunewave'],
    );
  });
  it('"X told reporters:" then two paragraphs, the first without a close quote -> X for both', () => {
    expect(
      speakers(
        'Sen. Dana Whitcombe, a longtime ally of the governor, told reporters on Monday:',
        '"We will fight this ruling.',
        '"And we will win."',
      ),
    ).toEqual(['Dana Whitcombe', 'Dana Whitcombe']);
  });
  it('near miss: a heading ending in a colon ("Update at 1:10 p.m. ET. No Details Yet:") names nobody', () => {
    expect(
      speakers('Update at 1:10 p.m. ET. No Details Yet:', '"The details of the deal are not yet clear."'),
    ).toEqual([null]);
  });
});

describe('", then (later) added," shares the subject of the earlier verb (quotes/tag-subject.ts)', () => {
  it('"X said at her party in Salem, then later added, "…"" -> X, never "in Salem"', () => {
    expect(
      speakers(
        '"It was our biggest night," Dana Whitcombe said at her victory party in Salem, then later added, "I consider myself the nominee."',
      ),
    ).toEqual(['Dana Whitcombe', 'Dana Whitcombe']);
  });
  it('near miss: a subject of its own after ", then" ("then Bexley added") speaks', () => {
    expect(
      speakers('Dana Whitcombe met Tom Bexley in Salem, then Bexley added, "I consider her the nominee."'),
    ).toEqual(['Tom Bexley']);
  });
  it('near miss: ", then a senator," is an apposition, not a clause', () => {
    expect(
      speakers('Dana Whitcombe, then a senator, told reporters, "I consider myself the nominee."'),
    ).toEqual(['Dana Whitcombe']);
  });
});
