/**
 * Bench for the compare stage: a synthetic story of N articles -> compare(), timed.
 *
 *   npx node bench/compare.ts [--articles 1000] [--seed 1]
 *
 * The story is generated from pools, then mutated per article so that real groups exist: the same
 * statements quoted with swapped words, truncations and "..." elisions by different speakers'
 * spellings; the same figures repeated, rounded, contradicted, given in another currency or with a
 * stated conversion; names with contested spellings (Kiev/Kyiv, Nato/NATO). Prints the sizes, the
 * time of compare() alone and the peak RSS of the process.
 */
import { compare } from '../src/pipeline/compare/index.ts';
import { PERSON_SPEECH_VERBS } from '../src/lib/lexicon/person-speech-verbs.ts';
import { rng } from './generate.ts';
import { blankArticle, blankFigure, type Article, type Figure, type Quote } from '../src/lib/model.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const ARTICLES = option('articles', 1000);
const seed = option('seed', 1) >>> 0;

const random = rng(seed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (p: number) => random() < p;

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'tin',
  'sa',
  'vo',
  'ren',
  'dul',
  'pi',
  'gra',
  'nos',
  'te',
  'bor',
  'li',
  'an',
  'quo',
  'zel',
  'mar',
  'fen',
  'ost',
];
const word = (n: number) => Array.from({ length: n }, () => pick(SYLLABLES)).join('');
const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

const FUNCTION_WORDS = [
  'the',
  'a',
  'of',
  'to',
  'and',
  'in',
  'that',
  'we',
  'is',
  'for',
  'on',
  'with',
  'will',
  'our',
  'have',
  'not',
  'this',
  'be',
];
const VOCABULARY = Array.from({ length: 3000 }, () => word(2 + Math.floor(random() * 3)));
const SPEAKERS = Array.from({ length: 40 }, () => `${capital(word(2))} ${capital(word(3))}`);
const PLACES = [
  'Kiev',
  'Kyiv',
  'Brussels',
  'Washington',
  'Odessa',
  'Odesa',
  'Kharkiv',
  'Kharkov',
  ...Array.from({ length: 20 }, () => capital(word(3))),
];
const ORGS = [
  'NATO',
  'Nato',
  'EU',
  'UN',
  'Pentagon',
  ...Array.from({ length: 10 }, () => `${capital(word(2))} Group`),
];
const OUTLETS = Array.from({ length: 80 }, (_, i) => `${capital(word(2))} News ${i}`);
const AGENCIES = ['Reuters', 'AP', 'AFP', 'dpa', 'VOA'];
/** Speech verbs that compare/entities reads as a person's (the first ten). */
const VERBS = PERSON_SPEECH_VERBS.split(/\s+/).slice(0, 10);

function sentence(length: number): string[] {
  return Array.from({ length }, () => (chance(0.4) ? pick(FUNCTION_WORDS) : pick(VOCABULARY)));
}

interface Statement {
  speaker: string;
  words: string[];
}
const STATEMENTS: Statement[] = Array.from({ length: 400 }, () => ({
  speaker: pick(SPEAKERS),
  words: sentence(12 + Math.floor(random() * 16)),
}));

/** One outlet's version of a statement: a few words swapped, cut short, or elided. */
function mutate(words: string[]): string {
  let out = [...words];
  const swaps = Math.floor(random() * 3);
  for (let i = 0; i < swaps; i++) out[Math.floor(random() * out.length)] = pick(VOCABULARY);
  if (chance(0.2)) out = out.slice(0, out.length - 1 - Math.floor(random() * 4));
  if (chance(0.15) && out.length > 10) {
    const at = 3 + Math.floor(random() * (out.length - 8));
    out.splice(at, 2 + Math.floor(random() * 2), '...');
  }
  const text = out.join(' ').replace(/ \.\.\. /g, ' ... ');
  return text[0]!.toUpperCase() + text.slice(1);
}

interface BaseFigure {
  amount: number;
  currency: string;
  period: Figure['period'];
  years: number | null;
}
const BASE_FIGURES: BaseFigure[] = Array.from({ length: 150 }, () => {
  const period = pick(['total', 'annual', null] as const);
  return {
    amount: (Math.round((1 + random() * 99) * 10) / 10) * pick([1e6, 1e9]),
    currency: pick(['EUR', 'USD', 'GBP']),
    period,
    years: period === 'total' ? pick([2, 3, 5, 10]) : null,
  };
});
const RATES: Record<string, number> = { EUR: 1.07, GBP: 1.27, USD: 1 };
const BASE_COUNTS = Array.from({ length: 60 }, () => ({
  amount: Math.floor(random() * 5000),
  unit: pick(['troops', 'tanks', 'members', 'km', 'months']),
}));

function moneyText(amount: number, currency: string): string {
  const [scale, name] = amount >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
  return `${currency === 'USD' ? '$' : currency === 'GBP' ? '£' : '€'}${+(amount / scale).toFixed(3)} ${name}`;
}

function figure(
  text: string,
  amount: number,
  currency: string | null,
  paragraph: number,
  extra: Partial<Figure> = {},
): Figure {
  return blankFigure(text, { amount, currency, paragraph, ...extra });
}

