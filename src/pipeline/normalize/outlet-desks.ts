/**
 * normalize/outlet-desks: one line of site furniture -> the outlet it names as the owner of one of
 * its desks or teams, or as the site speaking of its shopping links; or nothing. Read with the
 * other furniture lines by normalize/outlet-lines.ts (both normalizers).
 *
 * In: a line's text. Out: a candidate name and whether it is weak (outlet-vote.ts).
 *   desks and teams   "Race calls: X Decision Desk", "X Weather Team", "Map: X graphics",
 *                     "Timeline: X research desk",
 *                     "X Reader Poll", "X Live" (its live events' brand): weak, since the desk
 *                     may be a partner's (an agency's decision desk, a syndicated graphic, a
 *                     platform's live stream): it counts only where a signal of another kind (a
 *                     masthead, a copyright, a byline) names the same outlet
 *   shop disclosure   "X may earn a commission when you shop through links in this article": the
 *                     site stating what it is paid for its links, firm like "X is supported by …"
 * Only whole, short lines: inside the story's prose a desk is a source ("the X Decision Desk
 * projected …"), and callers read furniture lines only.
 */
import { cleanOutletName, nameShaped } from './outlet.ts';
import { NAME } from './outlet-mentions.ts';

/** A desk, team or feature a newsroom names after itself. */
const DESK_WORDS =
  "(?:[Dd]ecision [Dd]esk|[Ee]lections? [Dd]esk|[Dd]ata [Dd]esk|[Gg]raphics(?: [Dd]esk| [Tt]eam)?|[Ww]eather (?:[Tt]eam|[Cc]enter|[Cc]entre|[Dd]esk)|[Rr]esearch (?:[Dd]esk|[Tt]eam)|[Rr]eader [Pp]oll|[Rr]eaders?[’']? [Pp]oll|Live)";
/** "X Weather Team", "Map: X graphics", "Race calls: The X Decision Desk". */
const DESK = new RegExp(`^(?:[\\p{L} ]{1,30}:\\s*)?${NAME} ${DESK_WORDS}\\.?$`, 'u');
/** "X may earn a commission when you shop through links in this article." */
const SHOP_DISCLOSURE = new RegExp(
  `^${NAME} (?:may|might|can|could|will)? ?(?:earn|earns|receive|receives|get|gets) (?:a |an )?(?:small )?(?:affiliate )?(?:commission|fee|share of (?:the )?sales)\\b.{0,80}\\blinks?\\b`,
  'u',
);

/** The outlet a desk's or a shopping disclosure's line names, or null. */
export function outletFromDesk(line: string): { name: string; weak: boolean } | null {
  const text = line.trim();
  if (text.length > 160) return null;
  const desk = DESK.exec(text);
  const shop = desk ? null : SHOP_DISCLOSURE.exec(text);
  const name = cleanOutletName(desk?.[1] ?? shop?.[1] ?? '');
  if (!name || !nameShaped(name) || /^(?:our|the|this|we|you|they|it|he|she|i)$/iu.test(name)) return null;
  return { name, weak: desk !== null };
}
