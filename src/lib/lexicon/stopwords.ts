/**
 * lexicon/stopwords: English words that carry no topic of their own — function words, the speech
 * verbs every quote has ("said", "told"), honorifics and the clitics "s" and "t" left by
 * apostrophes — lower-case, space-separated.
 *
 * Source: a standard English stop-word list (articles, pronouns, prepositions, conjunctions,
 * auxiliaries), with the speech verbs and honorifics of news copy added by hand. Not the
 * per-language function-words.ts (that one measures prose density); this one is what compare/text
 * drops before comparing the content words of two articles, quotes or names.
 */

/** "a about above after again … amongst across along around". */
export const ENGLISH_STOPWORDS = `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each either else ever few for
  from further had has have having he her here hers herself him himself his how i if in into is it
  its itself just least less let like many may me might more most much must my myself neither no nor
  not now of off often on once one only or other others our ours ourselves out over own per rather
  same shall she should since so some such than that the their theirs them themselves then there
  these they this those through thus to too under until up upon us very via was we were what when
  where whether which while who whom whose why will with within without would yet you your yours
  yourself yourselves said says say saying told tells mr mrs ms dr according another every however
  it's s t onto amid among amongst across along around`;
