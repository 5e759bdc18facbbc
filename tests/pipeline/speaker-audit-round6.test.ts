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
  it('"…," X posted on Twitter: a post quoted whole', () => {
    expect(
      speakers(
        '"Until it is proven false, it will remain a story," Tom Brandt Jr. posted to Twitter. "Nobody listens."',
      ),
    ).toEqual(['Tom Brandt Jr', 'Tom Brandt Jr']);
  });
  it('a report verb with a clause after it tags nobody', () => {
    // The police speak; the paper only reports that they do.
    expect(speakers('"We know you are in there," the Courier reports police are saying.')).toEqual([null]);
  });
  it('"reports" before a quote is still a noun', () => {
    expect(speakers('The ministry denied reports that the army had "lost control of the border."')).toEqual([
      null,
    ]);
  });
});

describe('a role two people hold', () => {
  it('goes to the holder the last sentence is about', () => {
    expect(
      speakers(
        'The plan was created by President Ada Morrow to shield young migrants. President Vel Tanner, who has taken a hard line, announced last year that he will end it.',
        '"The plan is probably dead because the other side does not want it," the president wrote.',
      ),
    ).toEqual(['Vel Tanner']);
  });
  it('names nobody when the last holder named is an object, or shares the sentence', () => {
    expect(
      speakers(
        'President Vel Tanner met President Ada Morrow on Monday.',
        '"We agreed on nothing," the president said.',
      ),
    ).toEqual([null]);
    expect(
      speakers(
        'President Vel Tanner and President Ada Morrow spoke on Monday.',
        '"We agreed on nothing," the president said.',
      ),
    ).toEqual([null]);
  });
  it('names nobody when the holder was last named paragraphs back', () => {
    expect(
      speakers(
        'President Ada Morrow created the plan. President Vel Tanner ended it.',
        'Courts have blocked the move twice.',
        'Lawmakers are divided over what comes next.',
        '"We agreed on nothing," the president said.',
      ),
    ).toEqual([null]);
  });
});

describe('a name, then "of the" and a body in lower case', () => {
  it('the name is the subject, and "she added" follows it', () => {
    expect(
      speakers(
        '"He was held apart from other inmates," Joan Eller of the corrections department told reporters in a written statement.',
        '"A review of the incident is under way," she added.',
      ),
    ).toEqual(['Joan Eller', 'Joan Eller']);
  });
  it('names nobody when a preposition governs the name, or the name is one word', () => {
    expect(speakers('"It is closed," a spokesman for Joan Eller of the state prison service said.')).toEqual([
      null,
    ]);
    expect(speakers('"We were told nothing," Eller of the corrections department said.')).toEqual([null]);
  });
});

describe('a place and a party in apposition', () => {
  it('is nobody, so "she said" after it finds the speaker', () => {
    expect(
      speakers(
        'Many members walked out in protest, and House Minority Leader Mary Pell, Oregon Democrat, said the vote was a black eye for the majority.',
        '"Just when you think you have seen it all, they come up with this," she said. "It is shameful."',
      ),
    ).toEqual(['Mary Pell', 'Mary Pell']);
  });
  it('a pronoun of the other gender still names nobody', () => {
    expect(
      speakers(
        'House Minority Leader Mary Pell, Oregon Democrat, said the vote was a black eye for the majority.',
        '"It is shameful," he said.',
      ),
    ).toEqual([null]);
  });
});

describe('an age among the appositions before the verb', () => {
  it('"Name, 32, who …, said:" is the name', () => {
    expect(
      speakers(
        'Arno Belkin, 32, who was wiping blood from his face, said: "The train was leaving the station."',
      ),
    ).toEqual(['Arno Belkin']);
  });
  it("the person the age belongs to is not taken for the subject's apposition", () => {
    // The mother writes; her son is the apposition's object.
    expect(
      speakers(
        'Ilse Varga, the mother of Tomas Varga, 32, who was killed by police, wrote in an email that she wanted to "apologize for all the pain."',
      ),
    ).toEqual(['Ilse Varga']);
  });
});

describe('"X reports that" before a quote', () => {
  it("a correspondent's report, named or as a pronoun", () => {
    expect(
      speakers(
        'NPR\'s Ella Bard reports that police have sealed off the area. She reports that "everyone is in a state of shock."',
      ),
    ).toEqual(['Ella Bard']);
  });
  it('names nobody for a noun, or a label someone else gave', () => {
    expect(speakers('The ministry denied reports that the army had "lost control of the border."')).toEqual([
      null,
    ]);
    expect(
      speakers(
        'NPR\'s Ella Bard reports that the suspect has been described as "a recent convert to the cause."',
      ),
    ).toEqual([null]);
  });
  it('a time phrase or clause before the name does not make it governed', () => {
    expect(
      speakers(
        'Less than a week ago Varga said during a televised meeting that he wanted a "bill of love" on housing.',
      ),
    ).toEqual(['Varga']);
  });
  // Round 6 left this blank (never the paper); since round 14 the capitalised name before "from" is
  // the subject (tests/pipeline/speaker-audit-round14.test.ts), still never the paper after it.
  it('a name in a phrase a preposition governs is no subject', () => {
    expect(
      speakers(
        'The Harbour Tribune ran the story first. Correspondent Bram Ostel from the daily paper Harbour Tribune tweets that "a deal will be announced tonight."',
      ),
    ).toEqual(['Bram Ostel']);
  });
});
