// Issue #10, round 5: a cut of two or three words ("This is reckless.") joins the one statement
// group whose same-speaker quote from another outlet has it at a sentence's start or end
// (compare/quotes/clauses.ts). Invented quotes: the join, each case that must stay apart, and the
// other-outlet stand-ins that let a cut of the reference's own article meet another outlet's version.
import { afterEach, describe, expect, it } from 'vitest';
import { QUOTE_MATCH, groupQuotes, quoteItem } from '../../src/pipeline/compare/quotes/index.ts';
import { CLAUSE, isClauseOf, isShortCut } from '../../src/pipeline/compare/quotes/clauses.ts';
import type { Article } from '../../src/lib/model.ts';
import { article, quote } from '../fixtures/compare/articles.ts';

const SHIPPED = { ...CLAUSE };
const STAND_INS = QUOTE_MATCH.ownStandIns;
afterEach(() => {
  Object.assign(CLAUSE, SHIPPED);
  QUOTE_MATCH.ownStandIns = STAND_INS;
});

/** One outlet's article: each quote [text, speaker] in a paragraph of its own. */
function outlet(id: string, quotes: Array<[string, string | null]>): Article {
  return article({
    id,
    paragraphs: quotes.map(([text]) => `“${text},” the councillor said.`),
    quotes: quotes.map(([text, speaker], p) =>
      quote(text, speaker, { paragraph: p, start: 1, end: 1 + text.length }),
    ),
  });
}

const HOST = 'The council will vote on the harbour plan next week. Frankly, this is reckless.';
const CUT = 'This is reckless.';

/** The group ids of article `id`'s quotes, in order. */
function groupsOf(articles: Article[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of groupQuotes(articles))
    for (const m of group.members) out.set(`${m.article}#${m.quote}`, group.id);
  return out;
}

const together = (articles: Article[], a: string, b: string) => {
  const groups = groupsOf(articles);
  return groups.get(a) === groups.get(b);
};

describe('a short cut joins the one statement it is a clause of', () => {
  it('joins a same-speaker quote of another outlet that ends (or opens) a sentence with its words', () => {
    const articles = [outlet('a', [[HOST, 'Mara Quint']]), outlet('b', [[CUT, 'Quint']])];
    expect(together(articles, 'a#0', 'b#0')).toBe(true);
    // The cut opening a sentence joins too ("So some day" / "So some day, if…").
    const opening = [
      outlet('a', [['Reckless, that is what this plan is, and the council knows it', 'Mara Quint']]),
      outlet('b', [['Reckless, that is', 'Mara Quint']]),
    ];
    expect(together(opening, 'a#0', 'b#0')).toBe(true);
  });

  it('reads the cut and its host as the rule does', () => {
    const host = quoteItem(0, 0, HOST, 'Mara Quint');
    const cut = quoteItem(1, 0, CUT, 'Quint');
    expect(isShortCut(cut)).toBe(true);
    expect(isClauseOf(cut.folded, host)).toBe(true);
    // Inside a sentence, between commas: a clause but not a sentence's start or end.
    const inside = quoteItem(0, 1, 'Frankly, this is reckless, and the city knows it.', 'Mara Quint');
    expect(isClauseOf(cut.folded, inside)).toBe(false);
    CLAUSE.boundary = 'clause';
    expect(isClauseOf(cut.folded, inside)).toBe(true);
    // A quote that fragments.ts scores (four words or more, or two content words) is not a short cut.
    expect(isShortCut(quoteItem(1, 1, 'This plan is reckless.', 'Quint'))).toBe(false);
    expect(isShortCut(quoteItem(1, 2, 'Reckless harbour plan', 'Quint'))).toBe(false);
  });

  it('stays apart in two groups or none, without a speaker, with another speaker or its own article only', () => {
    const other = 'The bus depot is a separate question. This is reckless.';
    const two = [
      outlet('a', [[HOST, 'Mara Quint']]),
      outlet('c', [[other, 'Mara Quint']]),
      outlet('b', [[CUT, 'Quint']]),
    ];
    expect(together(two, 'a#0', 'b#0') || together(two, 'c#0', 'b#0')).toBe(false);
    expect(together([outlet('a', [[HOST, 'Mara Quint']]), outlet('b', [[CUT, null]])], 'a#0', 'b#0')).toBe(
      false,
    );
    expect(
      together([outlet('a', [[HOST, 'Mara Quint']]), outlet('b', [[CUT, 'Ravi Ode']])], 'a#0', 'b#0'),
    ).toBe(false);
    const own = [
      outlet('a', [['The ferry timetable changes in the spring', 'Mara Quint']]),
      outlet('b', [
        [HOST, 'Mara Quint'],
        [CUT, 'Quint'],
      ]),
    ];
    expect(together(own, 'b#0', 'b#1')).toBe(false);
  });

  it('leaves out a cut of only common words ("as you know") and a cut inside a sentence', () => {
    const filler = [
      outlet('a', [['As you know, the council will vote on the harbour plan next week', 'Mara Quint']]),
      outlet('b', [['as you know', 'Mara Quint']]),
    ];
    expect(together(filler, 'a#0', 'b#0')).toBe(false);
    const inside = [
      outlet('a', [['Frankly, this is reckless, and the whole city knows it by now', 'Mara Quint']]),
      outlet('b', [[CUT, 'Mara Quint']]),
    ];
    expect(together(inside, 'a#0', 'b#0')).toBe(false);
  });

  it('measures: with the rule off, the cut stays alone', () => {
    CLAUSE.on = false;
    expect(together([outlet('a', [[HOST, 'Mara Quint']]), outlet('b', [[CUT, 'Quint']])], 'a#0', 'b#0')).toBe(
      false,
    );
  });
});

