// Speaker attribution, round 9 of issue #10: kin nouns as tags ("the brother said"), "as X put
// it", "In the words of X:", a "From <agency>:" source line before a quote paragraph, and "the
// office for the district of <place>" that is not the place. Invented sentences, no corpus text.
// Precision first: each rule comes with near misses that stay blank.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote (scare quotes left out) of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context)
    .filter((q) => !q.scare)
    .map((q) => q.speaker);

describe('kin nouns as tags', () => {
  it('"the brother said" is the brother the body named in full', () => {
    expect(
      speakers(
        'Officer Dana Pell was among the dead, his brother Marek Pell told reporters on Friday.',
        '"He was proud of that uniform," the brother said.',
      ),
    ).toEqual(['Marek Pell']);
  });
  it('"his widow said" is the widow named in apposition', () => {
    expect(
      speakers(
        'Clara Voss, his widow, laid flowers at the gate on Sunday morning.',
        'The crowd stood in silence.',
        '"We had forty good years together," his widow said.',
      ),
    ).toEqual(['Clara Voss']);
  });
  it('a brother known by first name only takes the surname of the one person named (round 11)', () => {
    expect(
      speakers(
        'Officer Dana Pell was among the dead, his brother Marek told reporters.',
        '"He was proud of that uniform," the brother said.',
      ),
    ).toEqual(['Marek Pell']);
  });
  it('near miss: two brothers named, so "the brother" is nobody', () => {
    expect(
      speakers(
        'His brother Marek Pell and his brother Ivo Pell flew in from Warsaw.',
        '"He was proud of that uniform," the brother said.',
      ),
    ).toEqual([null]);
  });
  it('near miss: a brother named only after the tag is not the one who spoke', () => {
    expect(
      speakers(
        '"He was proud of that uniform," the brother said.',
        'His brother Marek Pell later flew in from Warsaw.',
      ),
    ).toEqual([null]);
  });
});

describe('"as X put it" and "In the words of X:"', () => {
  it('"…," as Harlan put it, is Harlan\'s', () => {
    expect(
      speakers(
        'Prime Minister Owen Harlan spoke in Ottawa on Wednesday.',
        'The guard was shot "in cold blood," as Harlan put it, while he stood at the memorial.',
      ),
    ).toEqual(['Owen Harlan']);
  });
  it('"As the minister put it:" and "In the words of X:" before a quote', () => {
    expect(
      speakers(
        'Finance Minister Rhea Castell met the bankers in the morning.',
        'As Castell put it: "We are not going anywhere, and neither is the money."',
        'In the words of Castell: "The vault stays shut until the audit is done."',
      ),
    ).toEqual(['Rhea Castell', 'Rhea Castell']);
  });
  it('near misses: "as expected", "as the saying goes", "in the words of one of them" name nobody', () => {
    expect(
      speakers(
        'Ana Lopez spoke to reporters after the hearing.',
        'The judge ruled, as expected: "The motion is denied for now."',
        '"Nobody could stop it," as the saying goes.',
        'In the words of one of them: "It was chaos out there all night."',
      ),
    ).toEqual([null, null, null]);
  });
});

describe('a "From <agency>:" source line before a quoted paragraph', () => {
  const block = '"The bridge was closed at about nine in the evening while divers searched the river."';
  it('"From The Associated Press:" credits the agency, an organisation', () => {
    const quotes = extractQuotes(['Update at 3:50 a.m. ET. From The Associated Press:', block], context);
    expect(quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([['Associated Press', 'organisation']]);
  });
  it('near misses: "From Jerusalem:" and "From the report:" name no organisation', () => {
    expect(speakers('From Jerusalem:', block)).toEqual([null]);
    expect(speakers('From the report:', block)).toEqual([null]);
  });
});

describe('"the district of <place>" is not the place', () => {
  it('"the attorney\'s office for the district of Vermont confirms" is not Vermont', () => {
    expect(
      speakers(
        '"He has been charged," the U.S. attorney\'s office for the district of Vermont confirms on its page.',
      ),
    ).toEqual([null]);
  });
  it('near misses: "the state of Texas said" and "Maura Healy of Vermont said" keep their reading', () => {
    expect(
      speakers(
        '"We will appeal the ruling," the state of Texas said in a filing.',
        '"We will appeal the ruling," Maura Healy of Vermont said.',
      ),
    ).toEqual(['Texas', 'Maura Healy']);
  });
});
