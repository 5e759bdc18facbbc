/**
 * quotes/tag-words: the word lists the speech-tag reader (attribution.ts) uses — speech verbs and
 * participles, words that stand between a subject and its verb, words that end an inverted subject,
 * auxiliaries, name particles and capitalised sentence openers.
 */

/**
 * Speech verbs as they appear in tags. Base and -s forms that are more often nouns ("member
 * states", "calls for", "expressed hope") are left out on purpose.
 */
export const SPEECH_VERBS = new Set(
  `say says said tell tells told stated stressed stresses add adds added explain explains explained
  claimed replied answered noted argue argues argued insist insists insisted warn warns warned
  declares declared asked asks write writes wrote tweeted announces announced emphasizes emphasized
  emphasises emphasised underlines underlined remarked continued concluded commented recalls recalled
  admit admits admitted acknowledge acknowledges acknowledged concede concedes conceded suggest
  suggests suggested urges urged vowed promised pledged predicts predicted cautioned complained
  observed highlighted asserts asserted maintained contends contended countered responded confirms
  confirmed denies denied reiterates reiterated repeated quipped joked shouted cried whispered mused
  boasted assured agreed demanded describes described called expressed hoped pointed conveyed
  mentioned accused accuses criticised criticized dismissed rejected welcomed praised condemned
  blamed labelled labeled branded dubbed termed alleges reads continues disagreed proclaimed testified recounted lamented
  retorted yelled screamed chanted`.split(/\s+/u),
);

export const PARTICIPLES = new Set(
  `saying telling stating stressing adding explaining claiming noting arguing insisting warning
  declaring asking writing announcing emphasizing emphasising underlining remarking recalling
  admitting acknowledging conceding suggesting urging vowing promising pledging predicting cautioning
  complaining observing highlighting asserting maintaining contending countering responding confirming
  denying reiterating repeating describing calling expressing tweeting posting`.split(/\s+/u),
);

/** Words between a subject and its verb that belong to neither ("he further claimed"). */
export const BETWEEN = new Set(
  `also further then later again once previously recently earlier repeatedly reportedly allegedly had
  has have was is would will subsequently finally simply only just still even flatly bluntly publicly
  privately openly explicitly once himself herself themselves has had have instead however meanwhile
  now initially first too therefore thus yesterday today nonetheless nevertheless`.split(/\s+/u),
);

/** Words that end an inverted subject ("said Stoltenberg in Brussels", "said X, referring to"). */
export const SUBJECT_STOP = new Set(
  `as in on at during after before while when referring adding according to from who which that told
  speaking writing on upon last this yesterday today on monday tuesday wednesday thursday friday
  saturday sunday in a an with via`.split(/\s+/u),
);

export const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'seemed',
  'seems',
  'remained',
  'remains',
]);
export const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'der',
  'den',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'la',
  'le',
  'du',
]);
/** Capitalised sentence openers that start no name ("But Alder and Bexley said"). */
export const FUNCTION_CAPS = new Set([
  'but',
  'and',
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'as',
  'when',
  'while',
  'after',
  'both',
  'then',
  'so',
]);
