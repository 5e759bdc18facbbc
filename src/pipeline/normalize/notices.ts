/**
 * normalize/notices: one body paragraph -> why it is the site talking about itself or to the reader
 * rather than the story, or null. Used by normalize/furniture.ts (both normalizers).
 *
 * In: a paragraph's text. Out: a `removed` reason. Each rule is a kind of line any site prints,
 * told by what it does, never by a site's wording:
 *   transcript     a video's machine transcript between the story's paragraphs: lines opening
 *                  with a player's time code ("[00:07] …"), and the note on how it was made
 *                  ("This transcript was generated automatically …", "This is a rush
 *                  transcript …", "Transcripts are produced on deadline …", "Transcript by …")
 *   reader-appeal  the site asking the reader for money or for information: "readers like you",
 *                  "become a member", "your gift will be matched", "contact our reporters",
 *                  "share your experience", "Do you have information about this?", "Submit your …"
 *                  and a bare call to support the newsroom ("Support local journalism.", "Donate")
 *   paywall        the prompts of a paywall or a meter: "Subscribe to keep reading", "You have read 2
 *                  of your 3 free articles", "Subscriber? Sign in", "See subscription options"
 *   licence        the terms for reusing the story: republishing under a Creative Commons licence,
 *                  keeping the byline, the tracking code to include
 *   subscription   a subscription's price ("Mail subscriptions start at $30 a year"), an offer of
 *                  access at a price ("Unlimited access for 50 cents a week", "See offer")
 *   funding        who pays for the newsroom or the coverage ("Major support comes from …")
 *   method-note    the desk's note on how the story was reported: "Methodology: …", "How we
 *                  reported this story: …"
 *   sponsor-note   the note that a sponsor paid but did not shape the story ("X journalists reported
 *                  this story independently of the sponsor", "The sponsor had no role in …")
 *   affiliate      the disclosure that the site may be paid when the reader buys through its links
 *   ad             a plea to switch off an ad blocker ("It looks like you are blocking ads", "Please
 *                  allow ads on this site"): the site's, whoever runs it
 *   site-tools     the page's own controls and services explaining themselves: text size and
 *                  contrast settings, the page's other languages and how they are translated, news
 *                  alerts and notifications ("Get alerts when this story changes", "Alerts powered
 *                  by X", "Follow this story"), a standards body the site follows
 *   edition-note   where else the story ran: "This article appears in the June 2014 issue of X", "A
 *                  version of this article appears in print"
 *   correction-note  a note, anywhere, that an earlier version of the story was wrong ("Correction: An
 *                  earlier version of this story …")
 *   share-bar      a button naming the story itself ("Republish this story", "Print this article"), a
 *                  share prompt with the story's address or title ("Read or Share this story: https://…")
 *   promo          a call to read on in the site's app ("Read more local stories in the app")
 *   page-url       a label and an address alone ("Link: https://…")
 *   embedded-post  the placeholder a page shows for a third-party post until the reader consents:
 *                  "Skip X post, 1", "Allow X content?", the note asking permission before loading
 *                  material from elsewhere, "Accept and continue", "Post by @handle", "Content
 *                  unavailable", "View the original on …", "End of X post, 1"
 *                  (normalize/embed-consent.ts)
 *   promo          the site's games: "Daily games", "Your streak: 12 days", "Play now", "Puzzles by X"
 *   content-note   the desk's warning on what the story shows ("Content note: this story discusses
 *                  violence", "Warning: this article contains details some readers may find
 *                  distressing")
 *   site-tools     also a tool's vendor credit alone ("Powered by X"), and a paper's terms for what
 *                  readers send in ("Letters to the editor must be signed …", "Listings are free for
 *                  subscribers")
 *   metadata       an editing system's save stamp ("Last saved by Jane Doe at 3:11 AM")
 *   update-note, disclosure, references, reader-posts, document-viewer, …
 *                  developing-story notes, disclosures, call-out forms, neighbours' feeds, document
 *                  viewers, market embeds (normalize/story-notes.ts)
 * The ad-blocker plea and a betting ad's terms ("Gamble responsibly", "21+ only") are `ad`.
 * Only short, unquoted paragraphs: a story's sentence that quotes an appeal keeps its quote marks,
 * and prose runs longer.
 */

