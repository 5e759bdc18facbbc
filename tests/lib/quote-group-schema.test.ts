/**
 * QuoteGroupSchema's check across fields: a group's `words` (its quoted words, shown under the
 * quote on the site) may only point at members whose relation is `word`.
 */
import { describe, expect, it } from 'vitest';
import { QuoteGroupSchema } from '../../src/lib/model.ts';

const statement = { article: 'a', quote: 0, paragraph: 2, relation: 'verbatim' };
const word = { article: 'b', quote: 1, paragraph: 4, relation: 'word' };
const group = (words: Array<{ text: string; members: number[] }>) => ({
  id: 'q-budget',
  speaker: 'Ana Ruiz',
  text: 'This budget is a shambolic giveaway to the few.',
  members: [statement, word],
  diff: [],
  words,
});

describe('QuoteGroupSchema', () => {
  it('accepts quoted words that point at word members, and a group without any', () => {
    expect(QuoteGroupSchema.safeParse(group([{ text: 'shambolic', members: [1] }])).success).toBe(true);
    expect(QuoteGroupSchema.parse({ ...group([]), words: undefined }).words).toEqual([]);
  });

  it('refuses a quoted word that points at a statement or at no member, naming the index', () => {
    const onStatement = QuoteGroupSchema.safeParse(group([{ text: 'shambolic', members: [0] }]));
    expect(onStatement.success).toBe(false);
    expect(onStatement.error?.issues[0]?.message).toBe('member 0 is not a quoted word');
    expect(onStatement.error?.issues[0]?.path).toEqual(['words', 0, 'members', 0]);
    expect(QuoteGroupSchema.safeParse(group([{ text: 'shambolic', members: [5] }])).success).toBe(false);
  });
});
