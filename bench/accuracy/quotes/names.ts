/**
 * bench:accuracy quotes: whether a predicted speaker name is the gold one (person, organisation,
 * document or joint statement), as a careful reader would accept it: a surname alone, a full name
 * with a compatible first name, an organisation's acronym.
 *
 * In:  the predicted name, the gold name and the gold speaker kind.
 * Out: true when they name the same speaker.
 */
import type { GoldQuote } from '../corpus.ts';
import { NAME_PARTICLES } from '../../../src/lib/lexicon/name-particles.ts';

const fold = (s: string): string[] =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !['the', 'a', 'an', 'of', 'for', 'jr', 'sr', 'mr', 'mrs', 'ms', 'dr'].includes(w));

const PARTICLES = new Set(NAME_PARTICLES.split(' '));

/**
 * A folded person name split into given names and surname, the surname keeping its particles
 * ("marine le pen" → given ["marine"], surname "le pen"; "le pen" → given [], surname "le pen").
 */
function nameParts(words: string[]): { given: string[]; surname: string } {
  let at = words.length - 1;
  while (at > 0 && PARTICLES.has(words[at - 1]!)) at--;
  return { given: words.slice(0, at), surname: words.slice(at).join(' ') };
}

/** One predicted name against one gold name (person, organisation or document). */
export function sameName(predicted: string, gold: string, kind: GoldQuote['kind']): boolean {
  const p = fold(predicted);
  const g = fold(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  if (kind === 'group') {
    // Joint statements: every predicted speaker is one of the gold speakers, by surname.
    const parts = gold.split(/\s+and\s+|,\s*/u).map((x) => fold(x).at(-1));
    return predicted.split(/\s+and\s+|,\s*/u).every((x) => parts.includes(fold(x).at(-1)));
  }
  if (kind === 'person' || kind === null) {
    // A surname alone, or a full name with the same surname and a compatible first name. The
    // surname keeps its particles ("Le Pen" is Marine Le Pen's surname, not a first name "Le"); a
    // bare last word ("Pen") still counts as the surname.
    const pn = nameParts(p);
    const gn = nameParts(g);
    if (p.length === 1) return p[0] === g.at(-1);
    if (pn.surname !== gn.surname) return false;
    if (pn.given.length === 0) return true;
    return gn.given.length > 0 && (pn.given[0] === gn.given[0] || pn.given[0]![0] === gn.given[0]![0]);
  }
  // Organisations and documents, loosely: one name's words contain the other's, or one is the
  // other's acronym ("FAA" for "Federal Aviation Administration").
  const initials = (w: string[]) => w.map((x) => x[0]).join('');
  if (p.length === 1 && p[0] === initials(g)) return true;
  if (g.length === 1 && g[0] === initials(p)) return true;
  const ps = new Set(p);
  const gs = new Set(g);
  return p.every((w) => gs.has(w)) || g.every((w) => ps.has(w));
}
