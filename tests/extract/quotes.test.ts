// Direct quotes with speakers, against hand-annotated fixtures (tests/fixtures/quotes/<case>/):
// paragraphs.json (body paragraphs, verbatim), context.json (headline, standfirst, captions;
// optional) and expected.json (every quote: text, speaker, verb, paragraph, partial, scare, and
// speakerKind in the fixtures written since speakers have kinds).
// One test per fixture, one precision/recall test over all of them, and unit tests of the rules.
// The rules were tuned on these fixtures, so this is a unit test: the accuracy gate on text they
// were not tuned on is heldout-gold.test.ts (the held-out half of bench/gold).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuMs } from '../cpu-time.ts';
import { QuoteSchema, type Quote } from '../../src/lib/model.ts';
import { extractQuotes, type QuoteContext } from '../../src/pipeline/extract/quotes.ts';

const root = 'tests/fixtures/quotes';
type Expected = Pick<Quote, 'text' | 'speaker' | 'verb' | 'paragraph' | 'partial' | 'scare' | 'speakerKind'>;

interface Fixture {
  name: string;
  paragraphs: string[];
  context: QuoteContext;
  expected: Expected[];
}

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const fixtures: Fixture[] = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = join(root, d.name);
    const context = existsSync(join(dir, 'context.json'))
      ? read<QuoteContext>(join(dir, 'context.json'))
      : { headline: '', standfirst: null, captions: [] };
    return {
      name: d.name,
      paragraphs: read<string[]>(join(dir, 'paragraphs.json')),
      context,
      expected: read<Expected[]>(join(dir, 'expected.json')),
    };
  });

const view = (q: Quote): Expected => ({
  text: q.text,
  speaker: q.speaker,
  verb: q.verb,
  paragraph: q.paragraph,
  partial: q.partial,
  scare: q.scare,
});

