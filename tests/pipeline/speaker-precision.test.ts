// Speaker attribution, precision first: invented sentences (no corpus text) for the structures
// where a name stands near a quote without being its speaker, and for the general ones real
// articles have (interview lines, next-paragraph tags, "told CNN", tweets, statements).
// A wrong name is worse than none: where the text does not say who spoke, the speaker is null.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context).map((q) => q.speaker);

describe('names next to a quote that are not its speaker', () => {
  it('a name after a preposition is not a subject', () => {
    expect(speakers('Banners on the Marlow Bridge said "We stand together" on Friday.')).toEqual([null]);
  });
  it('a relative clause inside the subject: the name in it did not speak', () => {
    expect(
      speakers(
        'Sen. Ada Brennick spoke first. Sen. Tom Hollis, who, like Brennick, is retiring, told reporters that it "would be a mistake to wait."',
      ),
    ).toEqual(['Tom Hollis']);
  });
  it('a name inside a nested apposition is not the speaker', () => {
    expect(
      speakers(
        'Nora Felling, whose mother, the Rev. Alma Felling, founded the paper, said the column was "a betrayal of its readers."',
      ),
    ).not.toContain('Alma Felling');
  });
  it('the object of a verb is not its subject', () => {
    expect(
      speakers('The senator slammed the plan and accused Dorian Pratt of lacking "any grasp of the budget."'),
    ).toEqual([null]);
  });
  it('a capitalised participle opening the sentence is no name', () => {
    expect(
      speakers(
        'Lena Ostrova won the seat. Recalling that night on Tuesday, Ostrova laughed and added, "I am still tired."',
      ),
    ).toEqual(['Lena Ostrova']);
  });
  it('"As X explained" names X, not "As X"', () => {
    expect(speakers('As Tobias Grell explained in his column, "The numbers do not add up."')).toEqual([
      'Tobias Grell',
    ]);
  });
  it('a sentence-opening imperative is not a first name', () => {
    expect(
      speakers(
        'Take Priya Lindqvist of Oakdale. She told us she voted early because the line "was short." It did not take long.',
        '"I will vote again," Lindqvist said.',
      ),
    ).toEqual(['Priya Lindqvist', 'Priya Lindqvist']);
  });
  it('a role word opening the sentence is a title', () => {
    expect(speakers('Journalist Ravi Anand wrote on Monday, "The source has been found."')).toEqual([
      'Ravi Anand',
    ]);
  });
  it('an anonymous official is nobody by name', () => {
    expect(speakers('"We expect talks to resume," said a European official.')).toEqual([null]);
    expect(speakers('"The deadline stands," a US official said.')).toEqual([null]);
  });
  it('a possessor before a colon is not a speaker', () => {
    expect(
      speakers('To many readers, Marston\'s right to speak has not been harmed: "He can say what he likes."'),
    ).toEqual([null]);
  });
  it('a word in capitals the body writes in lower case is no organisation', () => {
    expect(
      speakers('Rep. Ann Vole MORE (D-Calif.) said she was "very clear" on the wall. She said nothing more.'),
    ).toEqual([null]);
  });
});

describe('pronouns', () => {
  it('"he"/"she" goes to the subject of the speech verb, not to an earlier subject of its sentence', () => {
    expect(
      speakers(
        '"It is bigger than this," said Holly Marsh, a volunteer.',
        'President Trump and Republicans in Congress need to take notice, Marsh said, hoping for a wave.',
        '"People are fed up," she said.',
      ),
    ).toEqual(['Holly Marsh', 'Holly Marsh']);
  });
});

