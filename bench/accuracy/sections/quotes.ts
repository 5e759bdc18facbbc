/**
 * bench:accuracy section "quotes": direct quotes, their speakers and cross-outlet statement groups,
 * scored against bench/gold/quotes/<event>.json (see bench/gold/README.md).
 *
 * In:  each gold event's articles from ../shared, given to the real pipeline (normalize + extract,
 *      in-process) in clean form: corpus title + "\n\n" + content_original; then compare's
 *      groupQuotes over the event's articles.
 * Out: rows per split — quote P/R/F1 (scare quotes not counted), speaker accuracy on matched
 *      quotes with the share of wrong names and of blanks, statement grouping P/R/F1 over pairs of
 *      matched quotes from different articles (gold `statements` are statements quoted by two or
 *      more articles; an article repeating its own quote is not one).
 *
 * Matching: a predicted quote is mapped back to the corpus paragraph that holds its text; it
 * matches a gold quote in the same paragraph whose span overlaps it by ≥ 50% of the shorter.
 * QUOTES_DEBUG=1 prints the misses of the tune split (never of held-out or unseen: not tuned on);
 * QUOTES_PATHS=1 prints, for the tune split only, how many speakers each attribution path
 * (extract/quotes attributeQuotes: the tag reading, "+via" for the voice rule that resolved it)
 * credited right, wrong or left null; with QUOTES_DEBUG=1 too, each miss names its path and subject.
 */
import { analyseDocument } from '../../../src/pipeline/analyse.ts';
import {
  groupQuotes,
  quoteItem,
  quoteSimilarity,
  threshold,
} from '../../../src/pipeline/compare/quotes/index.ts';
import { attributeQuotes } from '../../../src/pipeline/extract/quotes.ts';
import { blankArticle, type Article, type Quote } from '../../../src/lib/model.ts';
import {
  corpusDocument,
  corpusEvent,
  goldFiles,
  paragraphsOf,
  type GoldQuote,
  type Split,
} from '../corpus.ts';
import { prf, type AccuracyRow, type AccuracySection } from '../section.ts';
import { NAME_PARTICLES } from '../../../src/lib/lexicon/name-particles.ts';

