/**
 * normalize/embed-consent: one body line -> whether it is the placeholder a page shows for a
 * third-party embed (a social post, a video, a podcast player) until the reader consents to it.
 * Used by normalize/notices.ts (reason `embedded-post`), so both normalizers, pasted blocks
 * (text/boxes.ts) and saved pages' headings read it the same way.
 *
 * In: a line's bare text. Out: true for the placeholder's own lines, told by what they do, never by
 * a platform's or a site's name:
 *   - the skip links around it: "Skip X post, 1", "Skip X content", "End of X post, 1"
 *   - its question and buttons: "Allow X content?", "Accept and continue", "Keep blocked"
 *   - the note asking the reader's permission before anything is loaded from elsewhere ("We ask
 *     for your permission before anything is loaded, as they may be using cookies …"): permission
 *     asked of "you", before or until, loading or showing, and the provider, cookies or tracking
 *   - what stands in the post's place: "Post by @handle", "Content unavailable", "View the
 *     original on the provider's site"
 * A story's sentence about consent or cookies names no loading before permission, and quotes
 * (the caller skips quoted lines).
 */

/** What an embed holds, as its skip links and its question name it. */
const EMBEDDED = '(?:post|posts|content|video|videos|tweet|embed|media|image|audio|podcast|player|map|reel)';
/** The skip links before and after the placeholder: "Skip X post, 1", "End of X content". */
const SKIP_LINK = new RegExp(
  `^(?:skip|end of) (?!to\\b)(?:[\\p{L}\\p{N}@.'’-]+ ){0,3}${EMBEDDED}(?:,? \\d{1,2})?$`,
  'iu',
);
/** The question and the buttons: "Allow X content?", "Accept and continue", "Keep blocked". */
const CONSENT_BUTTON = new RegExp(
  `^(?:allow (?:[\\p{L}\\p{N}.'’-]+ ){1,3}${EMBEDDED}\\??|accept and (?:continue|show|load|view)|keep (?:it |them )?blocked|(?:load|show) (?:the )?(?:external |third-party )?${EMBEDDED}|always allow(?: [\\p{L}.'’-]+){0,2})$`,
  'iu',
);
/** The post's stand-in: "Post by @handle", "Content unavailable", "View the original on the provider's site". */
const STAND_IN =
  /^(?:(?:post|tweet|video|thread|reel) (?:by|from) @[\w.]{1,30}|(?:this )?content (?:is )?(?:unavailable|not available|blocked)|(?:view|see|watch) (?:the )?original(?: post| content| video)? on (?:the )?[\p{L}.'’-]+(?:['’]s)?(?: (?:site|website|platform|page))?)\.?$/iu;

/** The permission note: all four of permission, before/until, loading/showing and the provider. */
const PERMISSION = /\b(?:permission|consent|agree|accept)\b/iu;
const BEFORE = /\b(?:before|until|unless)\b/iu;
const LOADING =
  /\b(?:load|loads|loaded|loading|show|shows|shown|showing|display|displayed|displaying|embedded|hosted elsewhere)\b/iu;
const PROVIDER =
  /\b(?:provider|providers|third[- ]part(?:y|ies)|hosted elsewhere|external (?:sites?|services?|content)|cookies|track|tracks|tracking|this service)\b/iu;
/** The note speaks to the reader: "We ask for your permission", "until you agree". */
const TO_READER = /\b(?:you|your)\b/iu;
/** Longest permission note: two sentences. */
const MAX_NOTE = 300;

/** Whether a line is a consent placeholder's own (see the header). */
export function isEmbedConsent(bare: string): boolean {
  if (bare.length <= 80 && (SKIP_LINK.test(bare) || CONSENT_BUTTON.test(bare) || STAND_IN.test(bare)))
    return true;
  return (
    bare.length <= MAX_NOTE &&
    PERMISSION.test(bare) &&
    TO_READER.test(bare) &&
    BEFORE.test(bare) &&
    LOADING.test(bare) &&
    PROVIDER.test(bare)
  );
}
