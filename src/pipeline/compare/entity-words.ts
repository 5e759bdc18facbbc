/**
 * compare/entity-words: the word lists findEntities (entities.ts) reads names with, as sets.
 *
 * In:  the lists of src/lib/lexicon (each with its source there).
 * Out: titles, organisation words, calendar words, adjectives, places, and the words around a
 *      mention that say person (speech verbs) or place (locative prepositions). All folded.
 */
import { NAME_ADJECTIVES } from '../../lib/lexicon/name-adjectives.ts';
import { LOCATIVES } from '../../lib/lexicon/locatives.ts';
import { ENGLISH_MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../lib/lexicon/months.ts';
import { NAME_TITLES } from '../../lib/lexicon/name-titles.ts';
import { ORGANISATION_WORDS } from '../../lib/lexicon/organisation-words.ts';
import { PERSON_SPEECH_VERBS } from '../../lib/lexicon/person-speech-verbs.ts';
import {
  COUNTRIES_AND_REGIONS,
  MULTI_WORD_PLACES as MULTI_WORD_PLACE_LIST,
} from '../../lib/lexicon/places.ts';
import { WEEKDAYS } from '../../lib/lexicon/weekdays.ts';

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Words that introduce a name without being part of it. */
export const TITLES: ReadonlySet<string> = new Set(words(NAME_TITLES));

/** A name containing one of these is an organisation (and never gets split at a title word). */
export const ORG_WORDS: ReadonlySet<string> = new Set(words(ORGANISATION_WORDS));

/** Month and weekday names and the months' short forms: never a name. */
export const CALENDAR: ReadonlySet<string> = new Set([
  ...MONTH_NAMES.map((name) => name.toLowerCase()),
  ...words(WEEKDAYS),
  ...words(ENGLISH_MONTH_ABBREVIATIONS),
]);

/** Capitalised adjectives that are never a name on their own. */
export const ADJECTIVES: ReadonlySet<string> = new Set(words(NAME_ADJECTIVES));

/**
 * Countries and regions: a name on this list is a place. Other places are recognised by the
 * prepositions in front of them ("in Brussels", "to Kyiv").
 */
export const PLACES: ReadonlySet<string> = new Set(words(COUNTRIES_AND_REGIONS));
export const MULTI_WORD_PLACES: ReadonlySet<string> = new Set(MULTI_WORD_PLACE_LIST);

/** Words right before a name that say it is a place. */
export const LOCATIVE: ReadonlySet<string> = new Set(words(LOCATIVES));

/** Words right after a name that say it is a person. */
export const SPEECH: ReadonlySet<string> = new Set(words(PERSON_SPEECH_VERBS));
