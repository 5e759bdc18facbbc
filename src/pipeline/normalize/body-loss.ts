/**
 * normalize/body-loss: how much of the candidate body the normalizer removed as furniture.
 *
 * In: a normalized article's paragraphs and `removed` blocks. Out: the share (0..1) of the
 * candidate body's words — kept paragraphs plus what was removed from inside or right after the
 * article (captions, ads, promos, related links, highlights, footer…) — that was removed, counting
 * only removed lines that read as prose (eight words or more ending like a sentence): a bare
 * "Advertisement" costs nothing, sixteen paragraphs taken for a footer cost a lot.
 * Ingest warns, naming the file, when the share exceeds BODY_LOSS_WARNING.
 */
import type { Article } from '../../lib/model.ts';
import { splitWordCount } from './text/lines.ts';

/** More than a fifth of the candidate body removed: worth a look in `removed`. */
export const BODY_LOSS_WARNING = 0.2;

/** Reasons for text that is never the article's own prose, however long. */
const NEVER_BODY = new Set([
  'title',
  'duplicate',
  'byline',
  'standfirst',
  'comment-form',
  'cookie-notice',
  'translation-note',
  'navigation',
  'ticker',
  'tags',
]);

const words = (text: string) => splitWordCount(text, true);
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** The share of the candidate body's words (kept plus prose removed from it) that normalize removed: above a fifth, ingest warns. */
export function removedBodyShare(article: Pick<Article, 'paragraphs' | 'removed'>): number {
  const kept = article.paragraphs.reduce((sum, paragraph) => sum + words(paragraph), 0);
  let removed = 0;
  for (const block of article.removed) {
    if (NEVER_BODY.has(block.reason)) continue;
    for (const line of block.text.split('\n')) {
      const n = words(line);
      if (n >= 8 && SENTENCE_END.test(line.trim())) removed += n;
    }
  }
  return kept + removed === 0 ? 0 : removed / (kept + removed);
}

/** The warning for an article that lost more than a fifth of its candidate body, or null. */
export function bodyLossWarning(article: Pick<Article, 'paragraphs' | 'removed'>): string | null {
  const share = removedBodyShare(article);
  if (share <= BODY_LOSS_WARNING) return null;
  return `removed ${Math.round(share * 100)}% of the candidate body as furniture (captions, promos, footer…): check its "removed" list`;
}
