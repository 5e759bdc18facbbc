// Issue #10, round 6: what a short quote's words say about identity (compare/quotes/phrases.ts).
// Invented sentences: a programme's or a book's title is no statement; a phrase of two or three
// content words matches a longer quote only where its words sit together; a two-word phrase is no
// evidence that two speakers said one thing. Then the precision check that needs no gold: quotes of
// different corpus events grouped as one story never share a group.
import { afterEach, describe, expect, it } from 'vitest';
import { groupQuotes, quoteItem, sameStatement } from '../../src/pipeline/compare/quotes/index.ts';
import { PHRASE, isTitle, phraseNear } from '../../src/pipeline/compare/quotes/phrases.ts';
import { analyseDocument } from '../../src/pipeline/analyse.ts';
import { blankArticle, type Article } from '../../src/lib/model.ts';
import { corpusDocument, corpusEvent } from '../../bench/accuracy/corpus.ts';
import { article, quote } from '../fixtures/compare/articles.ts';

let next = 0;
const item = (text: string, speaker: string | null = null) => quoteItem(next++, 0, text, speaker);

const SHIPPED = structuredClone(PHRASE);
afterEach(() => {
  Object.assign(PHRASE, SHIPPED);
});

describe('titles and names in capitals', () => {
  it('reads programme, book and slogan titles as titles', () => {
    for (const title of [
      'Harbour Watch Tonight',
      'Mornings with Ines Moreau.',
      'The Lighthouse Hour',
      'Tales of a Quiet Harbour',
      'Keep Alder Green',
      'Brine & Sons',
    ])
      expect(isTitle(title), title).toBe(true);
  });

  it('does not take sentences, shouting or one word for a title', () => {
    for (const text of [
      'This is not just North Alder', // a verb and a negation in lower case: a sentence about a name
      'Help me, I am Ines Moreau', // a comma inside
      "It's wrong.",
      'the harbour hour',
      'NO NEW TOLLS', // capitals throughout are a shout
      'Harbour',
      'We Stand. You Decide.', // two sentences
    ])
      expect(isTitle(text), text).toBe(false);
  });

  it('keeps two outlets printing one title apart, and out of the quote that names it', () => {
    const groups = groupQuotes([
      article({ id: 'a', quotes: [quote('Harbour Watch Tonight', 'Ines Moreau')] }),
      article({
        id: 'b',
        quotes: [
          quote('Harbour Watch Tonight.', 'Ines Moreau'),
          quote('I told Harbour Watch Tonight that the toll will go', 'Ines Moreau'),
        ],
      }),
    ]);
    expect(groups).toHaveLength(3);
    // Without the check the two prints are one group.
    PHRASE.titles = false;
    const joined = groupQuotes([
      article({ id: 'a', quotes: [quote('Harbour Watch Tonight', 'Ines Moreau')] }),
      article({ id: 'b', quotes: [quote('Harbour Watch Tonight.', 'Ines Moreau')] }),
    ]);
    expect(joined).toHaveLength(1);
  });
});

const LONG =
  'We have raised serious money for the harbour this year, and the families who wrote to us with questions about the toll will hear from the council before the spring';

describe('a phrase inside a longer quote', () => {
  it('matches where its words sit together, not where they are scattered', () => {
    // "serious" and "questions" are both in LONG, twelve words apart.
    expect(phraseNear(item('serious questions'), item(LONG))).toBe(false);
    expect(sameStatement(item(LONG), item('serious questions'))).toBe(false);
    // Printed together, with a word or two between, they are the phrase.
    expect(phraseNear(item('raised serious money'), item(LONG))).toBe(true);
    expect(sameStatement(item(LONG), item('raised some serious money'))).toBe(true);
  });

  it('does not match a phrase by a word family found somewhere in a long quote', () => {
    const phrase = item('a truthful harbour'); // "truthful" ~ "truth" only by family
    const whole = item(
      'The truth is that nobody on the council has asked the families of the harbour what they want from the new bridge',
    );
    expect(phraseNear(phrase, whole, true)).toBe(false);
    expect(sameStatement(whole, phrase)).toBe(false);
  });

  it('leaves phrases of four content words or more, and quotes of about the same length, alone', () => {
    expect(phraseNear(item('families wrote questions toll'), item(LONG))).toBe(true);
    expect(phraseNear(item('serious questions'), item('serious harbour questions'))).toBe(true);
  });

  it('allows one word more than the phrase between its words, not three (round 5 of #10)', () => {
    // "great" and "going" five words apart, around a full stop: a different sentence of the answer.
    const whole = item(
      'He did a great job. And we are going in a different direction with the harbour plan this year',
      'Mara Quint',
    );
    const phrase = item('great, and going', 'Mara Quint');
    expect(phraseNear(item('a great job'), whole)).toBe(true);
    expect(phraseNear(item('great job, and we are going'), whole)).toBe(true);
    expect(phraseNear(phrase, whole)).toBe(false);
    expect(sameStatement(whole, phrase)).toBe(false);
    PHRASE.nearSlack = 3;
    expect(phraseNear(phrase, whole)).toBe(true);
    expect(sameStatement(whole, phrase)).toBe(true);
  });

  it('measures: with the check off, the scattered phrase joins the long quote', () => {
    PHRASE.nearStems = 0;
    expect(sameStatement(item(LONG), item('serious questions'))).toBe(true);
  });
});

describe('a two-word phrase credited to two different speakers', () => {
  it('is a common phrase, not one statement', () => {
    const a = item('unfair, unnecessary and completely irresponsible', 'Ines Moreau');
    const b = item('completely irresponsible', 'Tomas Berg');
    expect(sameStatement(a, b)).toBe(false);
    // The same phrase from the same speaker is a cut of the longer quote.
    expect(sameStatement(a, item('completely irresponsible', 'Moreau'))).toBe(true);
    PHRASE.speakersPhrase = true;
    expect(sameStatement(a, b)).toBe(true);
  });
});

describe('quotes of different corpus events never group (one story of three events)', () => {
  // Three tune events of different topics: before round 6, a programme title and a two-word phrase
  // joined groups across them (bench/quote-mix.ts runs the same check over all 212 events).
  const events = ['taxes-2012-11-27-169', 'immigration-2018-01-14-111', 'federal_budget-2013-04-26-44'];
  const eventOf = new Map<string, string>();
  const articles: Article[] = events.flatMap((event) =>
    corpusEvent(event).articles.map((source) => {
      const id = `${event}/${source.ID}`;
      eventOf.set(id, event);
      const doc = analyseDocument(corpusDocument(source));
      return doc ? { ...doc, id } : blankArticle({ id, source: id });
    }),
  );

  const pairs = () => {
    let within = 0;
    let across = 0;
    for (const group of groupQuotes(articles))
      for (const [i, a] of group.members.entries())
        for (const b of group.members.slice(i + 1)) {
          if (a.article === b.article) continue;
          if (eventOf.get(a.article) === eventOf.get(b.article)) within++;
          else across++;
        }
    return { within, across };
  };

  it('groups within each event and never across', () => {
    const { within, across } = pairs();
    expect(across).toBe(0);
    expect(within).toBeGreaterThan(20);
  });

  it('measures: without the phrase checks, quotes of two events share a group', () => {
    Object.assign(PHRASE, { titles: false, nearStems: 0, speakersPhrase: true });
    expect(pairs().across).toBeGreaterThan(0);
  });
});
