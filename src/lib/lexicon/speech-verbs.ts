/**
 * lexicon/speech-verbs: English verbs of saying as they appear in speech tags ("…," she said),
 * lower-case, space-separated, in two forms: finite (base, -s, past) and -ing participles.
 *
 * Source: chosen by hand from news speech tags. Base and -s forms that are more often nouns
 * ("member states", "calls for", "expressed hope") are left out on purpose. Used by
 * extract/quotes (speech-tag reader).
 */

/** Finite speech verbs: "say says said tell tells told …". */
export const SPEECH_VERBS = `wondered queried pleaded interjected sang say says said tell tells told stated stressed stresses add adds added explain explains explained
  claimed replied answered noted argue argues argued insist insists insisted warn warns warned
  declares declared asked asks write writes wrote tweeted announces announced emphasizes emphasized
  emphasises emphasised underlines underlined remarked continued concluded commented recalls recalled
  admit admits admitted acknowledge acknowledges acknowledged concede concedes conceded suggest
  suggests suggested urges urged vowed promised pledged predicts predicted cautioned complained
  observed highlighted asserts asserted maintained contends contended countered responded confirms
  confirmed denies denied reiterates reiterated repeated quipped joked shouted cried whispered mused
  boasted assured agreed demanded describes described called expressed hoped pointed conveyed
  mentioned accused accuses criticised criticized dismissed rejected welcomed praised condemned
  blamed labelled labeled branded dubbed termed alleges reads continues disagreed proclaimed testified testifies recounted lamented
  retorted yelled screamed chanted exclaimed exclaims ruled`;

/** Speech participles: "saying telling stating …" ("…, adding that"). */
export const SPEECH_PARTICIPLES = `saying telling stating stressing adding explaining claiming noting arguing insisting warning
  declaring asking writing announcing emphasizing emphasising underlining remarking recalling
  admitting acknowledging conceding suggesting urging vowing promising pledging predicting cautioning
  complaining observing highlighting asserting maintaining contending countering responding confirming
  denying reiterating repeating describing calling expressing tweeting posting lamenting boasting
  joking quipping recounting demanding pleading proclaiming testifying exclaiming`;
