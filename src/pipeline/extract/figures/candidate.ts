/**
 * figures/candidate: one number phrase found in one paragraph, before the article-level passes
 * (overlap resolution, period, conversions, currency inference) turn candidates into Figures.
 */
import type { FigureKind } from '../../../lib/model.ts';

export interface Candidate {
  kind: FigureKind;
  /** Character offsets inside the paragraph; text === paragraph.slice(start, end). */
  start: number;
  end: number;
  text: string;
  amount: number | null;
  /** ISO code written in the text (money only); null when the text names none. */
  currency: string | null;
  unit: string | null;
  /** Breaks ties between candidates covering the same span: the more specific reading wins. */
  priority: number;
}

/** Build a candidate from a match inside `paragraph`, keeping text and offsets in step. */
export function candidateAt(
  paragraph: string,
  start: number,
  end: number,
  fields: Omit<Candidate, 'start' | 'end' | 'text'>,
): Candidate {
  return { ...fields, start, end, text: paragraph.slice(start, end) };
}
