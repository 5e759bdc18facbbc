/**
 * What the normalizers (plain text and HTML) produce: an Article without identity and without the
 * extraction results, which later stages add.
 */
import type { Article } from '../../lib/model.ts';

export type NormalizedArticle = Omit<Article, 'id' | 'source' | 'quotes' | 'figures'>;

/** Metadata known from outside the text (story.yaml); wins over what the text suggests. */
export interface NormalizeHints {
  outlet?: string | null;
  url?: string | null;
  language?: string | null;
  published?: string | null;
}
