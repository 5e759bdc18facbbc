// Speaker attribution, round 21 of issue #10: blanks a reader would credit, on sentences written for
// this test (no corpus text). Rules: quotes/body-officials.ts (an unnamed official of a named body),
// quotes/outlet-noun.ts (an outlet by its noun: "the paper reported" -> the one outlet in reach),
// quotes/clause-subject.ts (""…," the group tweeted, adding, "…"": the organisation goes on),
// quotes/sentence-tags.ts ("The network sought "…"": words woven into a sentence a body's noun opens),
// quotes/body-in-reach.ts ("the group said" -> the one organisation named in reach).
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
  it('"A senior X official told reporters …" then ""…," the official said" -> X (same body\'s official)', () => {
    expect(
      speakers(
        'A senior Harbor Authority official told reporters the pier would close.',
        '"We have no choice," the official said.',
      ),
    ).toEqual(['Harbor Authority']);
    expect(
      speakers(
        'A senior administration official told reporters the pier would close.',
        '"We have no choice," the official said.',
      ),
    ).toEqual([null]);
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
  it('"officials at the X said", "prosecutors with the X\'s Office wrote", "X executives said" -> X', () => {
    expect(speakers('Officials at the Harbor Authority said the plan was "dead on arrival."')).toEqual([
      'Harbor Authority',
    ]);
    expect(
      speakers('"The plan is dead," prosecutors with the Special Counsel\'s Office wrote in the filing.'),
    ).toEqual(["Special Counsel's Office"]);
    expect(speakers('"We are extremely disappointed," A&E executives said in a statement.')).toEqual(['A&E']);
    expect(
      speakers('"The plan is dead," prosecutors from the Harbor County District Attorney\'s Office said.'),
    ).toEqual(["Harbor County District Attorney's Office"]);
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
    expect(speakers('Officials in Texas said the plan was "dead on arrival."')).toEqual([null]);
    expect(speakers('Federal prosecutors said the plan was "dead on arrival."')).toEqual([null]);
  });
});

describe('an outlet named by a noun -> the one outlet in reach', () => {
  it('"…," the paper reported -> the newspaper the paragraph before called so', () => {
    expect(
      speakers(
        'Harbor Stripes, the military newspaper which first reported the flub, says the anchor was not there.',
        '"The anchor was nowhere near that aircraft," the paper reported.',
      ),
    ).toEqual(['Harbor Stripes']);
  });
  it('"X quotes … "…," the newspaper says" -> X (a newspaper word closes its name)', () => {
    expect(
      speakers(
        'The Harbor Ledger quotes a neighbour who said Voss was blocked by officials "who feared him," the newspaper says.',
      ),
    ).toEqual(['Harbor Ledger']);
  });
  it('"The newspaper reports: "…"" / "The paper said that "…"" after the outlet -> the outlet', () => {
    expect(
      speakers(
        'The Harbor Times interviewed him.',
        'The newspaper reports: "He was born in 1982 in a small town."',
      ),
    ).toEqual(['Harbor Times']);
    expect(
      speakers(
        'The Harbor Times interviewed him.',
        'The paper said that "he was born in 1982 in a small town."',
      ),
    ).toEqual(['Harbor Times']);
  });
  it('"The wire service adds that "…"" -> the wire agency just before', () => {
    expect(
      speakers(
        '"The mayor says the pier is closed," The Associated Press reports.',
        'The wire service adds that "the pier will stay closed until May."',
      ),
    ).toEqual(['Associated Press', 'Associated Press']);
  });
  it('"The Globe and Mail says he was "…"" -> the paper, never its last word as a person', () => {
    expect(speakers('The Globe and Mail says he was "a labourer and small-time criminal."')).toEqual([
      'Globe and Mail',
    ]);
  });
  it('"Reuters reported:" / "Reuters says X had a "…"" -> Reuters (a wire agency opening a sentence)', () => {
    expect(
      speakers('Reuters reported:', '"The senator has suggested that a special prosecutor is needed."'),
    ).toEqual(['Reuters']);
    expect(speakers('Reuters says the gunman\'s weapons included a "Skorpion military pistol."')).toEqual([
      'Reuters',
    ]);
  });
  it('a quote woven into the block a colon intro credits is not the outlet\'s ("… because "…"")', () => {
    expect(
      speakers(
        'Reuters reported:',
        '"[Hollis] has suggested that the leaks were calculated, which aides deny. "Pell cautioned that she was still pondering the "special counsel" idea for the inquiries because "A special prosecutor can take years. We need to act quickly." "She suggested she might propose new laws."',
      ),
    ).toEqual(['Reuters', null, null]);
  });
  it('near misses: two outlets in reach, none, a study paper, a person named Ledger stay blank', () => {
    expect(
      speakers(
        'The Harbor Times and the Valley Post both interviewed him.',
        '"He was born in 1982 in a small town," the paper reported.',
      ),
    ).toEqual([null]);
    expect(
      speakers('The mayor interviewed him.', '"He was born in 1982 in a small town," the paper reported.'),
    ).toEqual([null]);
    expect(
      speakers(
        'The finding appears in a paper in the Harbor Journal.',
        '"The effect was larger than expected," the paper said.',
      ),
    ).toEqual([null]);
    expect(
      speakers(
        'Actor Heath Ledger visited the town.',
        '"He was born in 1982 in a small town," the newspaper reported.',
      ),
    ).toEqual([null]);
  });
});

