/**
 * quotes/tag-words: the word lists the speech-tag reader (attribution.ts) uses — speech verbs and
 * participles, words that stand between a subject and its verb, words that end an inverted subject,
 * auxiliaries, name particles and capitalised sentence openers — and the words themselves: the
 * Word type and the tokenizer (wordsOf) every tag reader shares.
 *
 * The shared lists live in lib/lexicon; the two tag-only lists (BETWEEN, SUBJECT_STOP) stay here.
 */
import { AUXILIARIES as AUXILIARY_LIST } from '../../../lib/lexicon/auxiliaries.ts';
import { NAME_PARTICLES } from '../../../lib/lexicon/name-particles.ts';
import { SENTENCE_OPENERS } from '../../../lib/lexicon/sentence-openers.ts';
import { SPEECH_PARTICIPLES, SPEECH_VERBS as SPEECH_VERB_LIST } from '../../../lib/lexicon/speech-verbs.ts';
import { WEEKDAYS } from '../../../lib/lexicon/weekdays.ts';

/** A word of the examined text with its offsets (quotes/tag-subject splits the text into them). */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Finite speech verbs ("said", "told"); see lib/lexicon/speech-verbs. */
export const SPEECH_VERBS = new Set(SPEECH_VERB_LIST.split(/\s+/u));

/** Speech participles ("adding", "saying"); see lib/lexicon/speech-verbs. */
export const PARTICIPLES = new Set(SPEECH_PARTICIPLES.split(/\s+/u));

/** Words between a subject and its verb that belong to neither ("he further claimed"). */
export const BETWEEN = new Set(
  `also further then later again once previously recently earlier repeatedly reportedly allegedly had
  has have was is would will subsequently finally simply only just still even flatly bluntly publicly
  privately openly explicitly once himself herself themselves has had have instead however meanwhile
  now initially first too therefore thus yesterday today nonetheless nevertheless did does do`.split(/\s+/u),
);

/** Words that end an inverted subject ("said Stoltenberg in Brussels", "said X, referring to"). */
export const SUBJECT_STOP = new Set(
  `as in on at during after before while when referring adding according to from who which that told
  speaking writing on upon last this yesterday today on ${WEEKDAYS} in a an with via`.split(/\s+/u),
);

/** Auxiliary and linking verbs; see lib/lexicon/auxiliaries. */
export const AUXILIARIES = new Set(AUXILIARY_LIST.split(' '));
/** Particles inside names ("von der"); see lib/lexicon/name-particles. */
export const PARTICLES = new Set(NAME_PARTICLES.split(' '));
/** Capitalised sentence openers that start no name ("But Alder and Bexley said"). */
export const FUNCTION_CAPS = new Set(SENTENCE_OPENERS.split(' '));

/** A weekday, and the part of a day after one ("on Tuesday morning" between a subject and its verb). */
export const WEEKDAY = new RegExp(`^(?:${WEEKDAYS.replace(/\s+/gu, '|')})$`, 'iu');
export const DAY_PARTS = /^(?:morning|afternoon|evening|night)$/u;

/** A time word after "last"/"this" ("she last month said"): between a subject and its verb. */
export const TIME_NOUN = /^(?:week|month|year|weekend|spring|summer|fall|autumn|winter)$/u;

/** Splits text into words, keeping the period of abbreviations and initials. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’.&-][\p{L}\p{M}\p{N}]+)*\.?/gu)].map((m) => {
    // Keep the period of abbreviations and initials ("Mr.", "J."), not of sentence ends.
    let t = m[0];
    if (
      t.endsWith('.') &&
      !/^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Maj|Adm|Cmdr|Rev|St|Jr|Sr|\p{Lu}|(?:\p{Lu}\.)+\p{Lu})\.$/u.test(
        t,
      )
    ) {
      t = t.slice(0, -1);
    }
    return { text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length };
  });
}
