/**
 * extract/figures: an article's body paragraphs -> money figures and other key numbers.
 * STUB — being written. Signature is fixed.
 */
import type { Figure } from '../../lib/model.ts';

export function extractFigures(paragraphs: string[]): Figure[] {
  void paragraphs;
  return [];
}
