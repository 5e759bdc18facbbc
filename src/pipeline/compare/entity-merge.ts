/**
 * compare/entity-merge: the story's name-like surfaces -> the entity each one names.
 *
 * In:  the kept surfaces of compare/entities.ts with their mention counts.
 * Out: `resolve(surface)`, the entity's name. Spelling variants (case, diacritics, Odessa/Odesa,
 *      Kiev/Kyiv) take the most used spelling; a spelled-out name becomes its acronym when the
 *      story uses the acronym; a full name with a label in front becomes the full name ("Republican
 *      Donald Trump" -> "Donald Trump"); a surname becomes the one full name ending in it.
 */
import { contestedConcept, skeleton } from './naming.ts';
import { fold } from './text.ts';
import { MULTI_WORD_PLACES, ORG_WORDS } from './entity-words.ts';
import { isAcronym } from './entity-tokens.ts';

/** Surface -> entity name, following chains (surface -> variant -> full name). */
export function mergeVariants(kept: ReadonlyMap<string, { mentions: number }>): (name: string) => string {
  const canonical = new Map<string, string>(); // surface -> canonical surface
  const byFold = new Map<string, string[]>();
  for (const name of kept.keys()) {
    const key = contestedConcept(name) ?? skeleton(name);
    const list = byFold.get(key) ?? [];
    byFold.set(key, list);
    list.push(name);
  }
  for (const names of byFold.values()) {
    // The most used spelling names the entity; on a tie, the preferred spelling of a contested name.
    const preferred = (x: string) => (contestedConcept(x) === x ? 0 : 1);
    const best = [...names].sort(
      (x, y) =>
        kept.get(y)!.mentions - kept.get(x)!.mentions || preferred(x) - preferred(y) || (x < y ? -1 : 1),
    )[0]!;
    for (const n of names) canonical.set(n, best);
  }
  const root = (name: string) => canonical.get(name) ?? name;

  const acronyms = new Set([...kept.keys()].filter((n) => isAcronym(n)).map(root));
  for (const name of kept.keys()) {
    const tokens = name.split(' ');
    if (tokens.length < 2) continue;
    const initials = tokens.map((t) => t[0]!.toUpperCase()).join('');
    if (acronyms.has(initials)) canonical.set(name, initials);
  }

  // Surnames: "Stoltenberg" -> the one full person name ending in it.
  const fullNames = new Map<string, Set<string>>();
  for (const name of kept.keys()) {
    const r = root(name);
    const tokens = r.split(' ');
    if (tokens.length < 2 || tokens.length > 4 || tokens.some((t) => ORG_WORDS.has(fold(t)) || isAcronym(t)))
      continue;
    if (MULTI_WORD_PLACES.has(fold(r))) continue;
    const surname = fold(tokens.at(-1)!);
    const set = fullNames.get(surname) ?? new Set<string>();
    fullNames.set(surname, set);
    set.add(r);
  }
  // Full names that end with a shorter full name are the same person with a label in front
  // ("Republican Donald Trump" -> "Donald Trump"); after that, a surname with one full name merges.
  const mentionsOf = (name: string) => kept.get(name)?.mentions ?? 0;
  for (const [surname, names] of fullNames) {
    const sorted = [...names].sort(
      (x, y) =>
        x.split(' ').length - y.split(' ').length || mentionsOf(y) - mentionsOf(x) || (x < y ? -1 : 1),
    );
    const shortest = sorted[0]!;
    if (sorted.every((n) => n === shortest || n.endsWith(` ${shortest}`))) {
      for (const n of sorted) if (n !== shortest) canonical.set(n, shortest);
      fullNames.set(surname, new Set([shortest]));
    }
  }
  for (const name of kept.keys()) {
    const r = root(name);
    if (r.includes(' ')) continue;
    const candidates = fullNames.get(fold(r));
    if (candidates && candidates.size === 1) canonical.set(name, [...candidates][0]!);
  }
  // Resolve chains (surface -> variant -> full name).
  const resolve = (name: string) => {
    let current = name;
    for (let i = 0; i < 5; i++) {
      const next = canonical.get(current);
      if (!next || next === current) break;
      current = next;
    }
    return current;
  };
  return resolve;
}
