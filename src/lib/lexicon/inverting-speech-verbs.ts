/**
 * lexicon/inverting-speech-verbs: speech verbs after which English puts the subject ("…," said the
 * NATO chief; "…," added Ms Kallas), lower-case, space-separated.
 *
 * Source: the speech verbs of speech-verbs.ts (SPEECH_VERBS) that news copy inverts, chosen by
 * hand. Used by compare/role-names to read a role phrase as the subject of a quote.
 */

/** "said says added asked … stated concluded". */
export const INVERTING_SPEECH_VERBS = `said says added asked wrote continued insisted stressed explained noted argued declared replied
  stated concluded`;
