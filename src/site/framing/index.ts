/**
 * site/framing: how each outlet framed the story, shaped for the framing page: every cell carries
 * the paragraph it rests on, so a reader can check it. The profiles themselves come from the
 * pipeline; this folder only picks and lays them out.
 *
 *   evidence.ts  columns, evidence, paragraphWith, picking the most informative rows
 *   coverage.ts  which outlet reports which figure, statement and name
 *   wording.ts   attribution verbs, distinctive words, contested names
 *   outlets.ts   each outlet's facts, summary and speakers
 *   index.ts     the page's bounded view, computed once per story per build (this file)
 */
import type { StoryView } from '../story.ts';
import { coverageFacts, evidenceOf, type CoverageFact, type CoverageRow } from './coverage.ts';
import { columns, topInOrder, type Column } from './evidence.ts';
import { outletFacts, type OutletFacts } from './outlets.ts';
import {
  distinctiveWords,
  namingRows,
  verbRows,
  type NamingRow,
  type VerbRow,
  type WordsColumn,
} from './wording.ts';

export type { CoverageFact, CoverageRow } from './coverage.ts';
export { paragraphWith, type Column, type Evidence } from './evidence.ts';
export { speakerRows, summaryLines, type OutletFacts, type SpeakerRow, type SummaryLine } from './outlets.ts';
export type { NamingRow, VerbRow, WordsColumn } from './wording.ts';

/**
 * How much of a large story the framing page shows. A normal story (a handful to a few dozen
 * outlets) is shown in full; past these limits the page shows the most informative outlets and
 * rows, says so, and points to the downloads, which always hold everything.
 */
export const FRAMING_LIMITS = { outlets: 24, rowsPerKind: 30, verbs: 30, names: 30 } as const;

export interface FramingView {
  /** Every outlet, in reading order. */
  all: Column[];
  /** The outlets the page's tables show (all of them for a normal story), in reading order. */
  shown: Column[];
  /** Every fact (for the explainer's summary of agreement). */
  facts: CoverageFact[];
  /** The matrix rows shown, with cells for the shown outlets. */
  coverage: CoverageRow[];
  /** Facts of each kind left out of the matrix. */
  hiddenRows: Record<CoverageFact['kind'], number>;
  verbs: VerbRow[];
  /** Verbs left out of the verb table. */
  hiddenVerbs: number;
  words: WordsColumn[];
  naming: NamingRow[];
  /** Names left out of the naming table. */
  hiddenNames: number;
  /** Facts of every outlet (the articles index lists them all). */
  outlets: OutletFacts[];
  /** Facts of the shown outlets (headlines and sources tables). */
  outletsShown: OutletFacts[];
}

const framingCache = new Map<string, { view: StoryView; framing: FramingView }>();

/**
 * Everything the framing page, the articles index and the explainer's agreement table need, shaped
 * once per story (module-level cache keyed by story slug) and bounded: past FRAMING_LIMITS, the
 * tables show the most widely reported facts and the outlets that carry most of them.
 */
export function framingView(view: StoryView): FramingView {
  const hit = framingCache.get(view.slug);
  if (hit && hit.view === view) return hit.framing;
  const all = columns(view);
  const facts = coverageFacts(view);
  const kinds = ['figure', 'quote', 'entity'] as const;
  const hiddenRows = { figure: 0, quote: 0, entity: 0 };
  const shownFacts = new Set<CoverageFact>();
  for (const kind of kinds) {
    const part = facts.filter((f) => f.kind === kind);
    const kept = topInOrder(part, FRAMING_LIMITS.rowsPerKind, (f) => [Number(f.conflict), f.count]);
    hiddenRows[kind] = part.length - kept.length;
    for (const f of kept) shownFacts.add(f);
  }
  const keptFacts = facts.filter((f) => shownFacts.has(f));
  const covered = new Map<string, number>();
  for (const f of keptFacts) for (const a of f.articles) covered.set(a, (covered.get(a) ?? 0) + 1);
  const shown = topInOrder(all, FRAMING_LIMITS.outlets, (c) => [covered.get(c.article) ?? 0]);
  const coverage = keptFacts.map((fact) => ({
    ...fact,
    cells: shown.map((c) => evidenceOf(view, fact, c.article)),
  }));
  const allVerbs = verbRows(view, [], Infinity).length;
  const verbs = verbRows(view, shown, FRAMING_LIMITS.verbs);
  const naming = namingRows(view, shown, FRAMING_LIMITS.names);
  const factsAll = outletFacts(view);
  const shownIds = new Set(shown.map((c) => c.article));
  const framing: FramingView = {
    all,
    shown,
    facts,
    coverage,
    hiddenRows,
    verbs,
    hiddenVerbs: allVerbs - verbs.length,
    words: distinctiveWords(view, 8, shown),
    naming,
    hiddenNames: namingRows(view, [], Infinity).length - naming.length,
    outlets: factsAll,
    outletsShown: factsAll.filter((f) => shownIds.has(f.article)),
  };
  framingCache.set(view.slug, { view, framing });
  return framing;
}