import { isEmbedConsent } from './embed-consent.ts';
import { storyNoteReason } from './story-notes.ts';

/** Longest paragraph a notice may be. */
const MAX_NOTICE_LENGTH = 220;
/** Quote marks: a quoted appeal is something a source said. */
const QUOTED = /["“”«»„]/u;

/** A player's time code opening a transcript line: "[00:07] …", "(1:02:15) …". */
const TIME_CODE = /^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*\S/u;
/** The note saying how a transcript or captions were made. */
const TRANSCRIPT_NOTE =
  /^(?:this |the )?(?:transcript|captions?|closed captions?)\b[^.]{0,40}\b(?:generated|produced|machine|automatic(?:ally)?|may contain errors)\b|^this is an? (?:rush |raw |unedited |automated |computer-generated |machine-generated )?transcript\b|^transcripts? (?:are|is) (?:generated|produced|made|prepared|created)\b|^transcript (?:by|provided by|produced by) \S/iu;

/** The site asking for money, in the words fundraising appeals use. */
const MONEY_APPEAL =
  /\breaders like you\b|\bbecome an? (?:member|supporter|donor|sustaining member)\b|\bmake an? (?:gift|donation|tax-deductible)\b|\byour (?:gift|donation|membership) (?:will|helps?|keeps?|makes?|today)\b/iu;
/** The site asking the reader for information or a story: a tip line, a call-out. */
const TIP_APPEAL =
  /\b(?:[Cc]ontact|[Ee]-?mail|[Mm]essage) (?:us|our (?:reporters?|team|newsroom|journalists?|desk))\b|\b[Ss]hare your (?:experience|story|stories|tips?|information)\b|^[Dd]o you have (?:information|a tip|a story|something to share)\b|^[Qq]uestions about this (?:story|article)\?|\bour standards editor\b|^(?:[Ss]ubmit|[Ss]end) (?:us )?your\b/u;

/** The terms for republishing the story. */
const LICENCE =
  /\bcreative commons licen[cs]e\b|\btracking (?:code|pixel)\b|\b(?:keep|retain|include) the (?:author'?s )?byline\b/iu;

/** A subscription's price: "Mail subscriptions start at $30 a year", "Subscription: $38 per year". */
const PRICE = String.raw`[$€£]\s?\d+(?:[.,]\d{2})?\s*(?:a|per|/)\s*(?:year|yr|month|mo|week|wk)\b`;
const SUBSCRIPTION_OFFER = new RegExp(
  String.raw`\bsubscri(?:be|ption|ptions)\b.{0,60}${PRICE}|${PRICE}.{0,60}\bsubscri(?:be|ption|ptions)\b`,
  'iu',
);
/** An offer of access: "Unlimited access for 50 cents a week", "Digital access at half price", "See offer". */
const ACCESS_OFFER =
  /\b(?:unlimited|digital|full|premium) access\b.{0,40}(?:\b\d+ cents\b|[$€£]\s?\d|\bhalf price\b|\b\d+% off\b|\bfree trial\b)|^(?:see|view|claim|get) (?:the |this |our )?(?:special )?offer\.?$/iu;

/**
 * The paywall's prompts: what stands between the reader and the rest of the story, or a button's
 * words. "Subscribe to keep reading", "You have read 2 of your 3 free articles", "Subscriber? Sign
 * in", "See subscription options", "Create a free account to continue reading", "Scroll to
 * continue with content", "Unlimited articles … first month free", "Register" + "Sign in" glued.
 */
const PAYWALL_PROMPT =
  /^(?:subscribe|register|sign up|sign in|log in)(?: now| today| free)?,? (?:to|and) (?:keep|continue) reading\b|^you(?:'ve|’ve| have) (?:read|used|reached|viewed) (?:\d+|all|your)\b.{0,30}\bfree (?:articles?|stories|story|views?)\b|^(?:already an? )?(?:subscriber|member)\? *(?:sign|log) ?in\b|^(?:see|view|explore|compare|choose) (?:all |our )?(?:subscription|membership) (?:options|plans|offers)\b|^create an? (?:free )?account to (?:keep|continue|start) reading\b|^scroll (?:down )?to (?:continue|keep reading)\b|^unlimited (?:articles|access|reading|digital access)\b.{0,80}\b(?:free|trial)\b|^(?:register|subscribe) *(?:sign|log) ?in$/iu;
/** A call to support the newsroom, alone: "Support local journalism.", "Donate", "Give now". */
const SUPPORT_CALL =
  /^(?:support (?:[\p{L}’'.-]+ ){0,3}journalism|donate(?: now| today)?|give (?:now|today|monthly))[.!]?$/iu;

/** Who pays for the newsroom or the coverage: "Major support comes from the X Foundation." */
const FUNDING =
  /^(?:major |additional |generous )?(?:support|funding) (?:for [^.]{1,60} )?(?:comes|is provided|was provided|provided) (?:from|by)\s/iu;

/** A label opening the desk's note on method. */
const METHOD_NOTE =
  /^(?:methodology|about (?:the|this) data|(?:how|why) we (?:reported|did|found|built|wrote) (?:this|the|it)(?: [\p{L}-]+){0,2})\s*:\s*\S/iu;
/** The desk's note that the story was checked ("This story was reviewed by two editors …"). */
const REVIEW_NOTE = /^this (?:story|article|report) (?:was|has been) (?:reviewed|edited|fact-checked) by\b/iu;

/** A sponsor's note: the sponsor named, its part in the story denied, the story or its reporters named. */
const SPONSOR_WORD =
  /\b(?:the|our|its|this story's|a) sponsors?\b|\bsponsorship\b|\bsponsors? (?:had|has|have|did|does)\b/iu;
const SPONSOR_DENIAL =
  /\b(?:independently|editorial (?:control|independence)|no (?:role|input|say|influence) (?:in|on|over)|(?:did|does|do) not (?:review|see|shape|influence|approve)|alone decides?)\b/iu;
const SPONSOR_SUBJECT =
  /\b(?:story|stories|article|coverage|content|reporters?|journalists?|newsroom|editors?|cover)\b/iu;
/** "We may earn a commission when you buy through links …", "buying through our links may earn us a fee". */
const AFFILIATE =
  /\b(?:earn|earns|receive|receives|get|gets|make|makes)(?: us)? (?:an? )?(?:small )?(?:affiliate )?(?:commission|fee|share of (?:the )?(?:sales?|revenue)|compensation)\b/iu;
const THROUGH_LINKS = /\blinks?\b/iu;

/** A plea about ad blockers: the blocker named, or the reader asked to allow ads. */
const AD_BLOCK_PLEA =
  /\bad[- ]?block(?:er|ers|ing)?\b|\bblocking (?:ads|advertising|adverts)\b|\b(?:allow|allowed|allowing|enable|unblock|whitelist) (?:ads|advertising|adverts)\b|\b(?:switch|turn) off (?:your|the) (?:ad )?blocker\b/iu;
/**
 * The page's controls explaining themselves: display settings ("change text size, spacing and
 * contrast", "Settings are saved on this device"), the page in other languages ("also published in
 * other languages", "translations may contain errors", "the version of record"), news alerts
 * ("Get alerts when this story changes", "Turn on alerts …", "You can turn alerts off …", "Alerts
 * powered by X", "Follow this story for updates"), the editorial or transparency standards the site follows.
 */
const SITE_TOOLS =
  /\b(?:text|font) size\b.{0,60}\b(?:contrast|spacing)\b|\bsettings (?:are|will be) (?:saved|stored|remembered)\b|\b(?:also )?(?:published|available) in (?:other|several|many|\d+) languages\b|\btranslations? (?:may|might|can) contain (?:errors|mistakes|inaccuracies)\b|\bthe version of record\b|^(?:get|turn on|enable|receive|sign up for) (?:an? )?(?:[\p{L}-]+ ){0,3}(?:alerts?|notifications?)\b|\bturn (?:alerts|notifications) (?:off|on)\b|^(?:alerts|notifications) (?:powered|provided|delivered|sent) by\b|^follow this (?:story|topic|thread)\b|\b(?:follows|adheres to|abides by) the (?:[\p{L}-]+ )?(?:transparency|editorial|journalistic|journalism|ethics|ethical|trust) (?:standards|principles|code)\b/iu;

/** A betting ad's terms: "Gamble responsibly", "21+ only". */
const BETTING_TERMS = /\b(?:gamble|gambling|bet) responsibly\b|\b(?:18|19|21)\+ only\b/iu;
/** Where else the story ran: "(A version of) this article appears in the June 2014 (print) issue …". */
const EDITION_NOTE =
  /^(?:an? (?:version|edited version|shorter version) of )?this (?:article|story|essay|piece) (?:appears|appeared|was published|ran) (?:in|on) (?:the )?(?:print|[\p{L}]+ \d{4}|\d{4})\b/iu;

/**
 * A correction anywhere in the body ("Correction: An earlier version of this story …", also after a
 * CMS's stamp: "CORRECTION: Corrected by: Jane Doe @ 06/04/2014 07:50 PM Correction: An earlier
 * version …"): it speaks
 * of the story, not in it. An update note ("This story was updated at 5 p.m. to include …") stays
 * where it is not at an edge: readers and annotators take it for part of the story.
 */
const UPDATE_NOTE =
  /^(?:editor['’]?s'? note|corrections?|clarifications?)\s*:\s*(?:[^.!?"“”]{0,80}\s)?(?:an earlier|the original|a previous) version of this (?:story|article|report)\b/iu;

/** A button naming the story itself: "Republish this story", "Print this article". */
const STORY_BUTTON =
  /^(?:republish|share|print|save|e-?mail|cite|gift|bookmark|listen to|download) this (?:story|article|page|post|report)$/iu;
/** A share prompt naming the story: "Read or Share this story: https://…", "Share or comment on this article: …". */
const SHARE_PROMPT =
  /^(?:read|share|comment on|e-?mail|print)(?: (?:or|and|&) (?:read|share|comment(?: on)?|e-?mail|print))? this (?:story|article|post|page)\s*:\s*\S/iu;
/** A call to read on in the site's app. */
const APP_PROMO =
  /^(?:read|get|download|open|continue|try|see|listen|watch)\b.{0,60}\b(?:in|on|with) (?:the|our) (?:[\p{L}-]+ )?app\b/iu;
/**
 * The site's games promoted between or after the paragraphs: the rail's heading ("Daily games"), the
 * reader's streak, its buttons ("Play now", "See all games", glued together in a saved page) and the
 * puzzles' credit ("Puzzles by X"). Short lines only, never a sentence about a game.
 */
const GAMES_PROMO =
  /^(?:(?:daily|today['’]s|more|all|our|play (?:our|today['’]s)) (?:games|puzzles)|your (?:current |daily |game |puzzle )?streak\s*:?\s*\d+ days?|see all (?:games|puzzles)|take a break with (?:a|our|today['’]s) (?:daily )?(?:games?|puzzles?|crosswords?)|(?:puzzles?|games|crosswords?) (?:by|from|provided by|powered by) \p{Lu}[^!?]{1,50})$/iu;
/** The rail's buttons, glued together in a saved page: "Play now", "Play nowSee all games". */
const PLAY_BUTTON = /^[Pp]lay now(?:$|[\s.!·|]|(?=\p{Lu}))/u;

/**
 * The desk's warning on what the story shows: a warning label, "this story / the following …" and
 * what it contains, or readers said to find it distressing. A bare "Note: the following …" is prose.
 */
const CONTENT_NOTE =
  /^(?:(?:content|readers?['’]?|trigger|viewers?['’]?) (?:warning|advisory|note|notice)|warning|advisory)\s*:\s*(?:this|the following) (?:[\p{L}-]+ ){0,2}(?:contains?|describes?|discuss(?:es)?|includes?|depicts?|shows?|deals? with|refers? to)\b|\b(?:some |many |sensitive )?(?:readers|viewers) (?:may|might) find\b.{0,40}\b(?:distressing|disturbing|upsetting|graphic|offensive|difficult)\b/iu;
/** A tool's vendor credit alone on its line: "Powered by X". */
const VENDOR_CREDIT = /^[Pp]owered by \p{Lu}[\p{L}\p{N}.&'’ -]{1,40}$/u;
/**
 * A paper's terms for what readers send in: letters, listings, notices, obituaries — what they
 * must be, or that they are free.
 */
const HOUSE_TERMS =
  /^(?:[\p{L}-]+ ){0,2}(?:letters(?: to the editor)?|listings|obituaries|classifieds|announcements|submissions|calendar items|notices) (?:must|should|are|will be|may be)\b.{0,80}\b(?:signed|words|free|subscribers|edited|deadline|published|submitted|verified|noon)\b/iu;
/** An editing system's save stamp: "Last saved by Jane Doe at 3:11 AM". */
const SAVE_STAMP =
  /^last (?:saved|edited|modified|updated|changed) by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3},? (?:at|on) \d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?\b.{0,20}$/iu;

/** A label and an address, nothing else: "Link: https://…". */
const LABELLED_URL = /^(?:link|url|source|via|original|read it here)\s*:\s*https?:\/\/\S+$/iu;

/** Why a paragraph is a notice of the site's (see the header), or null. */
export function noticeReason(text: string): string | null {
  const bare = text.trim();
  if (TIME_CODE.test(bare)) return 'transcript';
  if (QUOTED.test(bare)) return null;
  // A disclosure statement may run past a notice's length (normalize/story-notes.ts).
  if (bare.length > MAX_NOTICE_LENGTH) return storyNoteReason(bare);
  if (isEmbedConsent(bare)) return 'embedded-post';
  if (GAMES_PROMO.test(bare) || (bare.length <= 120 && PLAY_BUTTON.test(bare))) return 'promo';
  if (TRANSCRIPT_NOTE.test(bare)) return 'transcript';
  if (MONEY_APPEAL.test(bare) || TIP_APPEAL.test(bare) || SUPPORT_CALL.test(bare)) return 'reader-appeal';
  if (PAYWALL_PROMPT.test(bare)) return 'paywall';
  if (LICENCE.test(bare)) return 'licence';
  if (FUNDING.test(bare)) return 'funding';
  if (SUBSCRIPTION_OFFER.test(bare) || ACCESS_OFFER.test(bare)) return 'subscription';
  if (METHOD_NOTE.test(bare) || REVIEW_NOTE.test(bare)) return 'method-note';
  if (SPONSOR_WORD.test(bare) && SPONSOR_DENIAL.test(bare) && SPONSOR_SUBJECT.test(bare))
    return 'sponsor-note';
  if (AFFILIATE.test(bare) && THROUGH_LINKS.test(bare)) return 'affiliate';
  if (UPDATE_NOTE.test(bare)) return 'correction-note';
  if (STORY_BUTTON.test(bare.replace(/[.!]$/u, '')) || SHARE_PROMPT.test(bare)) return 'share-bar';
  if (APP_PROMO.test(bare)) return 'promo';
  if (LABELLED_URL.test(bare)) return 'page-url';
  if (AD_BLOCK_PLEA.test(bare) || BETTING_TERMS.test(bare)) return 'ad';
  if (EDITION_NOTE.test(bare)) return 'edition-note';
  if (SITE_TOOLS.test(bare) || VENDOR_CREDIT.test(bare) || HOUSE_TERMS.test(bare)) return 'site-tools';
  if (CONTENT_NOTE.test(bare)) return 'content-note';
  if (SAVE_STAMP.test(bare)) return 'metadata';
  return storyNoteReason(bare);
}
