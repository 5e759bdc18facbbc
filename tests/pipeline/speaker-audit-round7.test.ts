// Speaker attribution, round 7 of issue #10: "he"/"she" after a person the article names only by
// surname, or after a name that a place or an organisation's name kept from the pronoun. Invented
// sentences, no corpus text. Precision first: each rule comes with near misses that stay blank.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';
import { scanPeople } from '../../src/pipeline/extract/people.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote (scare quotes left out) of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context)
    .filter((q) => !q.scare)
    .map((q) => q.speaker);
/** Whether the named mention is read as a sentence subject. */
const subjectOf = (text: string, name: string): boolean | undefined =>
  scanPeople([''], [text]).mentions.find((m) => m.person.name === name)?.subject;

describe('a bare surname the body makes both a speaker and a "she"', () => {
  const opening = '"We were angry about the vote that year," Varga said, recalling her first campaign.';
  it('"Varga said …" then "Varga herself joked that she …": later "she said" is Varga', () => {
    expect(
      speakers(
        opening,
        'Varga herself joked that she survived the defeat with friends and long walks.',
        '"Organising my cupboards helped," she said.',
      ),
    ).toEqual(['Varga', 'Varga']);
  });
  it('the same with a man: "Okafor said …", "Okafor ended his speech …", "he said"', () => {
    expect(
      speakers(
        '"The river will not wait for us," Okafor said at the dam.',
        'Okafor ended his speech with a warning to the council.',
        '"Build the wall before the rain," he said.',
      ),
    ).toEqual(['Okafor', 'Okafor']);
  });
  it('near miss: the name never speaks in the body, so "she said" stays blank', () => {
    expect(
      speakers(
        'Varga herself joked that she survived the defeat with friends and long walks.',
        '"Organising my cupboards helped," she said.',
      ),
    ).toEqual([null]);
  });
  it('near miss: the body gives the name both "he" and "she", so nobody is named', () => {
    expect(
      speakers(
        opening,
        'Varga herself joked that she survived the defeat.',
        'Varga closed his notebook and left the hall.',
        '"Organising my cupboards helped," she said.',
      ),
    ).toEqual(['Varga', null]);
  });
  it('near miss: one sentence with both "she" and "himself" gives the name no gender', () => {
    expect(
      speakers(
        '"She was just walking around," Kowalczyk said at the gate.',
        'Kowalczyk said when she called out, a man ran inside himself.',
        '"We called the police," he said.',
      ),
    ).toEqual(['Kowalczyk', null]);
  });
  it('near miss: the agreeing pronoun only in the headline does not count', () => {
    const headline = 'Varga herself joked that she survived the defeat';
    const quotes = extractQuotes(
      ['"We were angry about the vote," Varga said.', 'The hall emptied quickly.', '"It helped," she said.'],
      { headline, standfirst: null, captions: [] },
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Varga', null]);
  });
});

describe('a place after "in" is no sentence subject', () => {
  it('"… a rally in Port Ellis, Marlow, on Monday. "…," she said" is the named woman', () => {
    expect(
      speakers(
        'Senator Ilse Brandauer spoke at a rally in Port Ellis, Marlow, on Monday night. "We still have work to do," she said.',
      ),
    ).toEqual(['Ilse Brandauer']);
    expect(subjectOf('The mayor spoke in Port Ellis on Monday.', 'Port Ellis')).toBe(false);
  });
  it('near miss: "In March, X …" opening a sentence leaves X its subject', () => {
    expect(subjectOf('In March, Henrik Aalto met voters.', 'Henrik Aalto')).toBe(true);
    expect(subjectOf('Voters met in Henrik Aalto Hall.', 'Henrik Aalto Hall')).toBe(false);
  });
  it('a word stripped off before a first name ("in Harbour Tony Kestrel, a ferry pilot") leaves the name a subject', () => {
    expect(
      subjectOf(
        'Photos of the storm in Harbour Tony Kestrel, a ferry pilot, watched it from his cabin.',
        'Tony Kestrel',
      ),
    ).toBe(true);
  });
});

describe('a name joined by "and" to the object of a preposition is an object', () => {
  it('"at Immigration and Customs Enforcement" does not stand between a speaker and "he wrote"', () => {
    expect(
      speakers(
        'Jon Ferris, a former adviser at Immigration and Customs Enforcement, has long argued for the change.',
        '"A president could direct his agencies," he wrote in 2015.',
      ),
    ).toEqual(['Jon Ferris']);
    expect(
      subjectOf('He worked at Immigration and Customs Enforcement for years.', 'Customs Enforcement'),
    ).toBe(false);
  });
  it('near miss: a name joined by "and" to a subject stays a subject (to an object, an object)', () => {
    expect(subjectOf('Tomas Weller and Henrik Aalto met in March.', 'Henrik Aalto')).toBe(true);
    expect(subjectOf('Tomas Weller met Petra Lind and Henrik Aalto in March.', 'Henrik Aalto')).toBe(false);
  });
});
