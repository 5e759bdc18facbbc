/**
 * lexicon/object-taking-verbs: verbs, in base and third-person form, whose next name is their
 * object ("whether he would pardon Stone", "vowed to fire Comey"), lower-case, space-separated. A
 * name right after one is not a sentence subject, so a later "he said" does not resolve to it.
 *
 * Source: chosen by hand from political and court reporting (verbs done to a person). Used by
 * extract/people.
 */

/** "pardon pardons fire fires …". */
export const OBJECT_TAKING_VERBS = `pardon pardons fire fires hire hires sue sues thank thanks blame blames
  defend defends attack attacks impeach nominate nominates endorse endorses beat beats support supports
  meet meets invite invites replace replaces oppose opposes arrest arrests indict indicts interview
  interviews appoint appoints congratulate congratulates criticize criticizes criticise criticises
  praise praises visit visits defeat defeats accuse accuses include includes represent represents`;
