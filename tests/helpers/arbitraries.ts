/**
 * fast-check arbitraries for hostile article text, plus the helpers the property tests share:
 * a blank Article, FUZZ_RUNS, and compiling an emitted MDX file with @mdx-js/mdx.
 *
 * Text is drawn from valid Unicode only (no lone surrogates): everything the pipeline sees comes
 * out of TextDecoder (read/decode.ts), which never yields a lone surrogate.
 */
import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import type { Article, Figure, Quote } from '../../src/lib/model.ts';
import { FIGURE_KINDS, SpeakerKindSchema, blankArticle as emptyArticle } from '../../src/lib/model.ts';
import { mdxSafeParagraph } from '../../src/pipeline/emit/article-mdx.ts';

/** Runs per property: FUZZ_RUNS (npm run fuzz sets 100000), 2000 by default (npm test). */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 2000);

/** Per-test time limit that grows with the run count (100,000 round trips take ~8 minutes here). */
export const FUZZ_TIMEOUT_MS = Math.max(600_000, FUZZ_RUNS * 30);

/** Seed for reproducing a failure: FUZZ_SEED=<seed printed by fast-check>. */
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** fast-check parameters for `numRuns` runs (capped by FUZZ_RUNS), honouring FUZZ_SEED. */
export function fuzzParams<T>(numRuns: number): fc.Parameters<T> {
  return { numRuns, ...(FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED }) };
}

/** Fragments that mean something to Markdown, MDX, JSX, HTML, YAML or a terminal. */
export const NASTY_FRAGMENTS = [
  '{',
  '}',
  '{}',
  '{x}',
  '{process.exit()}',
  '{globalThis.pwned=1}',
  '{/* c */}',
  '<',
  '>',
  '</',
  '/>',
  '<P>',
  '</P>',
  '<Quote>',
  '</Quote>',
  '<Fig n={0}>',
  '<b>',
  '</b>',
  '<br/>',
  '<div>',
  '<>',
  '</>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)">',
  '<!-- x -->',
  '<!--',
  '-->',
  '<![CDATA[x]]>',
  '&amp;',
  '&lt;',
  '&#123;',
  '&#x7B;',
  '&nbsp;',
  '&',
  '*',
  '**',
  '***',
  '_',
  '__',
  '`',
  '``',
  '```',
  '~~~',
  '~',
  '~~',
  '[',
  ']',
  '[x](javascript:alert(1))',
  '![a](b)',
  '[a]: http://x',
  '<https://x.y>',
  'https://x.y/?a=1&b=2',
  '#',
  '# ',
  '## h',
  '|',
  '| a | b |',
  '|---|',
  '!',
  '\\',
  '\\\\',
  '\\{',
  '$',
  '$$',
  '^',
  '=',
  '===',
  '---',
  '***',
  '___',
  '- ',
  '+ ',
  '* ',
  '1. ',
  '1) ',
  '> ',
  '>>',
  '    ',
  '\t',
  'import x from "y"',
  'export const a = 1',
  'import',
  'export',
  ': ',
  '"',
  "'",
  '"quoted"',
  '“curly”',
  '‘single’',
  '«guillemets»',
  '„low“',
  '---\ntitle: x\n---',
  'key: value',
  '- - -',
  '%YAML',
  '&anchor',
  '*alias',
  '!!str',
  '? ',
  '@',
  '`x`',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u202d',
  '\u200f',
  '\u200e',
  '\u061c',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u00a0',
  '\u3000',
  'مرحبا بالعالم',
  'שלום',
  'Привет',
  '中文文本',
  '日本語',
  '한국어',
  'ไทย',
  'e\u0301',
  '🇺🇦',
  '👩‍👩‍👧',
  '🏳️‍🌈',
  '💶',
  '€100 billion',
  '$40bn',
  '5,000',
  '50%',
  'NATO',
  '\n',
  '\n\n',
  ' \n',
  '\n ',
  '  ',
  ' ',
  'a',
  'word',
  'Stoltenberg said',
  '"We will," he said.',
];

/** One token of hostile text: a nasty fragment, random Unicode, or a long run. */
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_FRAGMENTS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.constantFrom(...' \t\n{}<>*_[]#`|!\\&;:"\'-=~'.split('')),
      maxLength: 8,
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 600 }).map((n) => 'x'.repeat(n)) },
);

/** Any text a pasted article could contain, biased towards trouble. */
export const hostileText = (maxTokens = 24): fc.Arbitrary<string> =>
  fc.array(token, { maxLength: maxTokens }).map((tokens) => tokens.join(''));

/** A paragraph as analyseDocuments hands it to emit: hostile, through mdxSafeParagraph. */
export const hostileParagraph = hostileText(16)
  .map((text) => mdxSafeParagraph(text))
  .filter((text): text is string => text !== null);

/** A metadata string (headline, byline, …): hostile, single or multi line. */
export const hostileField = hostileText(8);

export function blankArticle(overrides: Partial<Article> = {}): Article {
  return emptyArticle({ id: 'article', source: 'article.txt', headline: 'Headline', ...overrides });
}

/** Cut points inside a paragraph -> non-overlapping [start, end) spans with visible text. */
function spansOf(text: string, cuts: number[]): Array<[number, number]> {
  // Offsets are UTF-16 indexes; extraction never cuts a surrogate pair in half, so neither do we.
  const whole = (cut: number): number => (/[\uDC00-\uDFFF]/.test(text[cut] ?? '') ? cut + 1 : cut);
  const points = [...new Set(cuts.map((cut) => whole(cut % (text.length + 1))))].sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const [start, end] = [points[i]!, points[i + 1]!];
    if (text.slice(start, end).trim() !== '') spans.push([start, end]);
  }
  return spans;
}

