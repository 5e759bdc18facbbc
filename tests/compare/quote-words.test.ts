import { describe, expect, it } from 'vitest';
import { QUOTED_WORD, groupQuotes } from '../../src/pipeline/compare/quotes/index.ts';
import { distinctive } from '../../src/pipeline/compare/quotes/words.ts';
import { statementMembers, type Article, type Quote, type StoryData } from '../../src/lib/model.ts';
import { compare } from '../../src/pipeline/compare/index.ts';
import { pinGroupIds } from '../../src/pipeline/emit/group-ids.ts';
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
    expect(group!.words).toEqual([{ text: 'shambolic', members: [2] }]);
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

describe('quoted words by word: the same word from several outlets is listed once', () => {
  it('lists each word once with the members that print it, as first printed, trailing punctuation aside', () => {
    const print = (id: string, text: string, word: string) => placed(id, text, [[word, 'Mara Quint', true]]);
    const groups = groupQuotes([
      said('a'),
      print('c', 'Quint called the budget “Shambolic.”', 'Shambolic.'),
      print('d', 'Quint said it was a “shambolic giveaway” on Monday.', 'shambolic giveaway'),
      print('e', 'Quint called the budget “shambolic” in a radio interview.', 'shambolic'),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members.map((m) => [m.article, m.relation])).toEqual([
      ['a', 'verbatim'],
      ['c', 'word'],
      ['d', 'word'],
      ['e', 'word'],
    ]);
    expect(groups[0]!.words).toEqual([
      { text: 'Shambolic', members: [1, 3] },
      { text: 'shambolic giveaway', members: [2] },
    ]);
  });
});

describe('quoted words are not the statement: coverage and group ids count statements only', () => {
  const echo = (id = 'c') =>
    placed(id, 'Quint called the budget “shambolic” in a radio interview.', [
      ['shambolic', 'Mara Quint', true],
    ]);
  const story = (articles: Article[]): StoryData => ({
    slug: 's',
    title: 'S',
    summary: '',
    generatedAt: '2026-11-29T00:00:00Z',
    articles,
    analysis: compare(articles),
  });
  /** The id of the group holding the article's statement (not its quoted word). */
  const idOf = (data: StoryData, article: string) =>
    data.analysis.quoteGroups.find((g) => statementMembers(g).some((m) => m.article === article))!.id;

  it('an article whose only link to a group is a quoted word does not report that group', () => {
    const analysis = compare([said('a'), said('b'), echo()]);
    const [group] = analysis.quoteGroups;
    expect(group!.members.map((m) => [m.article, m.relation])).toEqual([
      ['a', 'verbatim'],
      ['b', 'verbatim'],
      ['c', 'word'],
    ]);
    expect(analysis.outlets.map((o) => [o.article, o.reports.quoteGroups])).toEqual([
      ['a', [group!.id]],
      ['b', [group!.id]],
      ['c', []],
    ]);
  });

  it('a quoted word joining a group keeps its id and its pins', () => {
    const before = pinGroupIds(story([said('a'), said('b')]), {});
    const after = pinGroupIds(story([said('a'), said('b'), echo()]), before.pins);
    expect(after.story.analysis.quoteGroups[0]!.members.at(-1)!.relation).toBe('word');
    expect(after.story.analysis.quoteGroups.map((g) => g.id)).toEqual(
      before.story.analysis.quoteGroups.map((g) => g.id),
    );
    expect(after.pins).toEqual(before.pins);
  });

  it('a quoted word that moves to another statement does not carry the first statement’s id to it', () => {
    // First ingest: the word is lifted from statement A (articles a, b); statement B (article o)
    // is credited to another speaker. Then B's speaker is corrected and A's outlets reword it
    // without the word, so the word moves to B. B keeps its own id: had the three echoes been
    // keyed, B would share three keys with A's pin and one with its own, and take A's id.
    const other = (speaker: string) => placed('o', `“${OTHER},” she said.`, [[OTHER, speaker]]);
    const echoes = ['c', 'd', 'e'].map((id) => echo(id));
    const first = pinGroupIds(story([said('a'), said('b'), other('Ravi Ode'), ...echoes]), {});
    expect(first.story.analysis.quoteGroups.map((g) => g.members.length)).toEqual([5, 1]);
    const reworded = (id: string) =>
      placed(id, '“This budget is a giveaway the city will regret for years,” Quint said.', [
        ['This budget is a giveaway the city will regret for years', 'Mara Quint'],
      ]);
    const second = pinGroupIds(
      story([reworded('a'), reworded('b'), other('Mara Quint'), ...echoes]),
      first.pins,
    );
    const moved = second.story.analysis.quoteGroups.find((g) => g.members.some((m) => m.article === 'o'))!;
    expect(moved.members.map((m) => m.relation)).toEqual(['verbatim', 'word', 'word', 'word']);
    expect(idOf(second.story, 'o')).toBe(idOf(first.story, 'o'));
    expect(idOf(second.story, 'a')).not.toBe(idOf(first.story, 'o'));
  });
});
