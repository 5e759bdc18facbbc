/**
 * lexicon/organisation-words: nouns that make a capitalised name an organisation ("NATO Council",
 * "Ministry of Defence", "Reuters"), lower-case, space-separated; a name holding one is never
 * split at a title word.
 *
 * Source: chosen by hand from news copy (institutions, armed forces, companies, media). Used by
 * compare/entities (via compare/entity-words).
 */

/** "organization organisation alliance group … network reuters". */
export const ORGANISATION_WORDS = `organization organisation alliance group council congress ministry union agency party committee
  parliament commission bank fund command department office assembly court forces force army navy
  corps institute university association federation company corporation inc ltd news times post
  press media tv television radio nations guard service services board authority pentagon kremlin
  house senate cabinet government coalition movement front brigade battalion regiment staff
  foundation bureau network reuters`;
