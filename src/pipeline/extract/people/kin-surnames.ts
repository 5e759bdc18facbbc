/**
 * extract/people/kin-surnames: relatives introduced by a first name alone after a bearer's
 * possessive ("Rev. Billy Graham's son Franklin responded") -> the surnames they share.
 *
 * In:  the article's blocks (context texts, then body paragraphs) and how many are context.
 * Out: surname -> global position of the first such introduction in the body (see people.ts
 *      position()). A bare "Graham" after that may be either Graham, so people.ts reads it as
 *      someone other than the full name given before (`distinct`): "Graham wrote" stays "Graham"
 *      and a later "he" follows it, never the father.
 * Only kin who usually bear the owner's surname by birth or marriage (the list kin-voice.ts uses
 * for "Tanner's widow, Marina" too).
 */

/** Kin who usually bear the owner's surname. */
export const SAME_SURNAME = /^(?:widow|widower|wife|husband|son|daughter|brother|sister)$/u;

/** "Graham's son Franklin", "Tanner's widow, Marina,": a first name not followed by a surname. */
const KIN_FIRST =
  /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}-]+)['’]s?\s+(?:(?:late|older|younger|elder|eldest|youngest|oldest|twin)\s+)?(widow|widower|wife|husband|son|daughter|brother|sister),?\s+(\p{Lu}\p{Ll}+)(?![\p{L}])(?!\s+\p{Lu})/gu;

/** Surname -> position of the first kin-by-first-name introduction of a bearer in the body. */
export function kinSharedSurnames(blocks: string[], contextCount: number): Map<string, number> {
  const shared = new Map<string, number>();
  blocks.forEach((text, b) => {
    if (b < contextCount || !/['’]s?\s/u.test(text)) return;
    for (const m of text.matchAll(KIN_FIRST)) {
      const surname = m[1]!;
      if (!shared.has(surname)) shared.set(surname, b * 1_000_000 + m.index);
    }
  });
  return shared;
}
