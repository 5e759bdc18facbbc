// Cross-outlet statement groups: paraphrases, translations and different cuts of one statement
// join; negation, numbers and the same article keep quotes apart; every member says how it
// renders the statement. Invented sentences, then the real seed story through the real pipeline.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  QUOTE_MATCH,
  groupQuotes,
  quoteItem,
  quoteSimilarity,
  sameStatement,
} from '../../src/pipeline/compare/quotes/index.ts';
import { analyseDocument } from '../../src/pipeline/analyse.ts';
import { PARAPHRASE_SETS } from '../../src/lib/lexicon/paraphrases.ts';
import type { Article } from '../../src/lib/model.ts';
import { article, quote } from '../fixtures/compare/articles.ts';

let next = 0;
const item = (text: string, speaker: string | null = 'Mara Lindqvist') => quoteItem(next++, 0, text, speaker);

describe('the synonym table (lib/lexicon/paraphrases.ts)', () => {
  it('holds sets of two or more lower-case words, each word in one set only', () => {
    const seen = new Map<string, number>();
    PARAPHRASE_SETS.forEach((line, i) => {
      const words = line.split(' ');
      expect(words.length, line).toBeGreaterThanOrEqual(2);
      for (const word of words) {
        expect(word, line).toMatch(/^[a-z]+$/);
        expect(seen.get(word), `"${word}" in two sets`).toBeUndefined();
        seen.set(word, i);
      }
    });
  });
});

describe('paraphrase and translation', () => {
  it('joins a reworded sentence through the synonym sets, and not without them', () => {
    const a = 'That will make it easier to plan our harbour budget';
    const b = 'This will facilitate planning of the harbour budget';
    expect(sameStatement(item(a), item(b))).toBe(true);
    QUOTE_MATCH.synonyms = false;
    try {
      expect(quoteSimilarity(item(a), item(b))).toBeLessThan(quoteSimilarity(item(a), item(a)));
    } finally {
      QUOTE_MATCH.synonyms = true;
    }
  });

  it('counts one word spelt two ways once (character trigrams)', () => {
    const score = () =>
      quoteSimilarity(
        item('Wolodymyr asked parliament to pass a mobilisation law', null),
        item('Volodymyr asked the parliament for a mobilization law', null),
      );
    expect(score()).toBeGreaterThan(0.9);
    const dice = QUOTE_MATCH.trigramDice;
    QUOTE_MATCH.trigramDice = 1.01;
    try {
      expect(score()).toBeLessThan(0.8);
    } finally {
      QUOTE_MATCH.trigramDice = dice;
    }
  });

  it('joins two different cuts of one statement that share a run of words', () => {
    const a = item(
      'What I know is the truth, and the truth is I have never taken money from the harbour fund',
    );
    const b = item('The truth is I have never taken money from the harbour fund, not once, not ever');
    expect(sameStatement(a, b)).toBe(true);
  });
});

