/**
 * bench:accuracy section "money": money figures, their currency, period and role, and conflicts
 * between outlets, scored against bench/gold/money/<event>.json (see bench/gold/README.md and
 * bench/gold/ANNOTATION.md).
 *
 * In:  each gold event's articles from ../shared, given to the real pipeline in-process (normalize +
 *      extract: analyseDocument) in clean form: corpus title + "\n\n" + content_original; then
 *      compare's groupFigures over the event's articles.
 * Out: rows per split — money P/R/F1 (span overlap in the same corpus paragraph), currency, period
 *      and role accuracy on matched figures (role also as coverage — the share the pipeline gave a
 *      role rather than "unknown" — and accuracy on those it answered), grouping P/R/F1 over cross-outlet pairs of the gold
 *      quantities, and conflict P/R at quantity level (a predicted conflict group is right when the
 *      gold quantity its figures belong to is a conflict; a gold conflict is flagged when one
 *      predicted conflict group holds two of its members from different articles).
 *
 * Paragraphs are mapped back to corpus indexes by text (normalize may drop or merge lines).
 * MONEY_DEBUG=1 prints the misses of the tune split (never of held-out or unseen: rules are not tuned
 * on them).
 */
import { analyseDocument } from '../../../src/pipeline/analyse.ts';
import { groupFigures } from '../../../src/pipeline/compare/figures.ts';
import { blankArticle, type Article, type Figure } from '../../../src/lib/model.ts';
import {
  corpusDocument,
  corpusEvent,
  goldFiles,
  paragraphsOf,
  type GoldMoney,
  type Split,
} from '../corpus.ts';
import { prf, type AccuracyRow, type AccuracySection } from '../section.ts';

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The corpus paragraph an article paragraph came from, or -1. */
function corpusParagraph(text: string, corpus: string[]): number {
  const wanted = squash(text);
  if (wanted === '') return -1;
  const exact = corpus.findIndex((c) => squash(c) === wanted);
  if (exact >= 0) return exact;
  return corpus.findIndex(
    (c) => squash(c).includes(wanted.slice(0, 60)) || wanted.includes(squash(c).slice(0, 60)),
  );
}

interface Located {
  figure: Figure;
  index: number;
  p: number;
  start: number;
  end: number;
}

/** A predicted figure's corpus position: its paragraph by text, its span by the nearest occurrence. */
export function locate(figure: Figure, index: number, article: Article, corpus: string[]): Located {
  const paragraph = article.paragraphs[figure.paragraph] ?? '';
  const p = corpusParagraph(paragraph, corpus);
  if (p < 0) return { figure, index, p: -1, start: 0, end: 0 };
  const text = corpus[p]!;
  let best = -1;
  for (let at = text.indexOf(figure.text); at >= 0; at = text.indexOf(figure.text, at + 1))
    if (best < 0 || Math.abs(at - figure.start) < Math.abs(best - figure.start)) best = at;
  if (best < 0) return { figure, index, p: -1, start: 0, end: 0 };
  return { figure, index, p, start: best, end: best + figure.text.length };
}

/**
 * A predicted period is right when it is the gold's, or blank for a `per-unit` gold figure: a price or a
 * sum per person has no period, whatever it is paid per (ANNOTATION.md, money round 13), so a blank is
 * the right answer for such gold even where an older label gave it one.
 */
export const periodMatches = (
  gold: { period: string | null; role: string },
  predicted: string | null,
): boolean => gold.period === predicted || (gold.role === 'per-unit' && predicted === null);

/** Two spans share at least one character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) > Math.max(a.start, b.start);

/**
 * Each money figure the pipeline finds in a tune-split gold article that matches a gold figure (the
 * same corpus paragraph, overlapping spans, each gold figure once): the scripts that study the role
 * rules (bench/role-rules.ts, bench/money-misses.ts) read the tune half only, through this.
 */
export function forEachTuneMatch(visit: (article: Article, figure: Figure, gold: GoldMoney) => void): void {
  for (const { split, gold } of goldFiles('money')) {
    if (split !== 'tune') continue;
    const corpus = corpusEvent(gold.event);
    for (const goldArticle of gold.articles) {
      const source = corpus.articles.find((a) => a.ID === goldArticle.id);
      if (!source) continue;
      const paragraphs = paragraphsOf(source);
      const article = analyseDocument(corpusDocument(source, { outlet: source.source }));
      if (!article) continue;
      const used = new Set<number>();
      article.figures.forEach((figure, index) => {
        if (figure.kind !== 'money') return;
        const l = locate(figure, index, { ...article, id: source.ID }, paragraphs);
        const gi = goldArticle.figures.findIndex((g, i) => !used.has(i) && g.p === l.p && overlaps(g, l));
        if (gi < 0) return;
        used.add(gi);
        visit(article, figure, goldArticle.figures[gi]!);
      });
    }
  }
}

interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  currencyRight: number;
  periodRight: number;
  roleRight: number;
  /** Matched figures the pipeline gave a role (it may say "unknown": role null). */
  roleAnswered: number;
  pairTP: number;
  pairPredicted: number;
  pairGold: number;
  conflictPredicted: number;
  conflictRight: number;
  goldConflicts: number;
  conflictsFlagged: number;
}

const emptyTally = (): Tally => ({
  gold: 0,
  predicted: 0,
  matched: 0,
  currencyRight: 0,
  periodRight: 0,
  roleRight: 0,
  roleAnswered: 0,
  pairTP: 0,
  pairPredicted: 0,
  pairGold: 0,
  conflictPredicted: 0,
  conflictRight: 0,
  goldConflicts: 0,
  conflictsFlagged: 0,
});

const debug = process.env.MONEY_DEBUG === '1';
const key = (article: string, index: number) => `${article}#${index}`;

function scoreEvent(gold: ReturnType<typeof goldFiles<'money'>>[number]['gold'], t: Tally, show: boolean) {
  const corpus = corpusEvent(gold.event);
  const articles: Article[] = [];
  /** predicted "article#figure" -> gold "article#figure", and back. */
  const toGold = new Map<string, string>();
  const lines: string[] = [];
  for (const goldArticle of gold.articles) {
    const source = corpus.articles.find((a) => a.ID === goldArticle.id);
    if (!source)
      throw new Error(`bench/gold/money/${gold.event}.json: no article ${goldArticle.id} in the corpus`);
    const paragraphs = paragraphsOf(source);
    const analysed = analyseDocument(corpusDocument(source, { outlet: source.source }));
    const article: Article = analysed
      ? { ...analysed, id: source.ID, outlet: source.source }
      : blankArticle({ id: source.ID, source: `${source.ID}.txt`, outlet: source.source });
    articles.push(article);
    const located = article.figures
      .map((figure, index) => ({ figure, index }))
      .filter(({ figure }) => figure.kind === 'money')
      .map(({ figure, index }) => locate(figure, index, article, paragraphs));
    const used = new Set<number>();
    const golds: GoldMoney[] = goldArticle.figures;
    for (const l of located) {
      t.predicted++;
      const gi = golds.findIndex((g, i) => !used.has(i) && g.p === l.p && overlaps(g, l));
      if (gi < 0) {
        lines.push(
          `  + extra p${l.p} "${l.figure.text}"${debug && l.p >= 0 ? ` «${paragraphs[l.p]!.slice(Math.max(0, l.start - 60), l.end + 40)}»` : ''}`,
        );
        continue;
      }
      used.add(gi);
      t.matched++;
      toGold.set(key(source.ID, l.index), key(source.ID, gi));
      const g = golds[gi]!;
      const around = debug ? ` «${paragraphs[l.p]!.slice(Math.max(0, l.start - 70), l.end + 50)}»` : '';
      if (g.currency === l.figure.currency) t.currencyRight++;
      else lines.push(`  ¤ ${l.figure.currency} vs ${g.currency} "${l.figure.text}"`);
      if (periodMatches(g, l.figure.period)) t.periodRight++;
      else
        lines.push(
          `  ⏲ ${l.figure.period} vs ${g.period} p${l.p} "${l.figure.text}" (${g.quantity})${around}`,
        );
      if (l.figure.role !== null) t.roleAnswered++;
      if (g.role === l.figure.role) t.roleRight++;
      else
        lines.push(`  ρ ${l.figure.role} vs ${g.role} p${l.p} "${l.figure.text}" (${g.quantity})${around}`);
    }
    t.gold += golds.length;
    golds.forEach((g, i) => {
      if (!used.has(i))
        lines.push(
          `  − missed p${g.p} ${g.start}-${g.end} (${g.quantity})${debug ? ` «${paragraphs[g.p]?.slice(Math.max(0, g.start - 60), g.end + 40)}»` : ''}`,
        );
    });
  }

  // Grouping: cross-article pairs of gold quantities vs of predicted money groups.
  const goldQuantity = new Map<string, number>();
  gold.quantities.forEach((q, qi) => {
    for (const [article, figure] of q.members) goldQuantity.set(key(article, figure), qi);
  });
  const pairs = (members: string[][]) => {
    const set = new Set<string>();
    for (const list of members)
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const [a, b] = [list[i]!, list[j]!].sort();
          if (a!.split('#')[0] !== b!.split('#')[0]) set.add(`${a}|${b}`);
        }
    return set;
  };
  const goldPairs = pairs(gold.quantities.map((q) => q.members.map(([a, f]) => key(a, f))));
  const groups = groupFigures(articles).filter((g) => g.kind === 'money');
  const predictedPairs = pairs(
    groups.map((g) =>
      g.members.map((m) => toGold.get(key(m.article, m.figure))).filter((k) => k !== undefined),
    ),
  );
  t.pairGold += goldPairs.size;
  t.pairPredicted += predictedPairs.size;
  for (const pair of predictedPairs) if (goldPairs.has(pair)) t.pairTP++;
  /** A pair of gold keys as the debug output shows it: each figure as extracted, and its gold quantity. */
  const describePair = (pair: string): string =>
    pair
      .split('|')
      .map((k) => {
        const [id, index] = k.split('#');
        const g = gold.articles.find((x) => x.id === id)?.figures[Number(index)];
        const back = [...toGold].find(([, v]) => v === k)?.[0];
        const [pid, pindex] = (back ?? '#').split('#');
        const f = articles.find((x) => x.id === pid)?.figures[Number(pindex)];
        return `${f ? `"${f.text}" ${f.quantity}/${f.role}/${f.period}` : 'unmatched'} [${g?.quantity}]`;
      })
      .join(' ~ ');
  if (show) {
    for (const pair of goldPairs)
      if (!predictedPairs.has(pair)) lines.push(`  ⋈ missed pair: ${describePair(pair)}`);
    for (const pair of predictedPairs)
      if (!goldPairs.has(pair)) lines.push(`  ⋈ false pair: ${describePair(pair)}`);
  }

  // Conflicts at quantity level.
  const conflictGroups = groups.filter((g) => g.variants.some((v) => v.relation === 'conflict'));
  for (const group of conflictGroups) {
    t.conflictPredicted++;
    const quantities = new Set(
      group.members
        .map((m) => toGold.get(key(m.article, m.figure)))
        .map((k) => (k === undefined ? undefined : goldQuantity.get(k)))
        .filter((q) => q !== undefined),
    );
    const right = [...quantities].some((q) => gold.quantities[q]!.conflict);
    if (right) t.conflictRight++;
    else lines.push(`  ⚠ false conflict: ${group.conflict}`);
  }
  gold.quantities.forEach((q, qi) => {
    if (!q.conflict) return;
    t.goldConflicts++;
    const flagged = conflictGroups.some((group) => {
      const articlesIn = new Set(
        group.members
          .filter((m) => goldQuantity.get(toGold.get(key(m.article, m.figure)) ?? '') === qi)
          .map((m) => m.article),
      );
      return articlesIn.size >= 2;
    });
    if (flagged) t.conflictsFlagged++;
    else lines.push(`  ⚠ missed conflict: ${q.quantity} (${q.why ?? ''})`);
  });
  if (show && lines.length > 0) console.error(`${gold.event}\n${lines.join('\n')}`);
}

