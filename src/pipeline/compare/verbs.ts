/**
 * compare/verbs: an attribution verb -> whether it is loaded, and why.
 *
 * In:  a verb as the quote extractor wrote it, lower-cased ("claimed", "insists").
 * Out: `loadedVerb(verb)`: null for a neutral verb ("said", "told", "added"), else one sentence
 *      saying what the verb tells the reader to think of the statement or the speaker.
 *
 * The one lexicon of loaded verbs (the framing page, the per-outlet summary and the explainer all
 * ask here). The list follows wire-style guidance on attribution: "said" is neutral; verbs that
 * doubt, concede, insist or dramatise take sides.
 */

const WHY: Record<string, string> = {
  doubt: 'casts doubt on whether the statement is true',
  concede: 'suggests the speaker gave up a point or owned up to something',
  insist: 'suggests the speaker holds on against doubt or evidence',
  contest: 'presents the statement as one side of a dispute',
  truth: 'presents the statement as an established fact',
  vanity: 'suggests the speaker is showing off',
  grievance: 'belittles the statement as a grievance',
  attack: 'dramatises disagreement as an attack',
};

/** lemma -> [past, third person, -ing] forms and the reason. */
const LEXICON: Array<[string[], keyof typeof WHY]> = [
  [['claim', 'claimed', 'claims', 'claiming'], 'doubt'],
  [['allege', 'alleged', 'alleges', 'alleging'], 'doubt'],
  [['purport', 'purported', 'purports', 'purporting'], 'doubt'],
  [['admit', 'admitted', 'admits', 'admitting'], 'concede'],
  [['concede', 'conceded', 'concedes', 'conceding'], 'concede'],
  [['confess', 'confessed', 'confesses', 'confessing'], 'concede'],
  [['acknowledge', 'acknowledged', 'acknowledges', 'acknowledging'], 'concede'],
  [['insist', 'insisted', 'insists', 'insisting'], 'insist'],
  [['maintain', 'maintained', 'maintains', 'maintaining'], 'insist'],
  [['assert', 'asserted', 'asserts', 'asserting'], 'contest'],
  [['contend', 'contended', 'contends', 'contending'], 'contest'],
  [['reveal', 'revealed', 'reveals', 'revealing'], 'truth'],
  [['boast', 'boasted', 'boasts', 'boasting'], 'vanity'],
  [['brag', 'bragged', 'brags', 'bragging'], 'vanity'],
  [['complain', 'complained', 'complains', 'complaining'], 'grievance'],
  [['grumble', 'grumbled', 'grumbles', 'grumbling'], 'grievance'],
  [['whine', 'whined', 'whines', 'whining'], 'grievance'],
  [['slam', 'slammed', 'slams', 'slamming'], 'attack'],
  [['blast', 'blasted', 'blasts', 'blasting'], 'attack'],
  [['lash', 'lashed', 'lashes', 'lashing'], 'attack'],
];

const LOADED = new Map<string, string>();
for (const [forms, reason] of LEXICON) for (const form of forms) LOADED.set(form, WHY[reason]!);

/** Why an attribution verb is loaded, or null when it is neutral (or unknown). */
export function loadedVerb(verb: string): string | null {
  return LOADED.get(verb.toLowerCase().split(/\s+/)[0] ?? '') ?? null;
}
