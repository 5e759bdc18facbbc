/**
 * compare/quotes/item: one quote as the grouping sees it (its text's stems, word pairs and speaker
 * key). Its own module so that similarity.ts and its cheap bounds (bounds.ts) both use it without
 * importing each other.
 */
export interface QuoteItem {
  article: number;
  quote: number;
  text: string;
  speaker: string | null;
  /** Folded surname: "Jens Stoltenberg" and "Stoltenberg" are the same speaker. */
  speakerKey: string | null;
  /** Whether a named speaker is a person (or people); an organisation or a document speaks through them. */
  personal: boolean;
  /** Stems of the content words (stopwords out), synonyms mapped to one stem per set. */
  stems: Set<string>;
  /** A content stem -> the word it came from, for character-trigram matching. */
  wordOf: Map<string, string>;
  /** Adjacent stem pairs over all words (stopwords kept): catches same syntax, different verbs. */
  bigrams: Set<string>;
  /** Folded words the text writes only capitalised inside a sentence: names ("United States"). */
  names: Set<string>;
  /** Folded words, for the id. */
  folded: string[];
  /** The stem of every word in order, stopwords kept (where a phrase's words sit: phrases.ts). */
  sequence: string[];
  /** Whether the text is a name or a title in capitals, not a statement (phrases.ts). */
  title: boolean;
  /**
   * Set by the clustering when two groups of different sentences become one statement
   * (cluster.ts, continuation.ts): the id of the sentence's own group, so a member of another
   * sentence than the reference's is told apart (relation `sentence`). Unset otherwise.
   */
  sentence?: number;
}
