// Each outlet's own printed form of a money value (issue #11): an invented story of two or three
// outlets, one hedging ("about €40 billion", "nearly $2 billion") where another prints the same
// amount bare, through the real ingest (read -> extract -> compare -> story.json) and the figures
// page's shaping (src/site/figures.ts). Hedged vs bare of one amount is no disagreement.
// The chart notes (stated rates, values no rate converts), title and alt text are stored sentences.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoryDataSchema, type FigureGroup, type StoryData } from '../../src/lib/model.ts';
import { ingestStory } from '../../src/pipeline/ingest.ts';
import { figuresCsv } from '../../src/site/csv.ts';
import { groupBars } from '../../src/site/figures.ts';
import { storyView } from '../../src/site/story.ts';

const work = mkdtempSync(join(tmpdir(), 'explainer-printed-forms-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Ingests one invented story (outlet -> paragraphs) and returns its story.json. */
function ingest(slug: string, outlets: Record<string, string[]>): StoryData {
  const sources = join(work, 'sources', slug);
  mkdirSync(sources, { recursive: true });
  Object.entries(outlets).forEach(([outlet, paragraphs], i) =>
    writeFileSync(
      join(sources, `${i}.txt`),
      `${outlet} report on the port deal\n\n${paragraphs.join('\n\n')}\n`,
    ),
  );
  writeFileSync(
    join(sources, 'story.yaml'),
    `title: Port deal\nslug: ${slug}\nsources:\n${Object.keys(outlets)
      .map((outlet, i) => `  ${i}.txt:\n    outlet: ${outlet}\n`)
      .join('')}`,
  );
  const { storyDir } = ingestStory({
    sourcesDir: sources,
    contentDir: join(work, 'content'),
    force: false,
  });
  return StoryDataSchema.parse(JSON.parse(readFileSync(join(storyDir, 'story.json'), 'utf8')));
}

const shared = (data: StoryData): FigureGroup[] =>
  data.analysis.figureGroups.filter(
    (g) => g.kind === 'money' && new Set(g.members.map((m) => m.article)).size > 1,
  );
const bars = (data: StoryData, group: FigureGroup) =>
  groupBars(storyView(data), group).map((b) => [b.outlet, b.label, b.text]);

describe('"about €40 billion" and a bare "€40 billion": one variant, each outlet its own form', () => {
  const data = ingest('hedged-bare', {
    'Gulf Herald': ['The port operator will invest about €40 billion in the new terminal, the company said.'],
    'Harbour Times': ['The port operator will invest €40 billion in the new terminal, the company said.'],
  });
  const [group] = shared(data);

  it('stores both printed forms in the one variant, and no disagreement', () => {
    expect(shared(data)).toHaveLength(1);
    expect(group!.variants).toHaveLength(1);
    const variant = group!.variants[0]!;
    expect(variant.qualifier).toBeNull();
    expect(variant.printedBy).toEqual([
      { outlet: 'Gulf Herald', label: 'about €40bn', text: 'about €40 billion' },
      { outlet: 'Harbour Times', label: '€40bn', text: '€40 billion' },
    ]);
    expect([group!.conflict, group!.rounding]).toEqual([null, null]);
    expect(group!.sentences).toMatchObject({ conflict: null, rounding: null, conversions: null });
    expect(group!.sentences.takeaway).toMatch(/^2 outlets report .* as €40bn\.$/);
  });

  it('each chart bar says what its outlet printed', () => {
    expect(bars(data, group!)).toEqual([
      ['Gulf Herald', 'about €40bn', 'about €40 billion'],
      ['Harbour Times', '€40bn', '€40 billion'],
    ]);
  });

  it('the figures download gives each row the value as its outlet printed it (printed_as)', () => {
    const [header = '', ...lines] = figuresCsv(storyView(data)).trim().split('\r\n');
    const columns = header.split(',');
    const [outlet, printedAs, label] = ['outlet', 'printed_as', 'label'].map((c) => columns.indexOf(c));
    const rows = lines.map((line) => line.split(','));
    expect(rows.filter((r) => r[label!] === group!.label).map((r) => [r[outlet!], r[printedAs!]])).toEqual([
      ['Gulf Herald', 'about €40bn'],
      ['Harbour Times', '€40bn'],
    ]);
  });
});

describe('"nearly $2 billion" (a bound) and "$2 billion"', () => {
  const data = ingest('nearly-bare', {
    'Gulf Herald': ['The port operator agreed to pay nearly $2 billion for the terminal, the company said.'],
    'Harbour Times': ['The port operator agreed to pay $2 billion for the terminal, the company said.'],
  });
  const [group] = shared(data);

  it('are two forms of one amount, not a conflict, each shown as printed', () => {
    expect(group!.conflict).toBeNull();
    expect(group!.variants.map((v) => v.relation)).toEqual(['same', 'same']);
    expect(group!.variants.flatMap((v) => v.printedBy.map((p) => [p.outlet, p.label]))).toEqual([
      ['Gulf Herald', 'nearly $2bn'],
      ['Harbour Times', '$2bn'],
    ]);
    expect(bars(data, group!).map(([outlet, label]) => [outlet, label])).toEqual([
      ['Gulf Herald', 'nearly $2bn'],
      ['Harbour Times', '$2bn'],
    ]);
  });
});

describe('a real disagreement beside a hedged and a bare form of the other value', () => {
  const data = ingest('hedged-conflict', {
    'Motor Report': [
      'The carmaker agreed to pay about $20 billion to settle the diesel emissions claims brought by regulators and owners.',
    ],
    'Wheel Times': [
      'The carmaker agreed to pay $20 billion to settle the diesel emissions claims of regulators and owners, court filings show.',
    ],
    'Auto Desk': [
      'The carmaker agreed to pay $23 billion to settle the diesel emissions claims, its lawyers told the court.',
    ],
  });
  const [group] = shared(data);

  it('names who hedged in the pipeline sentence and in the page sentence', () => {
    expect(group!.conflict).toBe(
      'About $20bn (Motor Report), $20bn (Wheel Times) vs $23bn (Auto Desk): a difference beyond rounding and any stated exchange rate.',
    );
    expect(group!.sentences.conflict).toMatch(
      /^About \$20bn \(Motor Report\), \$20bn \(Wheel Times\) vs \$23bn \(Auto Desk\):/,
    );
  });
});

describe('a value converted with another outlet’s stated rate: the chart note and title are stored', () => {
  const data = ingest('rate-notes', {
    'Gulf Herald': [
      'The regulator fined the bank €1.8 billion ($1.95 billion) over the laundering scheme on Monday.',
    ],
    'Harbour Times': ['The regulator fined the bank €1.8 billion over the laundering scheme on Monday.'],
    'Port Daily': ['The regulator fined the bank $1.95 billion over the laundering scheme on Monday.'],
  });
  const [group] = shared(data);

  it('names the rate, whose it is and the outlets it converted, and the title', () => {
    expect(group!.sentences.title).toBe('Fine: €1.8bn');
    expect(group!.sentences.rates).toHaveLength(1);
    const { lead, rate } = group!.sentences.rates[0]!;
    // The site shows `${lead}${rate.text}.` with the rate linked to its paragraph.
    expect(`${lead}${rate.text}.`).toBe(
      'Port Daily: converted to EUR with the rate Gulf Herald states (its own article gives none), €1.8 billion ($1.95 billion).',
    );
    expect(rate).toMatchObject({ outlet: 'Gulf Herald', from: 'EUR', to: 'USD', paragraph: 0 });
  });

  it('no rate note (and nothing left uncharted) for a group whose values are all in its own currency', () => {
    const hedged = shared(
      ingest('rate-notes-none', {
        'Gulf Herald': [
          'The port operator will invest about €40 billion in the new terminal, the company said.',
        ],
        'Harbour Times': ['The port operator will invest €40 billion in the new terminal, the company said.'],
      }),
    );
    expect(hedged[0]!.sentences.rates).toEqual([]);
    expect(hedged[0]!.sentences.uncharted).toBeNull();
  });
});

describe('a value no stated rate converts: the "Not charted" note is stored', () => {
  const data = ingest('uncharted', {
    'Gulf Herald': ['The port operator will invest €40 billion in the new terminal, the company said.'],
    'Harbour Times': ['The port operator will invest €40 billion in the new terminal, the company said.'],
    'Port Daily': ['The port operator will invest $40 billion in the new terminal, the company said.'],
  });
  const [group] = shared(data);

  it('names each undrawn value as its bar would label it, with its outlet', () => {
    expect(group!.sentences.uncharted).toBe(
      'Not charted, as no article states a rate to EUR: $40bn (Port Daily).',
    );
    // The same values the chart leaves out (its bars of no length), labelled as those bars are.
    const undrawn = groupBars(storyView(data), group!).filter((b) => b.value === null);
    expect(undrawn.map((b) => `${b.label} (${b.outlet})`)).toEqual(['$40bn (Port Daily)']);
    // The alt text names the drawn bars only.
    expect(group!.sentences.description).toBe(
      'Bar chart, €40bn, in EUR. Gulf Herald: €40bn; Harbour Times: €40bn.',
    );
    expect(group!.sentences.rates).toEqual([]);
  });
});
