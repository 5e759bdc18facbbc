/**
 * figures/quantity-head: the nouns a sum of money can be of, and the head noun of a quantity
 * phrase ("spending cap" -> "cap"), so two figures' quantities can be compared.
 *
 * In:  a quantity phrase as figures/roles reads it (or null).
 * Out: its head noun, singular (or null), and its key: the head through the synonym lexicon
 *      ("penalty" -> "fine", "package" -> "aid"), which two figures of one quantity share.
 * Used by figures/roles (reading quantities), figures/relations (restatements) and compare/figures
 * (grouping); it sits on its own so that roles and relations need not import each other.
 */
import { QUANTITY_NOUNS as QUANTITY_NOUN_LIST } from '../../../lib/lexicon/quantity-nouns.ts';
import { QUANTITY_SYNONYMS } from '../../../lib/lexicon/quantity-synonyms.ts';
import { MONEY_NOUNS } from './money.ts';

/** Nouns a sum of money can be of, beyond the money nouns that make a bare number money. */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  ...MONEY_NOUNS,
  ...QUANTITY_NOUN_LIST.split(' '),
]);

/** A plural noun's singular by the regular English endings ("penalties" -> "penalty"). */
function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.replace(/s$/, '');
}

/**
 * A quantity phrase's own words, lower case, without what follows its head: "fines for the leak of
 * patient records" -> ["fines"] (the words after name what it is for, not what it is).
 */
export function quantityWords(quantity: string): string[] {
  return quantity
    .toLowerCase()
    .split(/\s+(?:for|in|on|from|to)\s+/u)[0]!
    .split(/[\s-]+/);
}

/** The head noun of a quantity ("spending cap" -> "cap"), singular, for comparing quantities. */
export function quantityHead(quantity: string | null): string | null {
  if (!quantity) return null;
  const words = quantityWords(quantity);
  const head = words.findLast((word) => QUANTITY_NOUNS.has(word)) ?? words[words.length - 1] ?? '';
  return singular(head) || null;
}

/** The key two figures' quantities must share (the head noun, through the synonym lexicon), or null. */
export function quantityKey(quantity: string | null): string | null {
  const head = quantityHead(quantity);
  return head === null ? null : (QUANTITY_SYNONYMS[head] ?? head);
}
