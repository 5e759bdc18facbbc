/**
 * extract/quotes: an article's body paragraphs -> direct quotes with speaker and attribution verb.
 * STUB — being written. Signature is fixed.
 */
import type { Quote } from '../../lib/model.ts';

export interface QuoteContext {
  headline: string;
  standfirst: string | null;
  captions: string[];
}

export function extractQuotes(paragraphs: string[], _context: QuoteContext): Quote[] {
  void paragraphs;
  return [];
}