function makeArticle(index: number): Article {
  const paragraphs: string[] = [];
  const quotes: Quote[] = [];
  const figures: Figure[] = [];
  const place = pick(PLACES);
  const org = pick(ORGS);
  const lead = pick(SPEAKERS);
  paragraphs.push(`${lead} ${pick(VERBS)} on Monday that ${org} would ${sentence(8).join(' ')} in ${place}.`);

  const quoteCount = 4 + Math.floor(random() * 7);
  for (let q = 0; q < quoteCount; q++) {
    const statement = pick(STATEMENTS);
    const text = mutate(statement.words);
    const speaker = chance(0.3) ? statement.speaker.split(' ')[1]! : statement.speaker;
    const verb = pick(VERBS);
    const paragraph = `"${text}," ${verb} ${speaker}, ${sentence(6).join(' ')} ${pick(PLACES)}.`;
    quotes.push({
      text,
      speaker: chance(0.1) ? null : speaker,
      verb,
      paragraph: paragraphs.length,
      start: 1,
      end: 1 + text.length,
      partial: false,
      scare: false,
    });
    paragraphs.push(paragraph);
    if (chance(0.3)) paragraphs.push(`${capital(sentence(14).join(' '))} ${pick(ORGS)} and ${pick(PLACES)}.`);
  }

  const figureCount = 2 + Math.floor(random() * 5);
  for (let f = 0; f < figureCount; f++) {
    const base = pick(BASE_FIGURES);
    let { amount, currency } = base;
    const roll = random();
    if (roll < 0.1)
      amount = Number((amount / (amount >= 1e9 ? 1e9 : 1e6)).toPrecision(1)) * (amount >= 1e9 ? 1e9 : 1e6); // rounded
    else if (roll < 0.15)
      amount = amount * 1.03; // a real disagreement
    else if (roll < 0.2) currency = pick(['EUR', 'USD', 'GBP'].filter((c) => c !== currency)); // currency mix-up
    const text = moneyText(amount, currency);
    const p = paragraphs.length;
    paragraphs.push(
      `Diplomats discussed ${text}${base.period === 'annual' ? ' a year' : base.years ? ` over ${base.years} years` : ''} for ${pick(PLACES)}.`,
    );
    figures.push(figure(text, amount, currency, p, { period: base.period, years: base.years }));
    if (chance(0.15) && currency !== 'USD') {
      const converted = Math.round((amount * RATES[currency]!) / 1e6) * 1e6;
      figures.push(
        figure(moneyText(converted, 'USD'), converted, 'USD', p, {
          period: base.period,
          years: base.years,
          conversionOf: figures.length - 1,
        }),
      );
    }
  }
  for (let c = 0; c < 2; c++) {
    const base = pick(BASE_COUNTS);
    const text = `${base.amount} ${base.unit}`;
    figures.push({ ...figure(text, base.amount, null, paragraphs.length), kind: 'count', unit: base.unit });
    paragraphs.push(`There were ${text} near ${pick(PLACES)}, ${pick(SPEAKERS)} told ${pick(AGENCIES)}.`);
  }

  // Property order matters: it is the order random() is drawn in.
  return blankArticle({
    id: `article-${index}`,
    source: `article-${index}.txt`,
    headline: capital(sentence(9).join(' ')),
    outlet: pick(OUTLETS),
    agencies: chance(0.5) ? [pick(AGENCIES)] : [],
    machineTranslated: chance(0.1),
    language: 'en',
    paragraphs,
    quotes,
    figures,
  });
}

const generateStart = performance.now();
const articles = Array.from({ length: ARTICLES }, (_, i) => makeArticle(i));
const generateSeconds = (performance.now() - generateStart) / 1000;
const rssBefore = process.memoryUsage().rss;

const started = performance.now();
const cpuStart = process.cpuUsage();
const analysis = compare(articles);
const seconds = (performance.now() - started) / 1000;
// CPU time as well as wall time: on a shared, loaded machine the wall clock says little.
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

const peakRss = process.resourceUsage().maxRSS * 1024; // maxRSS is in kilobytes
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const quoteCount = articles.reduce((n, a) => n + a.quotes.length, 0);
const figureCount = articles.reduce((n, a) => n + a.figures.length, 0);
const words = articles.reduce((n, a) => n + a.paragraphs.join(' ').split(/\s+/).length, 0);
const multi = (groups: Array<{ members: unknown[] }>) => groups.filter((g) => g.members.length > 1).length;

console.log(
  `articles        ${ARTICLES} (${words.toLocaleString('en-US')} words, generated in ${generateSeconds.toFixed(1)} s)`,
);
console.log(
  `quotes          ${quoteCount} -> ${analysis.quoteGroups.length} groups (${multi(analysis.quoteGroups)} with 2+ members; ${STATEMENTS.length} statements in the pool)`,
);
console.log(
  `figures         ${figureCount} -> ${analysis.figureGroups.length} groups (${analysis.figureGroups.filter((g) => g.conflict).length} conflicts, ${analysis.figureGroups.filter((g) => g.rounding).length} rounding)`,
);
console.log(`entities        ${analysis.entities.length}; outlet profiles ${analysis.outlets.length}`);
console.log(
  `compare()       ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`,
);
console.log(`RSS             before compare ${mb(rssBefore)}, peak ${mb(peakRss)}`);