describe('tags with other verbs, and general forms', () => {
  it('a name and any verb closing the sentence after a quote are its tag', () => {
    expect(
      speakers('"Show me the proof," Dana Tapper wrote.', '"It is a pizzeria," Tapper shot back.'),
    ).toEqual(['Dana Tapper', 'Dana Tapper']);
    expect(
      speakers(
        '"Show me the proof," Dana Tapper wrote.',
        '"I want it to be false," Mike Lynn Jr. responded.',
      ),
    ).toEqual(['Dana Tapper', 'Mike Lynn Jr']);
  });
  it('a tag naming someone unknown stops the carry-over from the previous paragraph', () => {
    expect(
      speakers('"Show me the proof," Dana Tapper wrote.', '"The deal is done," the Kremlin smiled.'),
    ).toEqual(['Dana Tapper', null]);
  });
  it('the outlet told is the audience, not the speaker', () => {
    expect(speakers('Sen. Ivo Kask told CNN on Sunday that the bill was "dead on arrival."')).toEqual([
      'Ivo Kask',
    ]);
    expect(speakers('"We are reviewing the ruling," Delta Freight said in a statement to Reuters.')).toEqual([
      'Delta Freight',
    ]);
  });
  it('reported speech inside reported speech goes to the one quoted', () => {
    expect(speakers('Mara Quill said Tom Brandt told her "the vote is rigged."')).toEqual(['Tom Brandt']);
  });
  it('an attorney for a company is the attorney; documents and joint statements', () => {
    expect(speakers('Walt Deyo, a lawyer for Acme Mills, said the suit was "baseless."')).toEqual([
      'Walt Deyo',
    ]);
    expect(speakers('"Sales fell," according to the indictment.')).toEqual(['the indictment']);
    expect(speakers('Ruth Alder and Tom Bexley said in a joint statement, "We will appeal."')).toEqual([
      'Ruth Alder and Tom Bexley',
    ]);
  });
  it('an interview without names in the text credits nobody', () => {
    expect(speakers('Q: "Did you meet him?" A: "Never."')).toEqual([null, null]);
  });
});

describe('recall without guessing', () => {
  it('a surname that is also a title word is the person named with it', () => {
    expect(
      speakers(
        'Lobbyist Ray Dorn is slamming Rep. Peter King over the pledge.',
        '"A pledge is for that Congress," King said.',
      ),
    ).toEqual(['Peter King']);
    expect(speakers('"The pledge stands," the King said.')).toEqual([null]);
  });
  it('a sentence opened by the verb: "Continued X:"', () => {
    expect(speakers('Attorney Abbe Lowell spoke first.', 'Continued Lowell: "He has done more."')).toEqual([
      'Lowell',
    ]);
  });
  it('a plural possessive apposition ("Abrams\u2019 campaign manager")', () => {
    expect(
      speakers('Lauren Groh-Wargo, Abrams\u2019 campaign manager, called the rulings \u201ca win.\u201d'),
    ).toEqual(['Lauren Groh-Wargo']);
  });
  it('"did say" and "wondered" are speech', () => {
    expect(
      speakers('Sen. Ed Kern spoke last. Kern did say that critics are "wrong about the bill."'),
    ).toEqual(['Ed Kern']);
    expect(speakers('"Is that so?" Kennedy wondered at one point.')).toEqual(['Kennedy']);
  });
});

describe('organisations, party labels and weak antecedents', () => {
  it('"X of the Federation of …" is X, not the organisation', () => {
    expect(
      speakers('"We need help," Jennifer Jones Austin of the Federation of Welfare Agencies said.'),
    ).toEqual(['Jennifer Jones Austin']);
  });
  it('"It said" after a document is not an organisation called "It"', () => {
    expect(speakers('The memo came out on Friday. It said the deal was "a trap" for the city.')).toEqual([
      null,
    ]);
  });
  it('a party label is an apposition, and no speaker of its own', () => {
    expect(
      speakers('Sen. Lindsey Graham, South Carolina Republican, said "he was fine" on the call.'),
    ).toEqual(['Lindsey Graham']);
    expect(speakers('"It is bad," the Louisiana Republican said.')).toEqual([null]);
  });
  it('a pronoun does not reach back to a person of unknown gender past someone else speaking', () => {
    expect(
      speakers(
        'The march moved Lyndon Bart Johnson to attend.',
        'It remains a work in progress, McRae said, which makes the event important.',
        '"We came back," she said.',
      ),
    ).toEqual([null]);
  });
});

