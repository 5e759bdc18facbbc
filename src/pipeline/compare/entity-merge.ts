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
export function mergeVariants(
  kept: ReadonlyMap<string, { mentions: number }>,
  lowercaseWords: ReadonlySet<string> = new Set(),
): (name: string) => string {
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

  // A page label glued to a name ("Bottom Line Trump", "Previous Next Macron") names what follows it.
  const labelled = labelledNames(kept, lowercaseWords);
  for (const [name, rest] of labelled) canonical.set(name, rest);

  // Surnames: "Stoltenberg" -> the one full person name ending in it.
  const fullNames = new Map<string, Set<string>>();
  for (const name of kept.keys()) {
    if (labelled.has(name)) continue;
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

/**
 * Names with a label in front that is no name: leading words that never stand alone as a name
 * but start two or more different ones ("Bottom Line Trump", "Bottom Line Consequential GOP": a
 * column heading left in the text), followed by a name the story uses on its own ("Trump").
 * Surface -> that name. A shared start that is itself a name ("White House Press Office") is not
 * a label, nor is one whose rest is not a name ("Major League Baseball") or a common noun ("Mount
 * Auburn Hospital": `lowercaseWords`, the one-word names the story also writes in lower case), nor
 * an organisation's name ("Beth Israel Deaconess Medical Center").
 */
export function labelledNames(
  kept: ReadonlyMap<string, unknown>,
  lowercaseWords: ReadonlySet<string>,
): Map<string, string> {
  // A one-word rest the story also writes in lower case is a common noun ("Mount Auburn Hospital").
  const isName = (rest: string) => kept.has(rest) && (rest.includes(' ') || !lowercaseWords.has(fold(rest)));
  const starts = new Map<string, Set<string>>();
  for (const name of kept.keys()) {
    const tokens = name.split(' ');
    for (let k = 2; k < tokens.length; k++) {
      const start = tokens.slice(0, k).join(' ');
      if (kept.has(start)) continue;
      const continuing = starts.get(start) ?? new Set<string>();
      starts.set(start, continuing);
      continuing.add(tokens[k]!);
    }
  }
  const labelled = new Map<string, string>();
  for (const name of kept.keys()) {
    const tokens = name.split(' ');
    // "Massachusetts State Police" is one organisation's name, not a label and "Police".
    if (tokens.some((t) => ORG_WORDS.has(fold(t)))) continue;
    for (let k = 2; k < tokens.length; k++) {
      const rest = tokens.slice(k).join(' ');
      if ((starts.get(tokens.slice(0, k).join(' '))?.size ?? 0) >= 2 && isName(rest)) {
        labelled.set(name, rest);
        break;
      }
    }
  }
  return labelled;
}
