/**
 * lexicon/weekdays: the English weekday names, lower-case, space-separated, Monday first.
 *
 * Source: the calendar. Used by extract/quotes (words that end an inverted subject, "said X on
 * Monday") and extract/people (a capitalised weekday is not a name).
 */

/** "monday tuesday … sunday". */
export const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday';