describe('names as the article gives them', () => {
  it('"New York" is no person for a later "she"', () => {
    expect(
      speakers(
        'Mrs. Clinton said she was "grossly generalistic" when she spoke at a fundraiser in New York, citing many.',
        '"I regret saying half," she said.',
      ),
    ).toEqual(['Clinton', 'Clinton']);
  });
  it('a first name is no title: "Ann Claire Williams", "Amy Berman Jackson"', () => {
    expect(speakers('Judge Ann Claire Williams wrote on Tuesday: "The policy is unlawful."')).toEqual([
      'Ann Claire Williams',
    ]);
    expect(
      speakers(
        'Judge Amy Berman Jackson ruled on Friday.',
        'Berman Jackson said the plan was "not acceptable" to her.',
        '"I thought about this long," she said.',
      ),
    ).toEqual(['Amy Berman Jackson', 'Amy Berman Jackson']);
  });
  it('the name after an office: "Secretary of State John Merrill"', () => {
    expect(
      speakers('Alabama Secretary of State John Merrill told reporters the panel could vote to "expel him."'),
    ).toEqual(['John Merrill']);
  });
  it('a capitalised modifier of a common noun is not the speaker', () => {
    expect(speakers('"He is unqualified," the Maryland representative said in a statement.')).toEqual([null]);
    expect(
      speakers(
        'Locals are hopeful. The Israeli army announced it had withdrawn, with the military tweeting "Mission accomplished."',
      ),
    ).toEqual([null]);
    expect(speakers('"No," a Tunewave representative said.')).toEqual(['Tunewave']);
  });
  it('a capitalised preposition opening the sentence is not a subject', () => {
    expect(speakers('Via the scanners and local radio: "A second device was found."')).toEqual([null]);
    expect(speakers('As NRO reported: "They fled."')).toEqual(['NRO']);
  });
});

describe('carry-over', () => {
  it('a new paragraph where someone else is the subject does not inherit the previous speaker', () => {
    expect(
      speakers(
        '"Not all of them are donors," Ms. Kay Conroy tweeted to spokesman Nick Merrow.',
        '"Apologize now." Mr. Merrow wrote on Twitter that the remark stood.',
      ),
    ).toEqual(['Kay Conroy', null]);
  });
  it('a new paragraph of quotes only goes on with the previous speaker', () => {
    expect(speakers('"We will appeal," Ms. Kay Conroy said.', '"And we will win."')).toEqual([
      'Kay Conroy',
      'Kay Conroy',
    ]);
  });
});

describe('participles', () => {
  it("a participle hanging on a common noun is not the sentence subject's speech", () => {
    expect(speakers('Ivo Rand spoke at the rally. Some held signs saying, "We are not afraid."')).toEqual([
      null,
    ]);
    expect(
      speakers(
        'Judge Vera Alsop said the plaintiffs would win. She cited the lawsuit claiming the decision was "arbitrary."',
      ),
    ).toEqual([null]);
    expect(
      speakers('The Daily Ledger reported tweets from witnesses, with one writing: "We heard shots."'),
    ).toEqual([null]);
  });
  it("but the sentence's own tag still counts past such a participle", () => {
    expect(
      speakers('Gov. Tom Avery said users should not be jailed when people writing the laws "did the same."'),
    ).toEqual(['Tom Avery']);
    expect(speakers('"Crime fell," Mr. Ben Lott is heard saying. "We did that."')).toEqual([
      'Ben Lott',
      'Ben Lott',
    ]);
  });
  it('"quoted X as saying" is X', () => {
    expect(
      speakers('The Ledger quoted Ed Varga as describing the trial as "a little piece of hell."'),
    ).toEqual(['Ed Varga']);
  });
  it('a possessor before a role is a determiner: the role makes the apposition a person', () => {
    expect(
      speakers(
        'Germany\'s foreign minister, Sigmar Gabriel, laced his welcome with a warning, saying: "Do not wait."',
      ),
    ).toEqual(['Sigmar Gabriel']);
  });
});

describe('more tag forms', () => {
  it('a dash credit with a role, and one naming a paper, which credits nobody', () => {
    expect(speakers('"We will win." \u2014 Alabama Senate candidate Roy Moore')).toEqual(['Roy Moore']);
    expect(
      speakers(
        '"Look at him," Ana Litvin said.',
        '"Putin probably approved it." \u2014 Judge Robert Owen\u2019s report',
      ),
    ).toEqual(['Ana Litvin', null]);
  });
  it('a dash and a name after a quote', () => {
    expect(
      speakers('The office said he died after a fall.', '"He was a great man." \u2014 Rupert Murdoch'),
    ).toEqual(['Rupert Murdoch']);
  });
  it('a state abbreviation closing a place is not the subject; nor is the subject of the reported clause', () => {
    expect(
      speakers(
        'Omar Mateen was beaten.',
        'A former officer who worked with Mateen in Port St. Lucie, Fla., said Mateen was "very angry."',
      ),
    ).toEqual([null]);
  });
  it('appositions in a row: the name before all of them', () => {
    expect(
      speakers(
        'Lachlan Murdoch, executive chairman for 21st Century Fox, the parent company of Fox News, called Ailes a "great patriot."',
      ),
    ).toEqual(['Lachlan Murdoch']);
    expect(speakers('In a statement, Lena Holt, a lawyer, said the suit was "baseless."')).toEqual([
      'Lena Holt',
    ]);
  });
});