describe('extractQuotes fixtures', () => {
  it('has the seed articles and at least ten more cases', () => {
    expect(fixtures.filter((f) => f.name.startsWith('seed-')).length).toBe(5);
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  for (const f of fixtures) {
    it(f.name, () => {
      const quotes = extractQuotes(f.paragraphs, f.context);
      for (const q of quotes) {
        QuoteSchema.parse(q);
        // Offsets point at the quoted text inside its paragraph.
        expect(f.paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
      }
      const withKind = f.expected.some((e) => 'speakerKind' in e);
      expect(
        quotes.map((q) => (withKind ? { ...view(q), speakerKind: q.speakerKind ?? null } : view(q))),
      ).toEqual(f.expected);
    });
  }
});

/** Quote identity for scoring: paragraph + text (spaces collapsed) + speaker. */
const key = (q: { paragraph: number; text: string; speaker: string | null }): string =>
  `${q.paragraph}|${q.text.replace(/\s+/gu, ' ').trim()}|${q.speaker ?? ''}`;

export function score(pairs: { got: Expected[]; want: Expected[] }[]): { precision: number; recall: number } {
  let tp = 0;
  let got = 0;
  let want = 0;
  for (const p of pairs) {
    const remaining = p.want.map(key);
    for (const q of p.got) {
      const i = remaining.indexOf(key(q));
      if (i >= 0) {
        tp++;
        remaining.splice(i, 1);
      }
    }
    got += p.got.length;
    want += p.want.length;
  }
  return { precision: got ? tp / got : 1, recall: want ? tp / want : 1 };
}

describe('extractQuotes precision and recall', () => {
  it('finds >= 95% of quotes with the right speaker, and >= 95% of what it finds is right', () => {
    const pairs = fixtures.map((f) => ({
      got: extractQuotes(f.paragraphs, f.context).map(view),
      want: f.expected,
    }));
    const { precision, recall } = score(pairs);
    console.log(
      `quotes: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${fixtures.length} fixtures`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('the scorer can fail: a wrong speaker counts against both', () => {
    const want: Expected[] = [
      { text: 'a', speaker: 'X', verb: 'said', paragraph: 0, partial: false, scare: false },
    ];
    expect(score([{ got: [{ ...want[0]!, speaker: 'Y' }], want }])).toEqual({ precision: 0, recall: 0 });
    expect(score([{ got: [], want }]).recall).toBe(0);
  });
});

const ctx: QuoteContext = { headline: '', standfirst: null, captions: [] };
const one = (paragraphs: string[]): Expected[] => extractQuotes(paragraphs, ctx).map(view);

describe('extractQuotes rules', () => {
  it('does not take apostrophes for quote marks', () => {
    expect(
      one(["Ukraine's allies don't agree, and Trump’s team hasn’t said what the members' view is."]),
    ).toEqual([]);
  });

  it('pairs mismatched marks', () => {
    const [q] = one(['Jane Doe said: "We will win.“']);
    expect(q).toMatchObject({ text: 'We will win.', speaker: 'Jane Doe', verb: 'said' });
  });

  it('expands a surname and strips the title', () => {
    const quotes = one([
      'Secretary of State Amara Lindqvist arrived on Monday.',
      '"It went well," Ms. Lindqvist said.',
    ]);
    expect(quotes[0]).toMatchObject({ speaker: 'Amara Lindqvist', verb: 'said' });
  });

  it('resolves "she" to the nearest woman, not the nearest person', () => {
    const quotes = one([
      'Mrs. Ada Kowalczyk met Mr. Rufus Brandt in Geneva on Friday.',
      '"The talks were useful," she said.',
    ]);
    expect(quotes[0]!.speaker).toBe('Ada Kowalczyk');
  });

  it('keeps a quote with no recoverable speaker unattributed', () => {
    expect(one(['"Nobody knows," an official said.'])[0]).toMatchObject({ speaker: null, verb: 'said' });
  });

  it('carries a paragraph-spanning quote to its speaker in either direction', () => {
    const quotes = one(['"The first part of what I said.', '"And the second part," Tove Aas said.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tove Aas', 'Tove Aas']);
  });

  it('lets a tag naming nobody stop the speaker carrying over', () => {
    const quotes = one(['"We will win," Ola Nordmann said.', '"Nobody believes that," the source said.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ola Nordmann', null]);
  });

  it('tells a split quote from a partial and a scare quote', () => {
    const [a, b] = one(['"We have a mandate," Ola Nordmann said, "and we will use it."']);
    expect([a!.partial, b!.partial, b!.speaker]).toEqual([false, false, 'Ola Nordmann']);
    const [c, d] = one([
      'Ola Nordmann said the plan would "gain the necessary predictability" and was "sound".',
    ]);
    expect([c!.partial, c!.scare, d!.partial, d!.scare]).toEqual([true, false, false, true]);
  });

  it('names organisations, documents and joint speakers, with their kind', () => {
    const kinds = (paragraphs: string[]) =>
      extractQuotes(paragraphs, ctx).map((q) => [q.speaker, q.speakerKind ?? null]);
    expect(kinds(['"We are sorry," a Brightline spokesman said.'])).toEqual([['Brightline', 'organisation']]);
    expect(kinds(['"He lied," the complaint says.'])).toEqual([['the complaint', 'document']]);
    expect(kinds(['Mia Lund and Otto Berg met.', '"No deal," Lund and Berg said.'])).toEqual([
      ['Mia Lund and Otto Berg', 'group'],
    ]);
  });

  it('leaves "the company said" null when no one organisation spoke before', () => {
    const quotes = one(['"Prices will rise," the company said.']);
    expect(quotes[0]).toMatchObject({ speaker: null, verb: 'said' });
  });

  it('never resolves a pronoun to a name in the headline', () => {
    const quotes = extractQuotes(['"It was a mistake," he said.'], {
      headline: 'Scrap Harbour deal, says Tomas Varga',
      standfirst: null,
      captions: [],
    });
    expect(quotes[0]!.speaker).toBeNull();
  });

  it('takes time in proportion to the length of a paragraph, not its square', () => {
    // A growth check, not a speed target (speed lives in `npm run bench`): every fixture paragraph
    // run together as one paragraph, 2,500 and 25,000 characters of it. Linear work grows about 10x,
    // a backtracking pattern 100x; the best of three runs, so a busy machine does not decide it.
    const text = fixtures.flatMap((f) => f.paragraphs).join(' ');
    const time = (length: number): number => {
      const paragraph = [text.slice(0, length)];
      let best = Infinity;
      for (let round = 0; round < 3; round += 1) {
        best = Math.min(
          best,
          cpuMs(() => extractQuotes(paragraph, fixtures[0]!.context)),
        );
      }
      return best;
    };
    expect(text.length).toBeGreaterThan(25_000);
    time(1_000); // warm up
    expect(time(25_000)).toBeLessThan(time(2_500) * 30);
  });
});
