/**
 * node bench/money-real-conflicts.ts [--candidates] [--verbose] — money conflicts between outlets on
 * real coverage.
 *
 * Why: the hand gold holds 3 real money conflicts (1 tune, 2 held-out), too few to tune or measure
 * on. This reads corpus events that are in no split of bench/gold/events.json, and the tune events,
 * and judges pairs of money figures from different outlets of one event by hand
 * (bench/gold/money-conflicts/real.json: positions and labels only).
 * In:  those events from ../shared, through the real pipeline (analyseDocument, groupFigures), as the
 *      money accuracy section reads them (title + "\n\n" + content_original, outlet = corpus source).
 * Out: --candidates: every cross-outlet pair whose quantity head word matches or whose values (one
 *      currency) are within 30% (--reach 0.5: 50%), with both sentences and what the tool made of the pair (stdout only:
 *      the texts stay in ../shared). Default: the score on the judged pairs (scoreRealConflicts, which
 *      the test uses too): pairs grouped, relations given, conflicts flagged, false conflicts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseDocument } from '../src/pipeline/analyse.ts';
import { groupFigures } from '../src/pipeline/compare/figures.ts';
import { quantityHead } from '../src/pipeline/extract/figures/quantity-head.ts';
import { blankArticle, type Article, type Figure, type FigureGroup } from '../src/lib/model.ts';
import { corpusDocument, corpusEvent, corpusEvents, goldDir, paragraphsOf } from './accuracy/corpus.ts';
import { locate } from './accuracy/sections/money.ts';

/** A judged pair's label: one quantity that outlets disagree on, one quantity within rounding or conversion, or two quantities. */
export type PairLabel = 'conflict' | 'agree' | 'different';
interface GoldSpan {
  id: string;
  p: number;
  start: number;
  end: number;
}
export interface RealPair {
  event: string;
  a: GoldSpan;
  b: GoldSpan;
  label: PairLabel;
  why?: string;
}
export interface RealGold {
  about: string;
  events: string[];
  pairs: RealPair[];
}

export const realGoldPath = join(goldDir, 'money-conflicts/real.json');

/** Events the script may read: in no split of events.json, or in a tune split. */
export function allowedEvents(): string[] {
  const splits = JSON.parse(readFileSync(join(goldDir, 'events.json'), 'utf8')) as Record<
    string,
    Record<string, string[]> | string
  >;
  const barred = new Set<string>();
  for (const kind of Object.values(splits)) {
    if (typeof kind !== 'object') continue;
    for (const [split, events] of Object.entries(kind))
      if (split !== 'tune') events.forEach((e) => barred.add(e));
  }
  return [...corpusEvents().keys()].filter((id) => !barred.has(id)).sort();
}

interface Located {
  article: Article;
  ai: number;
  figure: Figure;
  index: number;
  p: number;
  start: number;
  end: number;
}

interface EventRun {
  articles: Article[];
  located: Located[];
  groups: FigureGroup[];
  paragraphs: string[][];
}

export function runEvent(event: string): EventRun {
  const corpus = corpusEvent(event);
  const articles: Article[] = [];
  const located: Located[] = [];
  const paragraphs: string[][] = [];
  corpus.articles.forEach((source, ai) => {
    const ps = paragraphsOf(source);
    paragraphs.push(ps);
    const analysed = analyseDocument(corpusDocument(source, { outlet: source.source }));
    const article: Article = analysed
      ? { ...analysed, id: source.ID, outlet: source.source }
      : blankArticle({ id: source.ID, source: `${source.ID}.txt`, outlet: source.source });
    articles.push(article);
    article.figures.forEach((figure, index) => {
      if (figure.kind !== 'money' || figure.amount === null) return;
      const l = locate(figure, index, article, ps);
      if (l.p >= 0) located.push({ article, ai, figure, index, p: l.p, start: l.start, end: l.end });
    });
  });
  const groups = groupFigures(articles).filter((g) => g.kind === 'money');
  return { articles, located, groups, paragraphs };
}

/** What the tool made of two figures: not grouped, or grouped and each one's variant relation. */
function verdict(
  run: EventRun,
  x: Located,
  y: Located,
): { grouped: boolean; conflict: boolean; text: string } {
  const has = (g: FigureGroup, l: Located) =>
    g.members.some((m) => m.article === l.article.id && m.figure === l.index);
  const group = run.groups.find((g) => has(g, x) && has(g, y));
  if (!group) return { grouped: false, conflict: false, text: 'apart' };
  const variantOf = (l: Located) =>
    group.variants.findIndex((v) =>
      v.members.some((m) => m.article === l.article.id && m.figure === l.index),
    );
  const vx = variantOf(x);
  const vy = variantOf(y);
  const rx = group.variants[vx]?.relation ?? '?';
  const ry = group.variants[vy]?.relation ?? '?';
  // A pair is flagged when its two figures are different values of the group and one of them is in conflict.
  const conflict = vx !== vy && (rx === 'conflict' || ry === 'conflict');
  return { grouped: true, conflict, text: `grouped ${rx}/${ry}${group.conflict ? ' [group conflict]' : ''}` };
}

