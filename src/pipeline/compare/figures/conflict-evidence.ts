/**
 * compare/figures/conflict-evidence: whether a money figure may join a group with a value that
 * differs beyond rounding, which makes a conflict to show (figures.ts step 2), and whether two
 * values round together at their printed precision.
 *
 * In:  the group's members and the new item (compare/figures/items.ts), the story's common stems.
 * Out: roundsTogether (printed precision, bounds reaching one way) and conflictEvidence (two signs
 *      beyond the story's topic, no name or scope that sets the two sentences apart, and neither
 *      value ambiguous among its own article's near sums).
 *
 * Why apart from figures.ts: an invented conflict is worse than a missed one (issue #11), so each
 * guard here has a look-alike story in tests/fixtures/conflicts/ that it keeps from being flagged.
 */
import { steps, type Item } from './items.ts';
import { roundingRelation } from './precision.ts';
import { contradicts, namedElsewhere, paragraphSigns, signs } from './evidence.ts';

/** A value on the wrong side of the other's bound: "$45.7m" is not "more than $50m". */
function breaksBound(bounded: Item, other: Item): boolean {
  const slack = 1e-9 * Math.abs(bounded.value);
  return (
    (bounded.bound === 'lower' && other.value < bounded.value - slack) ||
    (bounded.bound === 'upper' && other.value > bounded.value + slack)
  );
}

/**
 * Same value, or one the other's precision (hedges widen it) explains; a hedge that is a bound
 * reaches one way only.
 */
export function roundsTogether(a: Item, b: Item): boolean {
  if (breaksBound(a, b) || breaksBound(b, a)) return false;
  return roundingRelation(a.value, steps(a).value, b.value, steps(b).value) !== 'conflict';
}

/**
 * Enough evidence to join two values that differ beyond rounding (a conflict to show): a member of
 * another article sharing two signs not common to the story with it. A looser rule (one such sign
 * among three shared) flagged the one real conflict of the tune gold but rested on that event alone
 * and made a false conflict on the held-out half; an invented conflict is worse than a missed one
 * (BENCHMARKS.md, issue #11). Neither side may be ambiguous (unambiguous): when an article prints
 * several sums of about that size (two prices of two models of one product, two stages of a
 * rescue), a different value elsewhere is more likely another of them than a disagreement.
 */
export function conflictEvidence(group: Item[], item: Item, common: Set<string>): boolean {
  if (group.some((member) => printsToo(member, item) || printsToo(item, member))) return false;
  return group.some((member) => {
    if (member.article === item.article) return false;
    const ev = signs(member.context!, item.context!, common);
    return (
      ev.distinctive >= 2 &&
      !namedElsewhere(member.context!, item.context!) &&
      // "$250m at the global box office" vs "$210m … outside North America": another scope.
      member.context!.narrowed === item.context!.narrowed &&
      // "$1.5bn in holiday sales" vs "$1.2bn in online holiday sales": a modifier names a part.
      !(
        member.context!.phrase !== null &&
        item.context!.phrase !== null &&
        member.context!.phrase !== item.context!.phrase
      ) &&
      unambiguous(member, item, common) &&
      unambiguous(item, member, common)
    );
  });
}

/**
 * Whether the wider FIGURE_MATCH.namedConflictTolerance applies: every member and the item name
 * one quantity in the same words, modifiers included ("$1.2bn in insured damage", "insured damage
 * from the wildfire reached $1.6bn"; not "aid" and "military aid": a part may name its whole's
 * noun), and no sentence of another article opens with a name the item's paragraph never
 * mentions, or the other way round ("Brussels pledged $400m in aid" vs "Washington pledged $300m
 * in aid": the sentence-internal name check skips a sentence's first word).
 */
export function sameNamedQuantity(group: Item[], item: Item): boolean {
  const phrase = item.context!.phrase;
  if (phrase === null) return false;
  const known = (a: Item, b: Item) => a.context!.lead === null || b.context!.paragraph.has(a.context!.lead);
  return group.every(
    (member) =>
      member.context!.phrase === phrase &&
      (member.article === item.article || (known(member, item) && known(item, member))),
  );
}

/**
 * Whether `other` is clearly the match of `item` rather than of one of the sums that crowd it
 * (Item.crowd: its article's other sums of about its size): each such sum is contradicted by
 * `other`'s context, shares no sign beyond the story's topic with it (counted in the near sum's
 * whole paragraph, not its window: a list line's product name may lie beyond twelve words), or has
 * another role while `item` and `other` have the same one ("revenue of $21.5bn, beating forecasts
 * of $21.2bn": the forecast is no match for another outlet's revenue). A list of two models'
 * prices shares "model" and stays ambiguous, and so no conflict. (A margin of two signs more than
 * the near sum's let a third outlet's "$899 for the smaller Mini model" conflict with "$999" for
 * the phone whose other model costs $1,099: tests/fixtures/conflicts, two-models.)
 */
function unambiguous(item: Item, other: Item, common: Set<string>): boolean {
  return item.crowd.every((near) => {
    if (contradicts(near.context!, other.context!)) return true;
    if (paragraphSigns(near.context!, other.context!, common) === 0) return true;
    const role = item.fig.role;
    return role !== null && role === other.fig.role && near.fig.role !== null && near.fig.role !== role;
  });
}

/**
 * Whether `item`'s article also prints `other`'s value, as a sum that could be its match (two
 * shared words in its paragraph, topic words included): "$999" and "$1,099" for two models of a
 * phone, another outlet's "$1,099" for the larger one is no disagreement with the $999.
 */
function printsToo(item: Item, other: Item): boolean {
  return item.crowd.some(
    (near) => roundsTogether(near, other) && paragraphSigns(near.context!, other.context!, NO_WORDS) >= 2,
  );
}
const NO_WORDS = new Set<string>();