describe('an organisation that goes on speaking after its tag', () => {
  it('""…," the veterans group tweeted, adding, "…"" -> the group for both quotes', () => {
    expect(
      speakers(
        'Veterans Action Fund also expressed doubts about the pick.',
        '"We are concerned about his readiness," the veterans group tweeted, adding, "Now is not the time for training wheels."',
      ),
    ).toEqual(['Veterans Action Fund', 'Veterans Action Fund']);
    expect(
      speakers(
        '"We are concerned about his readiness," Tunewave said, adding, "Now is not the time to wait."',
      ),
    ).toEqual(['Tunewave', 'Tunewave']);
  });
  it('near misses: a tag that names nobody, a participle that cites someone else', () => {
    expect(
      speakers(
        '"We are concerned about his readiness," the group tweeted, adding, "Now is not the time to wait."',
      ),
    ).toEqual([null, null]);
    expect(
      speakers(
        '"We are concerned about his readiness," Tunewave said, citing a report that called the plan "a reckless gamble."',
      ),
    ).toEqual(['Tunewave', null]);
  });
});

describe("words woven into a sentence an organisation's noun opens", () => {
  it('"The network sought "…"" after the body named one network -> that network', () => {
    expect(
      speakers(
        'Harbor News filed a lawsuit on Tuesday, the cable news network announced.',
        'The network sought "an immediate restraining order" against the mayor.',
      ),
    ).toEqual(['Harbor News']);
  });
  it('near misses: no network named, a possessor or a reported clause in between stay blank', () => {
    expect(speakers('The network sought "an immediate restraining order" against the mayor.')).toEqual([
      null,
    ]);
    expect(
      speakers(
        'Harbor News filed a lawsuit on Tuesday, the cable news network announced.',
        'The network rejected the mayor\'s "reckless and baseless" claims.',
      ),
    ).toEqual([null]);
    expect(
      speakers(
        'Harbor News filed a lawsuit on Tuesday, the cable news network announced.',
        'The network disputed claims that the mayor had "never been asked to comment."',
      ),
    ).toEqual([null]);
  });
});

describe('"the group said" / "the studio said" -> the one organisation in reach', () => {
  it('"X Center, which …, said …" then ""…," the group said" -> the center', () => {
    expect(
      speakers(
        'The Harbor Law Center, which tracks hate groups, said the attack showed the danger.',
        '"The threat is very real," the group said in a statement.',
      ),
    ).toEqual(['Harbor Law Center']);
  });
  it('"X Television, which produces the show, declined comment" then "the studio said:" -> X Television', () => {
    expect(
      speakers(
        'Harbor Fox Television, which produces the show, declined comment on Wednesday.',
        'Earlier in the day, the studio said: "He is not being written out of the show."',
      ),
    ).toEqual(['Harbor Fox Television']);
  });
  it('"The anti-secrecy group, which …, says that "…"" -> the organisation that spoke just before', () => {
    expect(
      speakers(
        '"We have won the battle," Leakwatch Foundation says.',
        'The anti-secrecy group, which has been in contact with him, says that the man "has now left the airport."',
      ),
    ).toEqual(['Leakwatch Foundation', 'Leakwatch Foundation']);
  });
  it('near misses: two organisations, a department, nothing named, a studio by no name stay blank', () => {
    expect(
      speakers(
        'The Harbor Law Center and the Valley Policy Institute both criticised the plan.',
        '"The threat is very real," the group said in a statement.',
      ),
    ).toEqual([null]);
    expect(
      speakers(
        'The Justice Department opened an inquiry on Monday.',
        '"The threat is very real," the group said in a statement.',
      ),
    ).toEqual([null]);
    expect(speakers('"The threat is very real," the group said in a statement.')).toEqual([null]);
    expect(
      speakers(
        'The Harbor Law Center declined comment on Wednesday.',
        'Earlier in the day, the studio said: "He is not being written out of the show."',
      ),
    ).toEqual([null]);
  });
});

describe('a judge who "ruled that"', () => {
  it('"Judge X ruled … that Y had "…"" -> the judge (lib/lexicon/speech-verbs: "ruled")', () => {
    expect(
      speakers(
        'U.S. District Judge Nora Pell in Boston ruled this month that the agency had "erred in concluding that the plan is unlawful."',
      ),
    ).toEqual(['Nora Pell']);
  });
  it('near miss: a passive "was ruled" names nobody', () => {
    expect(speakers('The death was ruled "a homicide by strangulation" on Monday.')).toEqual([null]);
  });
});