describe("another outlet's version stands in for the reference's own article", () => {
  // Outlet a prints the whole passage and, later, its last sentence again; outlet b prints the two
  // sentences apart, the first in its own words. a's repeat may not be compared with a's own passage
  // (an article is no evidence for itself), b's first sentence is an exemplar that shares too little
  // with the repeat, and b's last sentence is no exemplar (its words are all the passage's).
  const PASSAGE =
    'Last winter one fisherman told us that nobody was coming to help the harbour. Well, today the country is coming to help';
  const articles = [
    outlet('a', [
      [PASSAGE, 'Mara Quint'],
      ['the country is coming to help', 'Mara Quint'],
    ]),
    outlet('b', [
      ['Last winter a fisherman said to us that nobody was coming to help the harbour', 'Mara Quint'],
      ['Well, today the country is coming to help.', 'Mara Quint'],
    ]),
  ];

  it("joins a's repeat through b's version", () => {
    expect(together(articles, 'a#1', 'b#1')).toBe(true);
    expect(together(articles, 'a#0', 'a#1')).toBe(true);
  });

  it('measures: without stand-ins, the repeat is a group of its own', () => {
    QUOTE_MATCH.ownStandIns = false;
    expect(together(articles, 'a#1', 'b#1')).toBe(false);
  });
});

// Round 6: two lone cuts with no longer host, the same speaker's same words in two outlets.
describe('two outlets printing the same short cut join each other', () => {
  it('joins the same words of one speaker from two articles, with no host anywhere', () => {
    const articles = [
      outlet('a', [['It’s reckless.', 'Mara Quint']]),
      outlet('b', [["It's reckless.", 'Quint']]),
    ];
    expect(together(articles, 'a#0', 'b#0')).toBe(true);
    CLAUSE.twins = false;
    expect(together(articles, 'a#0', 'b#0')).toBe(false);
  });

  it('stays apart for another speaker, other words, a blank speaker or one article only', () => {
    const speakers = [
      outlet('a', [['It’s reckless.', 'Mara Quint']]),
      outlet('b', [['It’s reckless.', 'Ola Brandt']]),
    ];
    expect(together(speakers, 'a#0', 'b#0')).toBe(false);
    const words = [
      outlet('a', [['It’s reckless.', 'Mara Quint']]),
      outlet('b', [['Truly reckless.', 'Quint']]),
    ];
    expect(together(words, 'a#0', 'b#0')).toBe(false);
    const blank = [outlet('a', [['It’s reckless.', 'Mara Quint']]), outlet('b', [['It’s reckless.', null]])];
    expect(together(blank, 'a#0', 'b#0')).toBe(false);
    const own = [
      outlet('a', [
        ['It’s reckless.', 'Mara Quint'],
        ['It’s reckless.', 'Mara Quint'],
      ]),
    ];
    expect(together(own, 'a#0', 'a#1')).toBe(false);
  });

  it('leaves a cut with one host to the host rule: all three end in one group', () => {
    const articles = [
      outlet('a', [[HOST, 'Mara Quint']]),
      outlet('b', [[CUT, 'Quint']]),
      outlet('c', [[CUT, 'Mara Quint']]),
    ];
    expect(together(articles, 'a#0', 'b#0')).toBe(true);
    expect(together(articles, 'a#0', 'c#0')).toBe(true);
  });
});
