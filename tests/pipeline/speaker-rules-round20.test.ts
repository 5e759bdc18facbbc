// Speaker attribution, round 20 of issue #10: the rules written from the round's audit of wrong
// names (bench/gold/speaker-audit/round20.json), each on sentences written for this test (no
// corpus text), with a near miss that must keep its speaker.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/pipeline/extract/quotes.ts';

const context = { headline: '', standfirst: null, captions: [] };
/** The speaker of each quote (scare quotes left out) of the paragraphs, in order. */
const speakers = (...paragraphs: string[]): (string | null)[] =>
  extractQuotes(paragraphs, context)
    .filter((q) => !q.scare)
    .map((q) => q.speaker);

describe('a he/she never named by position alone (people/pronoun-rivals.ts)', () => {
  const paper = [
    'Officials turned away a student last week after he was questioned, according to the Harvard Crimson.',
    'The student said in a statement obtained by the Crimson that he was held for hours.',
  ];
  it('a name the body only writes after "the" ("the Harvard Crimson") is no "he"', () => {
    expect(
      speakers(
        ...paper,
        'After five hours, he said, an officer “started shouting at me,” according to the Crimson.',
      ),
    ).toEqual([null]);
  });
  it('near miss: a person named before still is ("Tom Hollis … he said")', () => {
    expect(
      speakers('Tom Hollis was questioned for hours.', '“They started shouting at me,” he said.'),
    ).toEqual(['Tom Hollis']);
  });
  it('the nearer speaker and the nearer subject compete: nobody', () => {
    expect(
      speakers(
        'President Donald Trump said he would sign the order this week.',
        'Omar Haddad, director of a rights project, said Tuesday the law is very clear.',
        '“If you are born here, you are a citizen,” he said.',
        'Haddad said the president has a duty to obey the law. Trump can try to get Congress to change it, “but I do not think they are anywhere close to that.”',
        '“Obviously, even if he did, it would be challenged in court,” he added.',
      ),
    ).toEqual(['Omar Haddad', null, null]);
  });
  it('the name opening a clause a "he" reports is not the next "he" ("He said Shirazi had …")', () => {
    expect(
      speakers(
        'Pompeo criticised the leaders. He said Nasser Shirazi, the grand ayatollah, had made money for himself.',
        '“The level of corruption is high,” he said.',
      ),
    ).toEqual([null]);
  });
  it('someone unnamed by a post spoke in between ("…," the former senior JAG says): nobody', () => {
    expect(
      speakers(
        'Bowe Bergdahl was held for five years, and his case is now with the Army.',
        'The Army could refuse Bergdahl’s request, but that is “not likely at all to happen,” the former senior JAG says.',
        '“I would be very surprised if they did that,” he says.',
      ),
    ).toEqual([null, null]);
  });
});

describe('tags that name the wrong one', () => {
  it('a verb in an opening subordinate clause tags nothing ("Although he has denied …, X charged that "…"")', () => {
    expect(
      speakers(
        'Tom Hollis has denied the claim for weeks. Although he has denied ever saying it, Whitcombe charged that the remark was “part of a long pattern” for him.',
      ),
    ).toEqual([null]);
  });
  it('a colon intro whose subject opens a subordinate clause names nobody ("When X pressed Y …, the nominee shot back:")', () => {
    expect(
      speakers(
        'Brett Kavanaugh testified for hours.',
        'When Sen. Dana Whitcombe pressed Kavanaugh about his calendar, the nominee shot back: “I kept it carefully.”',
      ),
    ).toEqual([null]);
  });
  it('near miss: "As Whitcombe said last week, "…"" is a tag', () => {
    expect(
      speakers('Dana Whitcombe spoke first. As Whitcombe said last week, “the plan will work.”'),
    ).toEqual(['Dana Whitcombe']);
  });
  it('a relaying tag yields to the speech verb before the quote ("Hollis says … "…," Priya adds.")', () => {
    expect(
      speakers(
        'Staff were rescued, spokesman Tom Hollis says, according to our reporter Priya Lindqvist. Hollis says there have been “no injuries among the staff,” Priya adds.',
      ),
    ).toEqual(['Tom Hollis']);
  });
  it('a quote that runs on into its sentence: ", said X" after it is X ("…behind" Y, said X)', () => {
    expect(
      speakers(
        'A rally will be held on Sunday “celebrating the values behind” the Harbour Ledger, said Mayor Dana Whitcombe.',
      ),
    ).toEqual(['Dana Whitcombe']);
  });
  it('near miss: ""…," X, a lawyer, told the Ledger" stays X', () => {
    expect(
      speakers('“We will appeal,” Tom Hollis, a lawyer for the family, told the Harbour Ledger.'),
    ).toEqual(['Tom Hollis']);
  });
});

describe('a subhead in quotation marks (quotes/drafts.ts)', () => {
  it('a bare short quote paragraph with no stop of its own takes no speaker from the paragraph before', () => {
    expect(speakers('“I could see people fleeing,” Tom Hollis said.', '‘We remain united’')).toEqual([
      'Tom Hollis',
      null,
    ]);
  });
  it('near miss: a bare quote paragraph that ends in a stop goes on with the speaker before', () => {
    expect(speakers('“I could see people fleeing,” Tom Hollis said.', '“We ran for the doors.”')).toEqual([
      'Tom Hollis',
      'Tom Hollis',
    ]);
  });
});

describe('names that are no speaker', () => {
  it('"The Globe and Mail says" is the paper (round 21), never a person "Mail"; "Marks and Spencer said" nobody', () => {
    expect(speakers('The Globe and Mail says he was “a labourer and small-time criminal.”')).toEqual([
      'Globe and Mail',
    ]);
    expect(speakers('Marks and Spencer said the sale was “going well for all of us.”')).toEqual([null]);
  });
  it('"…," the former senior JAG says names no organisation "JAG"; "…," the FBI said does', () => {
    expect(
      speakers('“It is a win for everyone,” the former senior JAG says.', '“It is done,” the FBI said.'),
    ).toEqual([null, 'FBI']);
  });
  it('capitals page debris before a lone word names nobody ("JUST WATCHED Killed cartoon editor: …")', () => {
    expect(
      speakers(
        'Gunmen killed twelve people, and witnesses just watched.',
        'JUST WATCHED Killed cartoon editor in 2012: ‘Disarm them with humor’ Replay More Videos',
      ),
    ).toEqual([null]);
  });
  it('a clause ending in a colon whose first lower-case word heads a body names nobody ("Boston police follow up …:")', () => {
    expect(
      speakers(
        'The Boston Globe reported the arrest.',
        'Boston police follow up with this message: “Vehicle found unoccupied. Car being processed.”',
      ),
    ).toEqual([null]);
  });
  it('a lone word the body writes in lower case is no speaker ("The 14th Amendment says" beside "an amendment")', () => {
    expect(
      speakers(
        'Only an amendment to the Constitution could change that.',
        'The 14th Amendment says, “All persons born here are citizens.”',
      ),
    ).toEqual([null]);
  });
  it('a place the body names on its own is no first name ("the city of Boston says" beside "Boston Globe")', () => {
    const said = speakers(
      'The Boston Globe said the streets were “empty and quiet.”',
      'Schools across the city of Boston are closed.',
      '“Please go home,” the city of Boston says on its official page.',
    );
    expect(said[1]).not.toBe('Boston Globe');
  });
});