interface Located {
  quote: Quote;
  /** Corpus paragraph and span, or p = -1 when the text is not found there. */
  p: number;
  start: number;
  end: number;
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** A predicted quote's position in the corpus paragraphs (its paragraph found by text). */
function locate(quote: Quote, article: Article, corpus: string[]): Located {
  const paragraph = squash(article.paragraphs[quote.paragraph] ?? '');
  const text = quote.text;
  const order = corpus
    .map((c, i) => ({
      i,
      score: squash(c) === paragraph ? 2 : squash(c).includes(paragraph.slice(0, 60)) ? 1 : 0,
    }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  for (const { i } of order) {
    const at = corpus[i]!.indexOf(text);
    if (at >= 0) return { quote, p: i, start: at, end: at + text.length };
  }
  return { quote, p: -1, start: 0, end: 0 };
}

const overlapOK = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && shared >= 0.5 * shorter;
};

const fold = (s: string): string[] =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !['the', 'a', 'an', 'of', 'for', 'jr', 'sr', 'mr', 'mrs', 'ms', 'dr'].includes(w));

const PARTICLES = new Set(NAME_PARTICLES.split(' '));

/**
 * A folded person name split into given names and surname, the surname keeping its particles
 * ("marine le pen" → given ["marine"], surname "le pen"; "le pen" → given [], surname "le pen").
 */
function nameParts(words: string[]): { given: string[]; surname: string } {
  let at = words.length - 1;
  while (at > 0 && PARTICLES.has(words[at - 1]!)) at--;
  return { given: words.slice(0, at), surname: words.slice(at).join(' ') };
}

/** One predicted name against one gold name (person, organisation or document). */
export function sameName(predicted: string, gold: string, kind: GoldQuote['kind']): boolean {
  const p = fold(predicted);
  const g = fold(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  if (kind === 'group') {
    // Joint statements: every predicted speaker is one of the gold speakers, by surname.
    const parts = gold.split(/\s+and\s+|,\s*/u).map((x) => fold(x).at(-1));
    return predicted.split(/\s+and\s+|,\s*/u).every((x) => parts.includes(fold(x).at(-1)));
  }
  if (kind === 'person' || kind === null) {
    // A surname alone, or a full name with the same surname and a compatible first name. The
    // surname keeps its particles ("Le Pen" is Marine Le Pen's surname, not a first name "Le"); a
    // bare last word ("Pen") still counts as the surname.
    const pn = nameParts(p);
    const gn = nameParts(g);
    if (p.length === 1) return p[0] === g.at(-1);
    if (pn.surname !== gn.surname) return false;
    if (pn.given.length === 0) return true;
    return gn.given.length > 0 && (pn.given[0] === gn.given[0] || pn.given[0]![0] === gn.given[0]![0]);
  }
  // Organisations and documents, loosely: one name's words contain the other's, or one is the
  // other's acronym ("FAA" for "Federal Aviation Administration").
  const initials = (w: string[]) => w.map((x) => x[0]).join('');
  if (p.length === 1 && p[0] === initials(g)) return true;
  if (g.length === 1 && g[0] === initials(p)) return true;
  const ps = new Set(p);
  const gs = new Set(g);
  return p.every((w) => gs.has(w)) || g.every((w) => ps.has(w));
}

interface Tally {
  goldQuotes: number;
  predicted: number;
  matched: number;
  speakerRight: number;
  speakerWrong: number;
  speakerNull: number;
  groupTP: number;
  groupPredictedPairs: number;
  groupGoldPairs: number;
  groupGoldFound: number;
}

const emptyTally = (): Tally => ({
  goldQuotes: 0,
  predicted: 0,
  matched: 0,
  speakerRight: 0,
  speakerWrong: 0,
  speakerNull: 0,
  groupTP: 0,
  groupPredictedPairs: 0,
  groupGoldPairs: 0,
  groupGoldFound: 0,
});

const debug = process.env.QUOTES_DEBUG === '1';
const auditPaths = process.env.QUOTES_PATHS === '1';

/** Per attribution path: speakers credited right, wrong, left null (tune split only). */
type PathTally = Map<string, { right: number; wrong: number; blank: number }>;

/** Each article is analysed once per process (bench/quote-sweep.ts scores the grouping many times). */
const analysed = new Map<string, ReturnType<typeof analyseDocument>>();
function analysedOnce(id: string, run: () => ReturnType<typeof analyseDocument>) {
  if (!analysed.has(id)) analysed.set(id, run());
  return analysed.get(id)!;
}

function scoreEvent(
  event: string,
  gold: ReturnType<typeof goldFiles<'quotes'>>[number]['gold'],
  t: Tally,
  show: boolean,
  paths?: PathTally,
) {
  const corpus = corpusEvent(event);
  const articles: Article[] = [];
  /** gold quote key "articleId#index" -> predicted quote key "articleId#index". */
  const goldToPredicted = new Map<string, string>();
  const predictedToGold = new Map<string, string>();
  /** gold quote key -> its words, for the debug lines. */
  const goldText = new Map<string, string>();
  for (const goldArticle of gold.articles) {
    const source = corpus.articles.find((a) => a.ID === goldArticle.id);
    if (!source)
      throw new Error(`bench/gold/quotes/${event}.json: no article ${goldArticle.id} in the corpus`);
    const paragraphs = paragraphsOf(source);
    const analysed = analysedOnce(source.ID, () => analyseDocument(corpusDocument(source)));
    const article: Article = analysed
      ? { ...analysed, id: source.ID }
      : blankArticle({ id: source.ID, source: source.ID });
    articles.push(article);
    const located = article.quotes.map((q) => locate(q, article, paragraphs));
    const audit = paths ? attributeQuotes(article.paragraphs, article) : [];
    const pathOf = audit.map((a) => a.path);
    /** " [path «subject»]" after a debug line, when the path audit is on. */
    const how = (qi: number): string => (audit[qi] ? ` [${audit[qi].path} «${audit[qi].subject}»]` : '');
    const count = (qi: number, outcome: 'right' | 'wrong' | 'blank') => {
      if (!paths) return;
      const key = pathOf[qi] ?? '?';
      const row = paths.get(key) ?? { right: 0, wrong: 0, blank: 0 };
      row[outcome]++;
      paths.set(key, row);
    };
    const used = new Set<number>();
    const goldQuotes = goldArticle.quotes;
    if (show)
      goldQuotes.forEach((g, i) =>
        goldText.set(`${source.ID}#${i}`, paragraphs[g.p]?.slice(g.start, g.end) ?? ''),
      );
    const lines: string[] = [];
    located.forEach((l, qi) => {
      if (l.quote.scare) return;
      const gi = goldQuotes.findIndex((g, i) => !used.has(i) && g.p === l.p && overlapOK(g, l));
      if (gi >= 0 && goldQuotes[gi]!.scare) {
        used.add(gi);
        return; // a quote gold calls scare: neither right nor wrong
      }
      t.predicted++;
      if (gi < 0) {
        lines.push(`  + extra p${l.p} "${l.quote.text.slice(0, 70)}"`);
        return;
      }
      used.add(gi);
      t.matched++;
      goldToPredicted.set(`${source.ID}#${gi}`, `${source.ID}#${qi}`);
      predictedToGold.set(`${source.ID}#${qi}`, `${source.ID}#${gi}`);
      const g = goldQuotes[gi]!;
      const said = l.quote.speaker;
      const context = process.env.QUOTES_DEBUG_CONTEXT
        ? `\n      ${paragraphs[l.p - 1]?.slice(-150) ?? ''} ‖ ${paragraphs[l.p]!.slice(Math.max(0, l.start - 150), l.start)}[Q]${paragraphs[l.p]!.slice(l.end, l.end + 80)}`
        : '';
      const right = said !== null && g.speaker !== null && sameName(said, g.speaker, g.kind);
      count(qi, said === null ? (g.speaker === null ? 'right' : 'blank') : right ? 'right' : 'wrong');
      if (said === null) {
        t.speakerNull++;
        if (g.speaker !== null)
          lines.push(
            `  ∅ null, gold "${g.speaker}" p${l.p} "${l.quote.text.slice(0, 50)}"${how(qi)}${context}`,
          );
      } else if (right) t.speakerRight++;
      else {
        t.speakerWrong++;
        lines.push(
          `  ✗ "${said}", gold "${g.speaker}" p${l.p} "${l.quote.text.slice(0, 50)}"${how(qi)}${context}`,
        );
      }
      if (g.speaker === null && said === null) t.speakerRight++;
    });
    goldQuotes.forEach((g, i) => {
      if (g.scare) return;
      t.goldQuotes++;
      if (!used.has(i))
        lines.push(
          `  - missed p${g.p} "${paragraphs[g.p]?.slice(g.start, Math.min(g.end, g.start + 70))}" (${g.speaker})`,
        );
    });
    if (show && lines.length) console.error(`${event} ${source.ID} (${source.source})\n${lines.join('\n')}`);
  }

  // Statement grouping, as pairs of matched quotes.
  // A quote may be in several gold statements (a two-sentence quote, each sentence quoted apart
  // elsewhere): a pair is right when they share one.
  const goldStatements = new Map<string, Set<number>>();
  gold.statements.forEach((s, si) =>
    s.members.forEach(([id, qi]) => {
      const key = `${id}#${qi}`;
      goldStatements.set(key, (goldStatements.get(key) ?? new Set()).add(si));
    }),
  );
  const said = (key: string): string => `"${goldText.get(key)?.slice(0, 400) ?? ''}"`;
  const sameGold = (a: string, b: string): boolean =>
    [...(goldStatements.get(a) ?? [])].some((si) => goldStatements.get(b)?.has(si));
  const groups = groupQuotes(articles);
  /** For a missed pair: the two predicted quotes' similarity, the threshold and the speakers. */
  const whyApart = (a: string, b: string): string => {
    const item = (key: string) => {
      const ai = articles.findIndex((x) => x.id === articleOf(key));
      const qi = Number(key.slice(key.indexOf('#') + 1));
      const q = articles[ai]!.quotes[qi]!;
      return quoteItem(ai, qi, q.text, q.speaker, q.speakerKind);
    };
    const x = item(a);
    const y = item(b);
    const others = (key: string): string =>
      groups[predictedGroup.get(key)!]!.members.map((m) => `${m.article}#${m.quote}`)
        .filter((k) => k !== key)
        .map((k) => {
          const o = item(k);
          return `\n        with ${k} (${o.speaker}, ${quoteSimilarity(item(key), o).toFixed(2)}) "${o.text.slice(0, 120)}"`;
        })
        .join('');
    return `similarity ${quoteSimilarity(x, y).toFixed(2)} of ${threshold(x, y)}, speakers ${x.speaker}${x.speaker && !x.personal ? ' (not a person)' : ''} / ${y.speaker}${y.speaker && !y.personal ? ' (not a person)' : ''}\n      predicted "${x.text.slice(0, 300)}"\n      predicted "${y.text.slice(0, 300)}"${others(a)}${others(b)}`;
  };
  const predictedGroup = new Map<string, number>();
  groups.forEach((g, gi) => g.members.forEach((m) => predictedGroup.set(`${m.article}#${m.quote}`, gi)));
  for (const group of groups) {
    const golds = group.members
      .map((m) => predictedToGold.get(`${m.article}#${m.quote}`))
      .filter((x): x is string => x !== undefined);
    for (let i = 0; i < golds.length; i++)
      for (let j = i + 1; j < golds.length; j++) {
        if (articleOf(golds[i]!) === articleOf(golds[j]!)) continue;
        t.groupPredictedPairs++;
        if (sameGold(golds[i]!, golds[j]!)) t.groupTP++;
        else if (show)
          console.error(
            `  ≠ grouped apart in gold: ${golds[i]} ~ ${golds[j]}\n      ${said(golds[i]!)}\n      ${said(golds[j]!)}\n      (${whyApart(goldToPredicted.get(golds[i]!)!, goldToPredicted.get(golds[j]!)!)})`,
          );
      }
  }
  for (const s of gold.statements) {
    const keys = s.members.map(([id, qi]) => `${id}#${qi}`);
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        if (articleOf(keys[i]!) === articleOf(keys[j]!)) continue;
        t.groupGoldPairs++;
        const a = goldToPredicted.get(keys[i]!);
        const b = goldToPredicted.get(keys[j]!);
        if (a && b && predictedGroup.get(a) === predictedGroup.get(b)) t.groupGoldFound++;
        else if (show)
          console.error(
            `  ≈ not grouped (${event}): ${keys[i]} ~ ${keys[j]}${a && b ? ` (predicted ${a} in a group of ${groups[predictedGroup.get(a)!]!.members.length}, ${b} of ${groups[predictedGroup.get(b)!]!.members.length}; ${whyApart(a, b)})` : ' (quote missed)'}\n      ${said(keys[i]!)}\n      ${said(keys[j]!)}`,
          );
      }
  }
}

const articleOf = (key: string): string => key.slice(0, key.indexOf('#'));

export const section: AccuracySection = {
  name: 'quotes',
  score({ splits }) {
    const rows: AccuracyRow[] = [];
    const files = goldFiles('quotes');
    for (const split of splits) {
      const t = emptyTally();
      const mine = files.filter((f) => f.split === split);
      const paths: PathTally | undefined = auditPaths && split === 'tune' ? new Map() : undefined;
      for (const f of mine) scoreEvent(f.gold.event, f.gold, t, debug && split === 'tune', paths);
      if (paths) {
        console.error('path: right / wrong / left null (tune)');
        for (const [key, r] of [...paths].sort((a, b) => a[0].localeCompare(b[0])))
          console.error(`  ${key}: ${r.right} / ${r.wrong} / ${r.blank}`);
      }
      rows.push(...rowsOf(split, t, mine.length));
    }
    return rows;
  },
};

function rowsOf(split: Split, t: Tally, events: number): AccuracyRow[] {
  const base = { section: 'quotes', split, form: 'clean' as const };
  const q = prf(t.matched, t.predicted, t.goldQuotes);
  const judged = t.matched;
  const pct = (n: number) => `${((100 * n) / Math.max(1, judged)).toFixed(1)}%`;
  const g = prf(t.groupTP, t.groupPredictedPairs, t.groupGoldPairs);
  const groupRecall = t.groupGoldPairs === 0 ? 1 : t.groupGoldFound / t.groupGoldPairs;
  const groupF1 =
    g.precision + groupRecall === 0 ? 0 : (2 * g.precision * groupRecall) / (g.precision + groupRecall);
  return [
    {
      ...base,
      field: 'quote',
      n: t.goldQuotes,
      ...q,
      note: `${events} events, ${t.predicted} predicted`,
      counts: { events, gold: t.goldQuotes, predicted: t.predicted, matched: t.matched },
    },
    {
      ...base,
      field: 'speaker',
      n: judged,
      accuracy: judged === 0 ? 0 : t.speakerRight / judged,
      note: `wrong names ${pct(t.speakerWrong)}, left null ${pct(t.speakerNull)}`,
      counts: { right: t.speakerRight, wrong: t.speakerWrong, null: t.speakerNull },
    },
    {
      ...base,
      field: 'statement groups',
      n: t.groupGoldPairs,
      precision: g.precision,
      recall: groupRecall,
      f1: groupF1,
      note: `pairs; ${t.groupPredictedPairs} predicted`,
    },
  ];
}