describe('what keeps alike quotes apart', () => {
  it('never groups "will" with "will not"', () => {
    expect(
      sameStatement(item('We will sign the fisheries deal'), item('We will not sign the fisheries deal')),
    ).toBe(false);
    expect(
      sameStatement(item('We will sign the fisheries deal'), item("We won't sign the fisheries deal")),
    ).toBe(false);
  });

  it('keeps a cut that leaves out a negated clause elsewhere', () => {
    const full = item('I do not have the figures, but the harbour budget will grow by a third next year');
    const cut = item('the harbour budget will grow by a third next year');
    expect(sameStatement(full, cut)).toBe(true);
  });

  it('keeps a cut of five words or more that opens right after the negation, outside its quote marks', () => {
    const full = item('I do not know enough to make a judgment on the harbour levy at this point');
    // "She does not 'know enough to make a judgment…'": the reporter wrote the negation.
    expect(sameStatement(full, item('know enough to make a judgment on the harbour levy'))).toBe(true);
    // A version with words before the shared ones could have said "not", and did not.
    expect(sameStatement(full, item('I know enough to make a judgment on the harbour levy'))).toBe(false);
    // Under five words the cut is as often the reporter's paraphrase of the other side.
    const deal = item('We will not sign the fisheries deal');
    expect(sameStatement(deal, item('sign the fisheries deal', null))).toBe(false);
  });

  it('never groups different numbers', () => {
    expect(
      sameStatement(
        item('We need 20 more ferries for the northern islands'),
        item('We need 30 more ferries for the northern islands'),
      ),
    ).toBe(false);
    expect(
      sameStatement(
        item('We need twenty more ferries for the northern islands'),
        item('We need 20 more ferries for the islands in the north'),
      ),
    ).toBe(true);
  });

  it('does not let an article group two of its own quotes', () => {
    const text = 'The ferry timetable will change on the first of May for every island';
    const groups = groupQuotes([
      article({ id: 'a', quotes: [quote(text, 'Mara Lindqvist'), quote(text, 'Mara Lindqvist')] }),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('needs more when the outlets credit different speakers', () => {
    const a = item(
      'The fact that we have not delivered the ferries we promised has hurt trust',
      'Mara Lindqvist',
    );
    const b = item('The fact that we did not deliver what we promised has hurt confidence', 'Olle Berg');
    expect(sameStatement(a, b)).toBe(false);
    expect(
      sameStatement(
        a,
        item('The fact that we did not deliver what we promised has hurt confidence', 'Lindqvist'),
      ),
    ).toBe(true);
  });
});

describe('relation of each member to the reference', () => {
  const full =
    'We will not close the northern ferry line while I am mayor of this town, whatever the budget says';
  const groups = groupQuotes([
    article({ id: 'a', quotes: [quote(full, 'Mara Lindqvist')] }),
    article({ id: 'b', quotes: [quote(full.replace('whatever', 'no matter what'), 'Lindqvist')] }),
    article({ id: 'c', quotes: [quote('close the northern ferry line while I am mayor', null)] }),
    article({
      id: 'd',
      quotes: [
        quote('As long as I am mayor, the northern ferry line of this town will not close', 'Lindqvist'),
      ],
    }),
  ]);

  it('labels verbatim (small edits included), excerpt and paraphrase', () => {
    expect(groups).toHaveLength(1);
    // b is the longest version, so the reference; "no matter what" is not a negation.
    expect(groups[0]!.members.map((m) => [m.article, m.relation])).toEqual([
      ['b', 'verbatim'],
      ['a', 'verbatim'],
      ['c', 'excerpt'],
      ['d', 'paraphrase'],
    ]);
  });
});

describe('the seed story (sources/nato-ukraine-aid), through the real pipeline', () => {
  const dir = 'sources/nato-ukraine-aid';
  const articles: Article[] = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name, i) => {
      const analysed = analyseDocument({
        path: join(dir, name),
        name,
        format: 'text',
        text: readFileSync(join(dir, name), 'utf8'),
        hints: {},
      });
      return { ...analysed!, id: `a${i}` };
    });
  const groups = groupQuotes(articles);
  const textOf = (m: { article: string; quote: number }) =>
    articles.find((a) => a.id === m.article)!.quotes[m.quote]!.text;
  const groupWith = (start: string) => groups.find((g) => g.members.some((m) => textOf(m).startsWith(start)));

  it("groups dpa's and the Ukrainian outlet's translations of the same statements, as paraphrases", () => {
    const plan = groupWith('That will make it easier to plan')!;
    expect(plan.members.map(textOf).some((t) => t.startsWith('This will facilitate planning'))).toBe(true);
    expect(plan.members.slice(1).map((m) => m.relation)).toEqual(['paraphrase']);
    const framework = groupWith('We need a more robust')!;
    expect(framework.members.map(textOf).some((t) => t.startsWith('We need a stronger'))).toBe(true);
    const trust = groupWith('Of course, the fact that we')!;
    expect(trust.members.length).toBe(2);
  });

  it('keeps different statements of the same speaker apart', () => {
    expect(groupWith('Any delay in providing support')!.members).toHaveLength(1);
    expect(groupWith('We must ensure reliable')!.members).toHaveLength(1);
    expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(
      articles.reduce((n, a) => n + a.quotes.filter((q) => !q.scare).length, 0),
    );
  });
});
