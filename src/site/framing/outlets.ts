/**
 * framing/outlets: each outlet on its own — its headline, lede, sources and counts, its summary
 * clauses, and whom it quotes — with the paragraph each line rests on.
 *
 * In:  the story view.
 * Out: OutletFacts[], SummaryLine[], SpeakerRow[].
 */
import { articleTitle } from '../../lib/outlet.ts';
import { clip } from '../format.ts';
import type { StoryView } from '../story.ts';
import { columns, type Column, type Evidence } from './evidence.ts';

/** What one outlet published: headline, lede, dates, sources and counts. */
export interface OutletFacts extends Column {
  headline: string;
  standfirst: string | null;
  lede: string;
  ledeParagraph: number | null;
  published: string | null;
  byline: string | null;
  language: string | null;
  machineTranslated: boolean;
  translationNote: string | null;
  agencies: string[];
  wordCount: number;
  paragraphs: number;
  quotes: number;
  figures: number;
  url: string | null;
}

/** The facts of every outlet, in reading order (the articles index lists them all). */
export function outletFacts(view: StoryView): OutletFacts[] {
  return columns(view).map((c) => {
    const a = view.article(c.article)!;
    const profile = view.profile(c.article);
    const fullLede = profile.lede;
    const ledeIndex = a.paragraphs.indexOf(fullLede);
    const lede = clip(fullLede, 320);
    return {
      ...c,
      headline: articleTitle(a),
      standfirst: a.standfirst,
      lede,
      ledeParagraph: ledeIndex < 0 ? (a.paragraphs.length ? 0 : null) : ledeIndex,
      published: a.published,
      byline: a.byline,
      language: a.language,
      machineTranslated: profile.machineTranslated,
      translationNote: a.translationNote,
      agencies: profile.agencies,
      wordCount: profile.wordCount,
      paragraphs: a.paragraphs.length,
      quotes: a.quotes.filter((q) => !q.scare).length,
      figures: a.figures.length,
      url: a.url,
    };
  });
}

/** One outlet's summary clauses, each with its evidence. */
export interface SummaryLine extends Column {
  clauses: { text: string; evidence: Evidence }[];
}

/** The pipeline's per-outlet summary, with each clause's evidence. */
export function summaryLines(view: StoryView, cols: Column[] = columns(view)): SummaryLine[] {
  return cols.map((c) => ({
    ...c,
    clauses: view.profile(c.article).summary.map((clause) => ({
      text: clause.text,
      evidence: { article: c.article, paragraph: clause.paragraph },
    })),
  }));
}

/** One speaker: quotes over every outlet and each outlet's share. */
export interface SpeakerRow {
  speaker: string;
  total: number;
  /** Per shown column: share of that outlet's direct quotes, count and first paragraph. */
  cells: { share: number; count: number; evidence: Evidence | null }[];
}

/** Who is quoted: the most quoted speakers, and each outlet's share of its direct quotes per speaker. */
export function speakerRows(view: StoryView, cols: Column[] = columns(view), limit = 10): SpeakerRow[] {
  const totals = new Map<string, number>();
  for (const c of cols)
    for (const s of view.profile(c.article).speakers)
      totals.set(s.speaker, (totals.get(s.speaker) ?? 0) + s.count);
  const quotedBy = new Map(
    cols.map((c) => [c.article, view.profile(c.article).speakers.reduce((n, s) => n + s.count, 0)]),
  );
  return [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([speaker, total]) => ({
      speaker,
      total,
      cells: cols.map((c) => {
        const entry = view.profile(c.article).speakers.find((s) => s.speaker === speaker);
        const all = quotedBy.get(c.article) ?? 0;
        return entry
          ? {
              share: entry.count / all,
              count: entry.count,
              evidence: { article: c.article, paragraph: entry.paragraph },
            }
          : { share: 0, count: 0, evidence: null };
      }),
    }));
}