const nullableText = fc.option(
  hostileField.filter((text) => text.length < 200),
  { nil: null },
);

/**
 * A web address the model accepts (http(s), no whitespace) whose path carries hostile characters:
 * quotes, braces, angle brackets and YAML markers must survive the front matter as data.
 */
const hostileWebAddress = fc.option(
  fc
    .tuple(fc.constantFrom('https://', 'http://', 'HTTPS://'), hostileField)
    .map(([scheme, text]) => `${scheme}example.org/${text.replace(/\s+/gu, '')}`),
  { nil: null },
);

/**
 * A whole Article with hostile text everywhere, and quotes and figures at real offsets of its
 * paragraphs — quotes never overlap quotes and figures never overlap figures (as extraction
 * guarantees), but a figure may sit inside a quote or cross its boundary.
 */
export const hostileArticle: fc.Arbitrary<Article> = fc
  .record({
    headline: hostileField,
    standfirst: nullableText,
    byline: nullableText,
    outlet: nullableText,
    dateline: nullableText,
    translationNote: nullableText,
    url: hostileWebAddress,
    language: fc.option(fc.constantFrom('en', 'ar', 'he', 'uk', 'zh-Hans', 'x'), { nil: null }),
    published: fc.option(fc.constantFrom('2024-04-30', '1999-12-31'), { nil: null }),
    machineTranslated: fc.boolean(),
    agencies: fc.array(hostileField, { maxLength: 3 }),
    captions: fc.array(hostileField, { maxLength: 3 }),
    tags: fc.array(hostileField, { maxLength: 3 }),
    subheads: fc.array(hostileField, { maxLength: 3 }),
    removed: fc.array(fc.record({ text: hostileField, reason: hostileField }), { maxLength: 2 }),
    paragraphs: fc.array(hostileParagraph, { minLength: 1, maxLength: 5 }),
    quoteCuts: fc.array(fc.array(fc.nat(), { maxLength: 6 }), { maxLength: 5 }),
    figureCuts: fc.array(fc.array(fc.nat(), { maxLength: 6 }), { maxLength: 5 }),
    speaker: nullableText,
    speakerKind: fc.constantFrom(...SpeakerKindSchema.options),
    verb: fc.option(fc.constantFrom('said', 'claimed', 'told "x"', '{x}', '<b>'), { nil: null }),
    kind: fc.constantFrom(...FIGURE_KINDS),
    // JSON (story.json, MDX attributes) has no -0: it is 0 everywhere, so it is not generated.
    amount: fc.option(
      fc
        .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
        .map((n) => (n === 0 ? 0 : n)),
      { nil: null },
    ),
    unit: nullableText,
  })
  .map((r) => {
    const quotes: Quote[] = [];
    const figures: Figure[] = [];
    r.paragraphs.forEach((text, paragraph) => {
      for (const [start, end] of spansOf(text, r.quoteCuts[paragraph] ?? [])) {
        quotes.push({
          text: text.slice(start, end),
          speaker: r.speaker,
          speakerKind: r.speaker === null ? null : r.speakerKind,
          verb: r.verb,
          paragraph,
          start,
          end,
          partial: start % 2 === 0,
          scare: end % 3 === 0,
        });
      }
      for (const [start, end] of spansOf(text, r.figureCuts[paragraph] ?? [])) {
        figures.push({
          text: text.slice(start, end),
          kind: r.kind,
          amount: r.amount,
          currency: r.kind === 'money' ? 'EUR' : null,
          currencyInferred: start % 2 === 1,
          period: r.kind === 'money' ? 'total' : null,
          years: r.kind === 'money' ? 5 : null,
          conversionOf: figures.length > 0 && end % 2 === 0 ? 0 : null,
          quantity: null,
          role: null,
          partOf: null,
          restatementOf: null,
          unit: r.unit,
          paragraph,
          start,
          end,
        });
      }
    });
    const {
      quoteCuts: _q,
      figureCuts: _f,
      speaker: _s,
      speakerKind: _sk,
      verb: _v,
      kind: _k,
      amount: _a,
      unit: _u,
      ...fields
    } = r;
    return blankArticle({ ...fields, id: 'fuzzed-article', source: 'fuzzed.txt', quotes, figures });
  });

/** True when two spans cross (neither nests in the other nor are they disjoint). */
export function crosses(
  a: { paragraph: number; start: number; end: number },
  b: { paragraph: number; start: number; end: number },
): boolean {
  if (a.paragraph !== b.paragraph) return false;
  const disjoint = a.end <= b.start || b.end <= a.start;
  const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
  return !disjoint && !nested;
}

/** The MDX body after its frontmatter (what @mdx-js/mdx compiles; Astro strips frontmatter too). */
export function mdxBody(source: string): string {
  const match = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(source);
  if (!match) throw new Error('no frontmatter block');
  return source.slice(match[0].length);
}

/** Compiles an emitted MDX file's body to JavaScript (function-body output, no imports). */
export async function compileMdx(source: string): Promise<string> {
  const file = await compile(mdxBody(source), { outputFormat: 'function-body' });
  return String(file.value);
}
