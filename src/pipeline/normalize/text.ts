/**
 * normalize/text: whole-page plain text (pasted or scraped) -> NormalizedArticle.
 * STUB — being written. Signature is fixed.
 */
import type { NormalizeHints, NormalizedArticle } from './types.ts';

export function normalizeText(text: string, hints: NormalizeHints = {}): NormalizedArticle {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const [headline = '', ...paragraphs] = blocks;
  return {
    headline,
    standfirst: null,
    byline: null,
    outlet: hints.outlet ?? null,
    published: hints.published ?? null,
    dateline: null,
    agencies: [],
    machineTranslated: false,
    translationNote: null,
    language: hints.language ?? null,
    url: hints.url ?? null,
    captions: [],
    tags: [],
    subheads: [],
    paragraphs,
    removed: [],
  };
}