describe('clauses after a quote and owners of statements', () => {
  it('a clause opened by "though"/"while" after a quote is no tag', () => {
    expect(
      speakers(
        'The Law Center said the comment showed "a lack of care" for the victims, though the White House insisted it was not meant so.',
      ),
    ).toEqual(['Law Center']);
    expect(
      speakers(
        'Sen. Ed Kern said he would ask that "the vote wait," while Gov. Ann Ruhl called the move "reckless."',
      ),
    ).toEqual(['Ed Kern', 'Ann Ruhl']);
  });
  it('"X\u2019s 2012 statement that" is X; "said in a statement that" is the subject; a tweet after a statement is the tweeter\u2019s', () => {
    expect(
      speakers(
        'Mitt Romney spoke. It was likened to Mitt Romney\u2019s 2012 statement that "47 percent" pay no tax.',
      ),
    ).toEqual(['Mitt Romney']);
    expect(speakers('Sen. Ann Ruhl said in a statement that it was "unlawful."')).toEqual(['Ann Ruhl']);
    expect(
      speakers(
        'President Donald Trump spoke first.',
        'Trump tweeted after Pelosi\u2019s statement that "the Democrats" were wrong.',
      ),
    ).toEqual(['Donald Trump']);
  });
  it('an office word before a first name is a title; a plain first name is not', () => {
    expect(speakers('"He is venting," said Aaron David Miller, a former negotiator.')).toEqual([
      'Aaron David Miller',
    ]);
    expect(speakers('"Safety first," President-elect Donald Trump said.')).toEqual(['Donald Trump']);
  });
  it('a party label with a relative clause is an apposition', () => {
    expect(
      speakers(
        'House Majority Whip James Clyburn, South Carolina Democrat who is a veteran, said the president "has been loose."',
      ),
    ).toEqual(['James Clyburn']);
  });
});

describe('relatives, channels and possessive names', () => {
  it('"X, who said that" is X, also after a preposition', () => {
    expect(
      speakers(
        'Trump was responding to Iranian President Hassan Rouhani, who said earlier that "peace is the mother of all peace."',
      ),
    ).toEqual(['Hassan Rouhani']);
  });
  it('"according to comments carried by" a channel leaves the tag before the quote', () => {
    expect(
      speakers(
        'Ayatollah Amoli Larijani, the judiciary chief, said the U.S. would "regret it," according to comments carried by IRNA.',
      ),
    ).toEqual(['Amoli Larijani']);
  });
  it('a plural possessive inside an organisation name', () => {
    expect(speakers('The White House Correspondents\' Association said it "strongly supports CNN."')).toEqual(
      ["White House Correspondents' Association"],
    );
  });
  it('"sang" is speech; a tweeted question is no question put to someone', () => {
    expect(speakers('"He is a clown," Ms. Barbra Streisand sang.')).toEqual(['Barbra Streisand']);
    expect(
      speakers(
        '"What is wrong with you?" Rep. Bobby Rush, Illinois Democrat, tweeted.',
        '"This is a lynching."',
      ),
    ).toEqual(['Bobby Rush', 'Bobby Rush']);
  });
});

describe('titles of saints and anonymous insiders', () => {
  it('"St." is a title, not part of the name', () => {
    expect(
      speakers('Pope Francis took his name from St. Francis of Assisi.', '"I am a sinner," Francis said.'),
    ).toEqual(['Francis']);
  });
  it('"one Trenton insider" is nobody by name', () => {
    expect(speakers('"This is a huge deal," said one Trenton insider.')).toEqual([null]);
  });
});
