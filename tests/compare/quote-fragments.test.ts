// Issue #10: the same statement quoted by several outlets is one group. Invented quotes, one case
// per kind of miss found on the tune half of the hand gold: a cut with elisions or brackets, a
// sentence another outlet transcribed with small edits, a quote whose rarest words are its own,
// an organisation credited by one outlet and its spokesperson by another; and the cases that must
// stay apart (the same speaker on the same subject, two sentences of one statement).
import { afterEach, describe, expect, it } from 'vitest';
import {
  FRAGMENT,
  groupQuotes,
  quoteItem,
  quoteSimilarity,
  sameStatement,
} from '../../src/pipeline/compare/quotes/index.ts';
import { isFragmentOf, isShortFragmentOf } from '../../src/pipeline/compare/quotes/fragments.ts';
import { article, quote } from '../fixtures/compare/articles.ts';

let next = 0;
const item = (text: string, speaker: string | null = 'Ines Moreau', kind?: 'person' | 'organisation') =>
  quoteItem(next++, 0, text, speaker, kind);

const SHIPPED = FRAGMENT.sentenceContainment;
afterEach(() => {
  FRAGMENT.sentenceContainment = SHIPPED;
});

const BRIDGE =
  'Our harbour has waited thirty years for this bridge, and the families who cross the water every morning deserve better than another study';

