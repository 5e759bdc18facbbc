import { describe, expect, it } from 'vitest';
import { QUOTED_WORD, groupQuotes } from '../../src/pipeline/compare/quotes/index.ts';
import { distinctive } from '../../src/pipeline/compare/quotes/words.ts';
import type { Article, Quote } from '../../src/lib/model.ts';
import { article, quote } from '../fixtures/compare/articles.ts';

const STATEMENT = 'This budget is a shambolic giveaway that the city will regret for a decade';
const OTHER = 'The council has been shambolic on housing and everyone in this city knows it';

/** An article whose one paragraph is `text`; each quote is found in it by its words, in order. */
function placed(id: string, text: string, quotes: [string, string | null, boolean?][]): Article {
  let from = 0;
  const qs: Quote[] = quotes.map(([words, speaker, scare = false]) => {
    const start = text.indexOf(words, from);
    if (start < 0) throw new Error(`fixture: "${words}" is not in "${text}"`);
    from = start + 1;
    return quote(words, speaker, { start, end: start + words.length, scare, verb: scare ? null : 'said' });
  });
  return article({ id, outlet: id.toUpperCase(), paragraphs: [text], quotes: qs });
}

const said = (id: string, speaker: string | null = 'Mara Quint') =>
  placed(id, `“${STATEMENT},” Quint said on Monday.`, [[STATEMENT, speaker]]);

const words = (articles: Article[]) =>
  groupQuotes(articles).flatMap((g) =>
    g.members.filter((m) => m.relation === 'word').map((m) => ({ group: g.text, ...m })),
  );

describe('quoted words: a scare-quoted word joins the one statement it is lifted from', () => {
  it('joins an attributed word of exactly one statement as a `word` member, last and not diffed', () => {
    const echo = placed('c', 'Quint called the budget “shambolic” in a radio interview.', [
      ['shambolic', 'Mara Quint', true],
    ]);
    const groups = groupQuotes([said('a'), said('b'), echo]);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group!.members.map((m) => [m.article, m.relation])).toEqual([
      ['a', 'verbatim'],
      ['b', 'verbatim'],
      ['c', 'word'],
    ]);
    expect(group!.diff.at(-1)).toEqual({ article: 'c', parts: [] });
    // Case and punctuation aside, whole words: "Shambolic giveaway." is a piece too.
    const phrase = placed('d', 'Quint said it was a “Shambolic giveaway.”', [
      ['Shambolic giveaway.', 'Mara Quint', true],
    ]);
    expect(words([said('a'), phrase]).map((w) => w.article)).toEqual(['d']);
  });

  it('leaves out a word the article does not attribute, or attributes to someone else', () => {
    const unattributed = placed('c', 'Critics called the budget “shambolic” on Monday.', [
      ['shambolic', null, true],
    ]);
    const someoneElse = placed('d', 'Ravi Ode called the budget “shambolic” on Monday.', [
      ['shambolic', 'Ravi Ode', true],
    ]);
    expect(words([said('a'), said('b'), unattributed, someoneElse])).toEqual([]);
  });

  it('leaves out a word two statements hold, and a word no statement holds', () => {
    const two = placed('o', `“${OTHER},” Quint said.`, [[OTHER, 'Mara Quint']]);
    const echo = placed('c', 'Quint called it “shambolic” again.', [['shambolic', 'Mara Quint', true]]);
    expect(words([said('a'), two, echo])).toEqual([]);
    const none = placed('n', 'Quint called it “ramshackle” again.', [['ramshackle', 'Mara Quint', true]]);
    expect(words([said('a'), none])).toEqual([]);
  });

  it('leaves out everyday words, stop words and numbers: they do not say whose word it is', () => {
    expect(distinctive(['shambolic'])).toBe(true);
    expect(distinctive(['the', 'city'])).toBe(false);
    expect(distinctive(['people', 'week'])).toBe(false);
    expect(distinctive(['2024'])).toBe(false);
    const common = placed('c', 'Quint said “the city” would pay.', [['the city', 'Mara Quint', true]]);
    expect(words([said('a'), common])).toEqual([]);
  });

  it(`leaves out a word nested in its own quote, and a host shorter than ${QUOTED_WORD.hostMinWords} words (a title)`, () => {
    const text = 'Quint said: “This budget is a ‘shambolic’ giveaway that the city will regret,” on Monday.';
    const nested = placed('n', text, [
      ['This budget is a ‘shambolic’ giveaway that the city will regret', 'Mara Quint'],
      ['shambolic', 'Mara Quint', true],
    ]);
    expect(words([nested])).toEqual([]);
    const title = placed('t', 'Quint told “Shambolic Hour” on Monday: “Shambolic Hour.”', [
      ['Shambolic Hour', 'Mara Quint', true],
      ['Shambolic Hour.', 'Mara Quint'],
    ]);
    expect(words([title])).toEqual([]);
  });

  it('joins one article repeating the word (a caption under every photo) once', () => {
    const captions = placed('c', 'Quint: “shambolic”. Photo 2: Quint: “shambolic”.', [
      ['shambolic', 'Mara Quint', true],
      ['shambolic', 'Mara Quint', true],
    ]);
    expect(words([said('a'), captions]).map((w) => [w.article, w.quote])).toEqual([['c', 0]]);
  });
});