function rows(split: Split, t: Tally): AccuracyRow[] {
  const base = { section: 'money', split, form: 'clean' as const };
  const share = (right: number) => (t.matched === 0 ? 0 : right / t.matched);
  const pairs = prf(t.pairTP, t.pairPredicted, t.pairGold);
  const conflicts = prf(t.conflictRight, t.conflictPredicted, t.goldConflicts);
  return [
    {
      ...base,
      field: 'money figure',
      n: t.gold,
      ...prf(t.matched, t.predicted, t.gold),
      counts: { gold: t.gold, predicted: t.predicted, matched: t.matched },
    },
    { ...base, field: 'currency', n: t.matched, accuracy: share(t.currencyRight) },
    { ...base, field: 'period', n: t.matched, accuracy: share(t.periodRight) },
    { ...base, field: 'role', n: t.matched, accuracy: share(t.roleRight) },
    // "Unknown" (role null) counts as wrong above; here only the answered figures are scored.
    {
      ...base,
      field: 'role when answered',
      n: t.roleAnswered,
      accuracy: t.roleAnswered === 0 ? 0 : t.roleRight / t.roleAnswered,
      note: `coverage ${share(t.roleAnswered).toFixed(3)} (${t.roleAnswered} of ${t.matched} answered)`,
    },
    { ...base, field: 'same quantity (pairs)', n: t.pairGold, ...pairs },
    {
      ...base,
      field: 'conflict',
      n: t.goldConflicts,
      precision: conflicts.precision,
      recall: t.goldConflicts === 0 ? undefined : t.conflictsFlagged / t.goldConflicts,
      note: `${t.conflictPredicted - t.conflictRight} false of ${t.conflictPredicted} flagged; ${t.conflictsFlagged} of ${t.goldConflicts} real flagged`,
    },
  ];
}

export const section: AccuracySection = {
  name: 'money',
  score({ splits }) {
    const out: AccuracyRow[] = [];
    const files = goldFiles('money');
    for (const split of splits) {
      const tally = emptyTally();
      for (const { split: fileSplit, gold } of files) {
        if (fileSplit !== split) continue;
        scoreEvent(gold, tally, debug && split === 'tune');
      }
      out.push(...rows(split, tally));
    }
    return out;
  },
};