describe('fragments cut with elisions and brackets', () => {
  it('finds an elided cut in the full quote, piece by piece and in order', () => {
    const cut = item(
      'harbour has waited … families who cross the water … deserve better than another study',
      null,
    );
    expect(isFragmentOf(cut, item(BRIDGE))).toBe(true);
    expect(sameStatement(item(BRIDGE), cut)).toBe(true);
    // The same pieces out of order are not a cut of it.
    const shuffled = item('deserve better than another study … the harbour has waited thirty years', null);
    expect(isFragmentOf(shuffled, item(BRIDGE))).toBe(false);
  });

  it('reads "..." and "[…]" as elisions too, and labels the cut an excerpt', () => {
    const groups = groupQuotes([
      article({ id: 'a', quotes: [quote(BRIDGE, 'Ines Moreau')] }),
      article({
        id: 'b',
        quotes: [
          quote('Our harbour has waited thirty years [...] and the families ... deserve better', null),
        ],
      }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members.map((m) => m.relation)).toEqual(['verbatim', 'excerpt']);
  });

  it("takes an editor's bracketed words in the cut as standing for the speaker's", () => {
    const full = item(
      'As long as you are in the council, you will cut spending and reform the harbour tax every single year',
    );
    const cut = item('you will [rein in] spending and reform the harbour tax every single year', null);
    expect(isFragmentOf(cut, full)).toBe(true);
  });

  it('takes a closing bracket for a name the other outlet wrote out', () => {
    const full = item(
      'I have had this story for three years. I have had this interview with Marta Lindqvist',
    );
    expect(isFragmentOf(item('I have had this interview with Marta [Berg]', 'Moreau'), full)).toBe(true);
  });

  it("does not need the full quote's own bracketed insertion", () => {
    const full = item(
      'The toll money is used as a slush fund for the IRGC [Islamic Revolutionary Guard Corps] and its proxies abroad',
    );
    expect(isFragmentOf(item('used as a slush fund for the IRGC and its proxies abroad', null), full)).toBe(
      true,
    );
  });

  it('ignores capitals and punctuation', () => {
    const full = item('NEVER, EVER THREATEN OUR HARBOUR AGAIN OR YOU WILL SUFFER CONSEQUENCES', 'Karl Weber');
    expect(isFragmentOf(item('never ever threaten our harbour again', null), full)).toBe(true);
  });

  it('takes no evidence from pieces too short to say anything', () => {
    const full = item('We believe in the rule of law and we will defend it in every court of this country');
    expect(isFragmentOf(item('in the … of law … we will … of this', 'Karl Weber'), full)).toBe(false);
  });
});

describe('short fragments credited to the same speaker', () => {
  const full = item(
    'I want a fair crossing where every islander can defend their livelihood, and I know the board will listen',
  );

  it("groups a two-word phrase found word for word in the same speaker's longer quote", () => {
    expect(sameStatement(full, item('fair crossing.', 'Moreau'))).toBe(true);
  });

  it('not when another person is credited, nor with a single content word', () => {
    expect(sameStatement(full, item('fair crossing.', 'Karl Weber'))).toBe(false);
    expect(
      sameStatement(
        item('The levy is offensive, it is wrong, and the board knows it'),
        item("It's wrong.", 'Moreau'),
      ),
    ).toBe(false);
  });

  it('is a fragment only when the words are in a row', () => {
    expect(isShortFragmentOf(item('fair crossing', 'Moreau'), full)).toBe(true);
    expect(isShortFragmentOf(item('crossing fair', 'Moreau'), full)).toBe(false);
  });
});

describe('a same-speaker phrase of few content words (four words or more)', () => {
  const full = item('I know what people say about me. I am stubborn, but I am not a liar.');

  it("groups it inside the same speaker's longer quote, and a word-for-word reprint of it", () => {
    expect(sameStatement(full, item('I am not a liar.', 'Moreau'))).toBe(true);
    expect(
      sameStatement(
        item('No one should be above the law.'),
        item('no one should be above the law', 'Moreau'),
      ),
    ).toBe(true);
    const groups = groupQuotes([
      article({ id: 'a', quotes: [quote('I am not a liar.', 'Ines Moreau')] }),
      article({ id: 'b', quotes: [quote('I am not a liar', 'Moreau')] }),
    ]);
    expect(groups).toHaveLength(1);
  });

  it('not under four words, not for another or an unnamed speaker, and not out of order', () => {
    expect(sameStatement(full, item('not a liar', 'Moreau'))).toBe(false);
    expect(sameStatement(full, item('I am not a liar.', 'Karl Weber'))).toBe(false);
    expect(sameStatement(full, item('I am not a liar.', null))).toBe(false);
    expect(sameStatement(full, item('a liar I am not', 'Moreau'))).toBe(false);
  });

  it('is off at fewContentMinWords 99 (the measure before this rule)', () => {
    const shipped = FRAGMENT.fewContentMinWords;
    FRAGMENT.fewContentMinWords = 99;
    try {
      expect(sameStatement(full, item('I am not a liar.', 'Moreau'))).toBe(false);
    } finally {
      FRAGMENT.fewContentMinWords = shipped;
    }
  });
});

describe('one sentence of a statement, transcribed with small edits by another outlet', () => {
  const A =
    'We reopened the terminal on Monday. I think the ferries, they will sail again before the harvest festival in October.';
  const B =
    'I think the ferries will sail again before harvest festival in October. Tickets go on sale next week.';

  it('groups two cuts that share a sentence nearly character for character', () => {
    expect(sameStatement(item(A), item(B, 'Moreau'))).toBe(true);
    // Without the sentence measure the words alone do not reach the threshold.
    FRAGMENT.sentenceContainment = 1.01;
    expect(sameStatement(item(A), item(B, 'Moreau'))).toBe(false);
  });

  it('does not group a sentence with different words in the same frame', () => {
    expect(
      sameStatement(
        item(A),
        item('Our ferries will be sold before the harvest festival ends. Tickets go on sale next week.'),
      ),
    ).toBe(false);
  });

  it('does not count it when the outlets credit two different people', () => {
    expect(sameStatement(item(A, 'Ines Moreau'), item(B, 'Karl Weber'))).toBe(false);
  });
});

describe('blocking: the lookup keys are words another quote shares', () => {
  it("finds the longer quote through the shared sentence when the shorter quote's rarest words are its own", () => {
    const long =
      'You do start getting into some difficult line-drawing issues. If the ferry tolls are abolished, who pays for the night crossings?';
    const short =
      'I also believe that, when it comes to bridges, the upkeep burden is profound and the maintenance costs are profound. And you do start getting into some difficult line-drawing issues';
    const groups = groupQuotes([
      article({ id: 'a', quotes: [quote(long, 'Ines Moreau')] }),
      article({ id: 'b', quotes: [quote(short, 'Moreau')] }),
    ]);
    expect(groups).toHaveLength(1);
  });
});

describe('speakers: an organisation and its spokesperson', () => {
  const full = item(
    'The ferry levy, which charges islanders twice for every crossing, is clearly unlawful and will be repealed',
    'Raj Okafor',
  );
  const phrase = 'charges islanders twice';

  it('joins a short phrase credited to the organisation with the full quote of a person', () => {
    expect(sameStatement(full, item(phrase, 'Harbour Authority', 'organisation'))).toBe(true);
    expect(isShortFragmentOf(item(phrase, 'Harbour Authority', 'organisation'), full)).toBe(true);
  });

  it('not when two people are credited', () => {
    expect(sameStatement(full, item(phrase, 'Lena Ortiz'))).toBe(false);
  });

  it('judges anything looser than word for word as two different speakers', () => {
    // The same story's statements share its institutions' names: an organisation's statement and a
    // person's remark on the same subject must not meet at the unknown-speaker threshold.
    const reworded = 'this levy on the ferry is unlawful, clearly';
    expect(quoteSimilarity(full, item(reworded, 'Harbour Authority', 'organisation'))).toBeGreaterThan(0.6);
    expect(sameStatement(full, item(reworded, 'Harbour Authority', 'organisation'))).toBe(false);
  });
});

describe('kept apart', () => {
  it('does not group two remarks of the same speaker on the same subject', () => {
    expect(
      sameStatement(
        item(
          'That will be up to Admiral Moreau. Admiral Moreau respects Paul a lot and Admiral Moreau will make that call. I will not make that call',
          'Karl Weber',
        ),
        item('I will let Admiral Moreau make that decision', 'Weber'),
      ),
    ).toBe(false);
  });

  it("does not join two statements through a run of the story's names and titles", () => {
    // "the mayor of the Port of Lindholm" is five words with two content words, but names.
    const a = item(
      'I am about to meet a man who was just elected mayor of the Port of Lindholm, and he could be volatile',
      'Karl Weber',
    );
    const b = item(
      'A man who lies constantly about the harbour is not fit to be mayor of the Port of Lindholm',
      'Weber',
    );
    expect(sameStatement(a, b)).toBe(false);
  });

  it('does not group two different sentences of one statement (a known gap: the gold calls them one)', () => {
    // Outlets quoting a press statement sentence by sentence share no words between the sentences;
    // today they are two groups, each right at sentence level.
    const groups = groupQuotes([
      article({
        id: 'a',
        quotes: [
          quote('While the suit concerns our harbour, this could have happened to any port', 'Harbour Board'),
          quote(
            'Left unchallenged, the levy would chill every ferry operator in the region',
            'Harbour Board',
          ),
        ],
      }),
      article({
        id: 'b',
        quotes: [
          quote('While the suit concerns our harbour, this could have happened to any port', 'Harbour Board'),
          quote(
            'Left unchallenged, the levy would chill every ferry operator in the region',
            'Harbour Board',
          ),
        ],
      }),
    ]);
    expect(groups).toHaveLength(2);
  });
});

describe('a reprint joins its own words, not a longer quote that contains them', () => {
  it('puts an identical quote from another article with its twin', () => {
    const long =
      'Police operations continue in the harbour district tonight. Residents must shelter in place until further notice';
    const groups = groupQuotes([
      // The long statement and the phrase alone in one article (an article is no evidence for
      // itself, so they are two groups); another article prints the phrase alone.
      article({
        id: 'a',
        quotes: [
          quote(long, 'Harbour Police', { speakerKind: 'organisation' }),
          quote('shelter in place', null),
        ],
      }),
      article({ id: 'c', quotes: [quote('shelter in place', 'Ines Moreau')] }),
    ]);
    const twin = groups.find((g) => g.members.some((m) => m.article === 'c'))!;
    expect(twin.members.map((m) => [m.article, m.quote])).toEqual([
      ['a', 1],
      ['c', 0],
    ]);
  });
});
