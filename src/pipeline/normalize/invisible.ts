/**
 * normalize/invisible: the characters both normalizers delete from page text before reading it.
 * In: nothing (a constant). Out: one pattern.
 *
 * Zero-width spaces and joiners, word joiners, byte-order marks and soft hyphens take no room on
 * screen but split words for every rule that reads them. Bidirectional embedding and override
 * controls (U+202A–U+202E, U+2066–U+2069) reverse how the text after them is drawn, so a pasted
 * paragraph could show a reader other words than it holds ("Trojan Source"); they never belong
 * to an article's words. The left-to-right and right-to-left marks (U+200E, U+200F) are kept:
 * Arabic and Hebrew text needs them.
 */
export const INVISIBLE_CHARACTERS = /[\u200b-\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]/gu;
