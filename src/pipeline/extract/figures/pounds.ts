/**
 * extract/figures/pounds: whether an "N pounds" the money pattern matched is a weight ("a
 * 2,000-pound bomb", "500 pounds of uranium", "weighs 400 pounds") rather than sterling. Apart from
 * money.ts because "pound" is the one currency word that is also a common unit.
 *
 * In: the paragraph, the match's span and its named groups (currency, separator, scale). Out: true
 * for a weight.
 */
/** Words that make "pounds" a weight: "weighs", "heavy", "tons", "kilograms (660 pounds)". */
const WEIGHT_CONTEXT =
  /\b(?:weigh|weighs|weighed|weighing|weight|weights|heavy|heavier|tons?|tonnes?|kilo(?:gram)?s?|kg|lbs?|ounces?|overweight|obese)\b/i;
/** Units of weight alone (no "heavy", "lost"): what turns even a scaled "pounds" into a weight. */
const WEIGHT_UNITS = /\b(?:weigh|weighs|weighed|weighing|tons?|tonnes?|kilo(?:gram)?s?|kg|lbs?)\b/i;
/** Words that make a bare "pounds" sterling: a money verb or noun in its own sentence. */
const POUNDS_MONEY_CONTEXT =
  /£|\b(?:paid|pay|pays|paying|cost|costs|costing|fine|fined|fines|worth|salary|salaries|wages?|budget|price|priced|fees?|spent|spend|spending|raised|owed|owes|debt|loan|grant|bonus|compensation|damages|tax|taxes|profits?|revenue|bought|sold|sterling|pence|bank|fund|funding)\b/i;

/**
 * "N pounds" is a weight unless the sentence says money. A scaled sum ("500 million pounds") is
 * sterling unless weight words surround it; an unscaled one needs a money word near it, so that
 * "a person who weighs 200 pounds" or "300 kilograms (660 pounds) of uranium" never become money.
 */
export function isWeightPounds(
  paragraph: string,
  start: number,
  end: number,
  groups: Record<string, string | undefined>,
): boolean {
  if (/sterling|British/i.test(groups.currency ?? '')) return false;
  const before = paragraph.slice(Math.max(0, start - 60), start);
  const sentenceBefore = before.slice(Math.max(before.lastIndexOf('. '), 0));
  const afterText = paragraph.slice(end, end + 40);
  const sentenceAfter = afterText.split(/[.!?](?:\s|$)/u)[0] ?? '';
  const near = `${sentenceBefore} ${sentenceAfter}`;
  if ((groups.separator ?? '').includes('-'))
    return groups.scaleWord === undefined && groups.scaleAbbr === undefined;
  // A scaled sum ("lost 5 million pounds", "heavy losses of 2 million pounds") is money unless a
  // unit of weight stands beside it ("5 million pounds of grain, or 2,300 tonnes").
  if (groups.scaleWord !== undefined || groups.scaleAbbr !== undefined)
    return WEIGHT_UNITS.test(near) && !POUNDS_MONEY_CONTEXT.test(near);
  if (
    WEIGHT_CONTEXT.test(near) ||
    /\b(?:lost|gained|lose|gain|put\s+on)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$/i.test(before)
  )
    return true;
  // "500 pounds of uranium": of + a thing is a weight; "500 pounds of his own money" is not.
  if (
    /^\s+of\b/.test(afterText) &&
    !/^\s+of\s+(?:\w+\s+){0,2}(?:money|cash|funds?|savings|debt)\b/i.test(afterText)
  )
    return true;
  return !POUNDS_MONEY_CONTEXT.test(near);
}