const within = (a: number, b: number, reach: number) => Math.abs(a - b) <= reach * Math.max(a, b);

function candidates(verbose: boolean, reach: number): void {
  let total = 0;
  for (const event of allowedEvents()) {
    const run = runEvent(event);
    const lines: string[] = [];
    const { located } = run;
    for (let i = 0; i < located.length; i++)
      for (let j = i + 1; j < located.length; j++) {
        const x = located[i]!;
        const y = located[j]!;
        if (x.ai === y.ai || x.article.outlet === y.article.outlet) continue;
        const hx = quantityHead(x.figure.quantity);
        const hy = quantityHead(y.figure.quantity);
        const head = hx !== null && hx === hy;
        const near =
          x.figure.currency === y.figure.currency && within(x.figure.amount!, y.figure.amount!, reach);
        if (!head && !near) continue;
        total++;
        const v = verdict(run, x, y);
        const show = (l: Located) => {
          const p = run.paragraphs[l.ai]![l.p]!;
          const around = verbose
            ? ` «${p.slice(Math.max(0, l.start - 160), l.end + 90).replace(/\s+/gu, ' ')}»`
            : '';
          return `${l.article.id} p${l.p} ${l.start}-${l.end} [${l.article.outlet}] "${l.figure.text}" q=${l.figure.quantity} role=${l.figure.role} per=${l.figure.period}${around}`;
        };
        lines.push(
          `  PAIR ${head ? 'head' : ''}${near ? ' near' : ''} tool=${v.text}\n    A ${show(x)}\n    B ${show(y)}`,
        );
      }
    if (lines.length) console.log(`\n######## ${event}\n${lines.join('\n')}`);
  }
  console.log(`\n${total} candidate pairs`);
}

export interface RealScore {
  pairs: number;
  conflicts: number;
  conflictsGrouped: number;
  conflictsFlagged: number;
  /** Pairs labelled agree or different that the tool flags as a conflict. */
  falseConflicts: number;
  agreeGrouped: number;
  agree: number;
  /** Pairs of different quantities the tool groups. */
  differentGrouped: number;
  different: number;
  lines: string[];
}

/** The tool's result on the judged pairs of bench/gold/money-conflicts/real.json. */
export function scoreRealConflicts(gold: RealGold = readRealGold()): RealScore {
  const s: RealScore = {
    pairs: 0,
    conflicts: 0,
    conflictsGrouped: 0,
    conflictsFlagged: 0,
    falseConflicts: 0,
    agreeGrouped: 0,
    agree: 0,
    differentGrouped: 0,
    different: 0,
    lines: [],
  };
  const runs = new Map<string, EventRun>();
  for (const pair of gold.pairs) {
    const run = runs.get(pair.event) ?? runEvent(pair.event);
    runs.set(pair.event, run);
    const find = (g: GoldSpan) =>
      run.located.find((l) => l.article.id === g.id && l.p === g.p && l.start < g.end && g.start < l.end);
    const x = find(pair.a);
    const y = find(pair.b);
    s.pairs++;
    const v = x && y ? verdict(run, x, y) : { grouped: false, conflict: false, text: 'figure not found' };
    const tag = `${pair.event} ${pair.a.id} p${pair.a.p} / ${pair.b.id} p${pair.b.p} (${pair.label}): ${v.text}`;
    if (pair.label === 'conflict') {
      s.conflicts++;
      if (v.grouped) s.conflictsGrouped++;
      if (v.conflict) s.conflictsFlagged++;
      else s.lines.push(`  missed conflict ${tag}`);
    } else {
      if (v.conflict) {
        s.falseConflicts++;
        s.lines.push(`  FALSE conflict ${tag}`);
      }
      if (pair.label === 'agree') {
        s.agree++;
        if (v.grouped) s.agreeGrouped++;
        else s.lines.push(`  agree apart ${tag}`);
      } else {
        s.different++;
        if (v.grouped) {
          s.differentGrouped++;
          s.lines.push(`  different grouped ${tag}`);
        }
      }
    }
  }
  return s;
}

export function readRealGold(): RealGold {
  return JSON.parse(readFileSync(realGoldPath, 'utf8')) as RealGold;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      candidates: { type: 'boolean' },
      verbose: { type: 'boolean' },
      reach: { type: 'string', default: '0.3' },
    },
  });
  if (values.candidates) candidates(values.verbose ?? false, Number(values.reach));
  else {
    const s = scoreRealConflicts();
    if (values.verbose) s.lines.forEach((l) => console.log(l));
    console.log(
      `${s.pairs} judged pairs: conflicts ${s.conflictsFlagged} of ${s.conflicts} flagged (${s.conflictsGrouped} grouped), ` +
        `${s.falseConflicts} false conflicts; agree grouped ${s.agreeGrouped} of ${s.agree}; ` +
        `different grouped ${s.differentGrouped} of ${s.different}`,
    );
  }
}
