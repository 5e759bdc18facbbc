/**
 * lexicon/speaking-documents: papers that "say" things in news copy ("the indictment says",
 * "according to the complaint"), lower-case, space-separated. A speech tag whose head is one of
 * them names a document as the speaker.
 *
 * Source: chosen by hand from court, government and research reporting (filings, rulings,
 * reports, studies). Used by extract/quotes/speakers.
 */

/** "indictment lawsuit … guidance". */
export const SPEAKING_DOCUMENTS = `indictment lawsuit suit complaint filing filings affidavit contract ruling
  opinion order memo memorandum report letter document documents papers motion brief agreement warrant
  subpoena verdict transcript petition summons judgment decision audit study survey proposal draft
  guidance`;
