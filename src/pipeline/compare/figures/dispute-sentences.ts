/**
 * compare/figures/dispute-sentences: the words for a dispute between outlets and for differences that
 * are only rounding, written here once. The group's own sentences (FigureGroup.conflict / rounding,
 * which the draft and the figures table show, each value with its period) and the chart card's
 * (VariantSentences, each value as printed with its conversion) both come from these functions, so
 * a dispute reads the same wherever a reader meets it.
 *
 * In:  each value already described by the caller ("$63bn over 2 years (Capitol Wire)"), the
 *      reference first; for a dispute, the figures behind the reference and the disputing values.
 * Out: one sentence, or null when there is nothing to say.
 */
import type { Figure } from '../../../lib/model.ts';
import { closeEnough } from './precision.ts';
import { scaleSlip } from './scale-slips.ts';

/**
 * "$63bn (One) vs $65bn (Two): a difference beyond rounding and any stated exchange rate.", with a
 * note when the numbers are the same in two currencies or the digits are the same at another scale.
 */
export function disputeSentence(
  described: readonly string[],
  reference: Figure | undefined,
  disputing: readonly (Figure | undefined)[],
): string {
  const others = disputing.filter((figure): figure is Figure => figure !== undefined);
  const sameNumber =
    reference !== undefined &&
    reference.amount !== null &&
    others.some(
      (figure) =>
        figure.currency !== reference.currency &&
        figure.amount !== null &&
        closeEnough(figure.amount, reference.amount!),
    );
  const slip = reference !== undefined && others.some((figure) => scaleSlip(reference, figure));
  const list = described.join(' vs ');
  return [
    `${list.charAt(0).toUpperCase()}${list.slice(1)}: a difference beyond rounding and any stated exchange rate.`,
    sameNumber
      ? 'The same number is given in different currencies, and no rate stated in the articles makes them equal.'
      : '',
    slip ? 'The same digits are printed at another scale: a likely slip.' : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
}

/**
 * "Only rounding: $1.84bn (One), $1.8bn (Two)." and "Close only at a rate stated for another sum, so
 * not known to agree: …", each beginning with the reference; null when neither applies.
 */
export function roundingSentence(
  reference: string,
  rounded: readonly string[],
  closeAtBorrowedRate: readonly string[],
): string | null {
  const sentences = [
    rounded.length > 0 ? `Only rounding: ${[reference, ...rounded].join(', ')}.` : '',
    closeAtBorrowedRate.length > 0
      ? `Close only at a rate stated for another sum, so not known to agree: ${[reference, ...closeAtBorrowedRate].join(', ')}.`
      : '',
  ].filter((sentence) => sentence !== '');
  return sentences.length > 0 ? sentences.join(' ') : null;
}
