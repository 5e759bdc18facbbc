/**
 * lexicon/name-particles: lower-case particles inside personal names ("Ursula von der Leyen",
 * "Mohammed bin Salman"), space-separated.
 *
 * Source: common European and Arabic name particles, chosen by hand. Used by extract/quotes to
 * keep a name whole across its particles.
 */

/** "de da di del der den van von bin ibn al la le du". */
export const NAME_PARTICLES = 'de da di del der den van von bin ibn al la le du';
