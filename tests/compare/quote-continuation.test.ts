import { describe, expect, it } from 'vitest';
import { CONTINUATION, continuations, groupQuotes } from '../../src/pipeline/compare/quotes/index.ts';
import type { Article, Quote } from '../../src/lib/model.ts';
import { article, quote } from '../fixtures/compare/articles.ts';

const FIRST = 'While the ruling is about our two reporters, it could have happened to any newsroom';
const SECOND = 'If it stands, the order will chill every journalist who covers the city council.';

/** An article whose paragraphs are `paragraphs`; each quote is found in its paragraph by its text. */
function placed(id: string, paragraphs: string[], quotes: [number, string, string | null][]): Article {
  const from = new Map<number, number>();
  const qs: Quote[] = quotes.map(([p, text, speaker]) => {
    const start = paragraphs[p]!.indexOf(text, from.get(p) ?? 0);
    if (start < 0) throw new Error(`fixture: "${text}" is not in paragraph ${p}`);
    from.set(p, start + text.length);
    return quote(text, speaker, { paragraph: p, start, end: start + text.length });
  });
  return article({ id, paragraphs, quotes: qs });
}

/** "A," the paper said. "B." — one statement split by its attribution. */
const split = (id: string, said: string) =>
  placed(
    id,
    ['The paper went to court on Monday.', `“${FIRST},” ${said}. “${SECOND}”`],
    [
      [1, FIRST, 'Daily Ledger'],
      [1, SECOND, 'Daily Ledger'],
    ],
  );

describe('continuation: quotes printed back to back as one statement', () => {
  it('finds "A," X said. "B." in one paragraph, not a quote that opens the next paragraph', () => {
    const a = split('a', 'the paper said in a statement');
    expect(continuations(a.paragraphs, a.quotes)).toEqual([
      { from: 0, to: 1, attribution: 'the paper said in a statement' },
    ]);
    const next = placed(
      'n',
      [`“${FIRST},” the paper said.`, `“${SECOND}”`],
      [
        [0, FIRST, 'Daily Ledger'],
        [1, SECOND, 'Daily Ledger'],
      ],
    );
    expect(continuations(next.paragraphs, next.quotes)).toEqual([]);
  });

  it('does not link quotes of two speakers, words woven between partial quotes, or a long gap', () => {
    const two = placed(
      't',
      [`“${FIRST},” the paper said. “${SECOND}”`],
      [
        [0, FIRST, 'Daily Ledger'],
        [0, SECOND, 'Mara Quint'],
      ],
    );
    expect(continuations(two.paragraphs, two.quotes)).toEqual([]);
    const woven = placed(
      'w',
      ['She called it “a dark day” for the city and “a warning to every newsroom.”'],
      [
        [0, 'a dark day', 'Mara Quint'],
        [0, 'a warning to every newsroom.', 'Mara Quint'],
      ],
    );
    expect(continuations(woven.paragraphs, woven.quotes)).toEqual([]);
    const long = split(
      'l',
      'the paper said in a statement posted to its website late on Monday night after the hearing',
    );
    expect(continuations(long.paragraphs, long.quotes)).toEqual([]);
  });

  it(`joins two sentences into one statement when ${CONTINUATION.minArticles} articles print them back to back`, () => {
    const articles = [split('a', 'the paper said'), split('b', 'the Ledger said'), split('c', 'it said')];
    const groups = groupQuotes(articles);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group!.members).toHaveLength(6);
    // The reference is the longer sentence; the other sentence's members are labelled, not diffed.
    expect(group!.text).toBe(FIRST);
    const relations = group!.members.map((m) => `${m.article}#${m.quote}:${m.relation}`);
    expect(relations).toEqual([
      'a#0:verbatim',
      'a#1:sentence',
      'b#0:verbatim',
      'b#1:sentence',
      'c#0:verbatim',
      'c#1:sentence',
    ]);
    expect(group!.diff.filter((d) => d.parts.length === 0)).toHaveLength(3);
  });

  it('counts reprints of one cut once: three articles with one attribution do not join the sentences', () => {
    const reprints = [
      split('a', 'the paper said'),
      split('b', 'the paper said'),
      split('c', 'the paper said'),
    ];
    expect(groupQuotes(reprints).map((g) => g.members.length)).toEqual([3, 3]);
  });

  it('joins at most two sentences into one statement: a run of answers does not chain', () => {
    const THIRD = 'We will appeal to the state supreme court before the end of the month.';
    // Each attribution written three ways, so only the cap keeps the three sentences apart.
    const three = (id: string, said: string) =>
      placed(
        id,
        [`“${FIRST},” ${said}. “${SECOND}” ${said} later. “${THIRD}”`],
        [
          [0, FIRST, 'Daily Ledger'],
          [0, SECOND, 'Daily Ledger'],
          [0, THIRD, 'Daily Ledger'],
        ],
      );
    const articles = [three('a', 'the paper said'), three('b', 'the Ledger said'), three('c', 'it said')];
    const groups = groupQuotes(articles);
    expect(groups.map((g) => g.members.length)).toEqual([6, 3]);
    const cap = CONTINUATION.maxSentences;
    CONTINUATION.maxSentences = 3;
    try {
      expect(groupQuotes(articles).map((g) => g.members.length)).toEqual([9]);
    } finally {
      CONTINUATION.maxSentences = cap;
    }
  });

  it('keeps the sentences apart when fewer articles print them together', () => {
    const articles = [split('a', 'the paper said'), split('b', 'the Ledger said')];
    const other = placed(
      'c',
      [`“${FIRST},” the paper said.`, 'The council did not comment.', `Later: “${SECOND}”`],
      [
        [0, FIRST, 'Daily Ledger'],
        [2, SECOND, 'Daily Ledger'],
      ],
    );
    expect(groupQuotes([...articles, other]).map((g) => g.members.length)).toEqual([3, 3]);
  });
});
