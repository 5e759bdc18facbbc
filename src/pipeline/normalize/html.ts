/**
 * normalize/html: a saved web page (HTML) -> NormalizedArticle.
 * STUB — being written. Signature is fixed.
 */
import { normalizeText } from './text.ts';
import type { NormalizeHints, NormalizedArticle } from './types.ts';

export function normalizeHtml(html: string, hints: NormalizeHints = {}): NormalizedArticle {
  const text = html.replace(/<[^>]*>/g, '\n');
  return normalizeText(text, hints);
}
