/**
 * normalize/story-notes: one body paragraph -> why it is a note, a form or a widget the site sets
 * around a story rather than the story, or null. Part of the notice vocabulary of
 * normalize/notices.ts (both normalizers read it through `noticeReason`); the kinds of issue #10's
 * body round on layout group n.
 *
 * In: a paragraph's text. Out: a `removed` reason. Each rule is a kind of line any site prints,
 * told by what it does, never by a site's wording:
 *   update-note    the note that the story is still developing ("This is a developing story. Check
 *                  back for updates.", "This story is developing and will be updated …")
 *   disclosure     a writer's conflict-of-interest statement ("… does not work for, consult, own
 *                  shares in or receive funding from any company …", "… has received research
 *                  grants from X. They hold no paid advisory roles.", "… has disclosed no relevant
 *                  affiliations …"), a funder's note ("X provides funding as a member of Y", "X
 *                  provides support as a founding partner") and the back matter's headings
 *                  ("Disclosure statement", "Conflicts of interest", "Funding partners")
 *   references     a sources list's heading ("Sources", "References used for this article"); the
 *                  entries under it are read by normalize/reader-posts.ts
 *   metadata       a revision history's heading ("Revision history", "Article history")
 *   credits        a health page's review credit ("Written by A Medically reviewed by Dr. B …",
 *                  "Medically reviewed by Dr. B, MD", "Fact checked ✓")
 *   site-tools     the site's account of its own standards ("Why you can trust X", "How we vet
 *                  health coverage", "We link only to peer-reviewed studies …", "Our content is
 *                  reviewed by licensed clinicians …")
 *   reader-appeal  a call-out form: its question ("Have you been affected by this?"), its prompt
 *                  ("Tell us what you saw", "We would like to hear from readers …", "… our reporters
 *                  want to talk to you"), its terms ("By sending this you agree to …"), its button
 *                  ("Send to our reporters") and its privacy line ("Submissions are encrypted …")
 *   reader-posts   a neighbours' feed: its heading ("Posts from your neighbours"), a post's buttons
 *                  ("Thank · Reply · Share") and the note that readers wrote the posts ("Posts are
 *                  submitted by community members. The opinions expressed are their own.")
 *   document-viewer  an embedded document's notes ("Text in this viewer was extracted automatically
 *                  …", "Highlighted passages were marked by our reporters.") and its host's credit
 *                  ("Hosted by X", "Contributed to X by Y")
 *   widget         a market embed's credit and disclaimer ("Odds via X", "… it is not betting
 *                  advice", "Prices reflect traders' bets, not the views of our journalists") and a
 *                  rail's "See all X" link
 *   promo          a newsletter pitch naming the reader's inbox ("Get X news in your inbox …")
 *   ticker         a ticker's items glued in a saved page ("LATEST · A headline")
 *   update-note, licence, promo-link  "This story has been updated throughout." alone; a copy's terms
 *                  ("Coverage is shared with permission …"); another story's teaser glued to its link
 *                  ("… he said. Name: Headline", no closing stop)
 *   promo, tags, related-links  a sign-up box pasted as one paragraph, told by its terms ("… Sign Up
 *                  By signing up you agree to receive …"); a tag line written out ("This article
 *                  tagged under: X"); a link to the full text ("The full interview is available here.")
 * A story's sentence that says the same quotes or reports it ("… said", quote marks): the caller
 * skips quoted paragraphs, and the patterns here open as the notes do.
 */

/** Longest note read here (a disclosure statement with a long name runs past notices' 220). */
export const MAX_STORY_NOTE = 320;

/** "This is a developing story. Check back …", "This story is developing and will be updated …". */
const UPDATE_NOTE =
  /^this (?:is an? )?(?:developing|breaking|evolving) (?:news )?(?:story|report|situation)[.!]?(?:\s+(?:please )?(?:check back|refresh|return|it (?:will|may) be updated|we(?:['’]ll| will) (?:update|bring|add))\b[^.!?]{0,80}[.!]?)?$|^this (?:story|article|report) is (?:developing|breaking|evolving)(?: and (?:will|may|could) be updated\b[^.!?]{0,60})?[.!]?$|^check back (?:later |soon )?for (?:updates|more)\b[^.!?]{0,80}[.!]?$/iu;

/** A conflict-of-interest statement: shares, funding, affiliations or advisory roles, declared or denied. */
const DISCLOSURE =
  /\b(?:does|do) not work for, consult, own shares in\b|\bha(?:s|ve) disclosed no relevant affiliations\b|\b(?:hold|holds|has|have) no paid advisory roles?\b|\bdeclares? no (?:competing|conflicts? of) interests?\b|\bha(?:s|ve) no (?:relevant |financial |competing )?(?:conflicts? of interest|competing interests) to (?:declare|disclose)\b/iu;
/** A funder's note on an academic or non-profit page: "X provides funding as a member of Y". */
const FUNDER_NOTE =
  /^\p{Lu}[^.!?]{1,80} provides? (?:funding|support|financial support) as (?:an? )?(?:founding |strategic |lead |associate )?(?:partner|member|funder|sponsor)\b[^.!?]{0,80}\.?$/u;
/** The back matter's headings: a disclosure, the funders, the sources, the revision history. */
const BACK_MATTER_HEADING =
  /^(?:disclosure(?: statement)?|disclosures|conflicts? of interest(?: statement)?|competing interests|declaration of interests?|funding partners|funders)$/iu;
export const REFERENCES_HEADING =
  /^(?:sources|references|bibliography|works cited|sources and references|(?:sources|references) (?:used|cited) (?:for|in) this (?:article|story|report))$/iu;
/** A revision history's heading (its rows are field rows: normalize/runs.ts reads them as `metadata`). */
const HISTORY_HEADING = /^(?:revision|article|update|edit|version) history$/iu;

/** A health page's review credit, the writer's line glued to it in a saved page, and its badge. */
const REVIEW_CREDIT =
  /^(?:(?:[Ww]ritten|[Rr]eported|[Ee]dited) by [^.!?]{2,60}?)?(?:[Mm]edically|[Cc]linically|[Ee]xpert|[Ff]act|[Pp]eer)[- ]?(?:reviewed|checked) by (?:Dr\.? )?\p{Lu}(?![^!?]*\b(?:said|says|found|finds|showed|shows|according)\b)[^!?]{1,160}$/u;
/** A review badge: "Fact checked ✓". */
const REVIEW_BADGE =
  /^(?:fact[- ]checked|medically reviewed|expert reviewed|evidence[- ]based|peer[- ]reviewed)\s*[✓✔☑]$/iu;

/** The site on its own standards: a heading, or a sentence opening with the site as its subject. */
const STANDARDS =
  /^how we (?:vet|check|fact-check|review|source) (?:our |health |medical )?(?:coverage|content|articles|stories|information|claims|sources|facts)\b[^.!?]{0,30}$|^we (?:only )?(?:link|cite|rely|draw) (?:only )?(?:(?:to|on|from) )?(?:peer-reviewed|primary|official|reputable|trusted)\b.{0,120}$|^our (?:content|articles|stories|coverage|health content|reporting) (?:is|are) (?:reviewed|checked|vetted|fact-checked) by (?:licensed|board-certified|medical|qualified|independent|practising|practicing) .{0,120}$/iu;
/** "Why you can trust X", "Why trust our reporting": the heading of the site's note on its standards. */
const TRUST_HEADING = /^[Ww]hy (?:you can )?trust (?:us|our [\p{L} ]{2,30}|\p{Lu}[^.!?]{1,40})$/u;

/** A call-out form's question, prompt, terms, button and privacy line. */
const CALL_OUT =
  /^(?:have you been|were you) (?:affected|impacted)(?: by [^.!?]{1,40})?\?|^tell us (?:your story|what you (?:saw|know|think|experienced)|what happened|about (?:it|your experience))\.?$|\bour (?:reporters|journalists|newsroom|team|editors) (?:want|would like|would love|wants) to (?:talk|speak|hear) (?:to|with|from) you\b|^we(?:['’]d| would)? (?:like|love|want) to hear from (?:you|readers|people|anyone)\b|\b(?:by )?filling (?:in|out) the form below\b|^by (?:sending|submitting|sharing) (?:this|your (?:story|account|response|submission))\b.{0,20}\byou agree\b|^(?:send|submit)(?: it| this)? to (?:our|the) (?:reporters|journalists|newsroom|team|editors)$|^(?:submissions|responses|your (?:submission|response|details|contact details)) (?:are|is|will be) (?:encrypted|confidential|kept (?:private|confidential)|only (?:seen|read))\b/iu;

/** A neighbours' feed: its heading, a post's buttons, the note that readers wrote the posts. */
const FEED_HEADING =
  /^(?:posts?|updates?|messages?) (?:from|by) (?:your |local |the )?(?:neighbou?rs|neighbou?rhood|community|residents)\b[^.!?]{0,30}$|^(?:neighbou?r|neighbou?rhood|community) (?:posts|updates|board|feed)(?: (?:near you|in your area|nearby))?$/iu;
const POST_WORD = String.raw`(?:like|thank|thanks|reply|share|report|comment|react|repost|save|helpful|upvote|downvote|flag)`;
/** A post's buttons in a row: "Thank · Reply · Share", "Like | Reply". */
export const POST_BUTTONS = new RegExp(String.raw`^${POST_WORD}(?:\s*[·•|]\s*${POST_WORD})+$`, 'iu');
const USER_CONTENT =
  /^(?:posts|comments|content|listings|submissions|messages) (?:are|is) (?:submitted|posted|written|contributed|provided|shared) by (?:community members|readers|users|neighbou?rs|members of the (?:public|community)|residents)\b|^the (?:opinions|views) expressed (?:in (?:these|the) posts )?are (?:their|the posters?['’]?|the authors?['’]?) own\b/iu;

/** An embedded document's notes and its host's credit. */
const VIEWER_NOTE =
  /^(?:the )?(?:text|transcript)(?: (?:in|of) this (?:viewer|document|file))? (?:was|is|has been) (?:extracted|recogni[sz]ed|converted|transcribed) (?:automatically|by software|by machine)\b.{0,80}$|^(?:highlighted|annotated|underlined) (?:passages|sections|text|lines|parts) (?:were|are|have been) (?:marked|added|highlighted|annotated) by\b.{0,60}$/iu;
const DOCUMENT_HOST =
  /^(?:[Hh]osted|[Cc]ontributed|[Uu]ploaded)(?: to \p{Lu}[\p{L}\d.-]*(?: \p{Lu}[\p{L}\d.-]*){0,2})? by (?:the )?\p{Lu}[^.!?]{0,50}$/u;

/** A market embed's credit and disclaimer, a rail's "See all X" link. */
const MARKET_NOTE =
  /\bnot (?:betting|gambling|trading|investment) advice\b|\bnot the views of (?:our|the) (?:journalists|newsroom|editors|reporters)\b|^(?:see|view|show) all (?:[\p{L}-]+ ?){1,2}$/iu;
/** A market's credit: "Odds via X", "Prices from X". */
const MARKET_CREDIT =
  /^(?:[Oo]dds|[Pp]rices|[Qq]uotes|[Mm]arket data) (?:via|from|provided by|powered by|courtesy of) \p{Lu}[^.!?]{1,50}$/u;

/** A newsletter pitch naming the reader's inbox: "Get Fernbrook news in your inbox every morning." */
const INBOX_PITCH = /^(?:get|have|receive)\b[^.!?]{1,60}\b(?:in|to|into) your inbox\b[^.!?]{0,40}[.!]?$/iu;

/** A ticker's item with its label in capitals: "LATEST · A headline", "JUST IN · …". */
const TICKER_ITEM = /^(?:BREAKING(?: NEWS)?|JUST IN|LATEST|DEVELOPING|NEWS ALERT|UPDATE) · \S/u;

/** A sign-up box pasted as one paragraph, its terms at the end: "… Email Sign Up By signing up you agree …". */
const SIGN_UP_TERMS = /\bby (?:signing up|subscribing),? you (?:agree|consent|accept)\b/iu;
const MAX_SIGN_UP_BOX = 600;
/** A tag line written as a sentence: "This article tagged under: Alcohol". */
const TAG_LINE =
  /^this (?:article|story|post|entry) (?:is |was )?(?:tagged|filed) (?:under|with|in|as)\s*:\s*\S[^.!?]{0,80}$/iu;
/** A link to the full text elsewhere: "The full interview is available here." */
const FULL_TEXT_LINK =
  /^(?:the|a) (?:full|complete|entire|unedited) (?:interview|transcript|video|report|statement|text|document|speech|letter|ruling|filing|lawsuit|complaint|order) (?:is|can be) (?:available|found|read|seen|viewed|watched|here)(?: here| online| below)?[.!]?$/iu;

/** The note that the story was updated, nothing more: "Editor's note: This story has been updated throughout." */
const UPDATED_NOTE =
  /^(?:editor['’]?s note\s*:\s*)?this (?:story|article|report) has been updated(?: throughout)?(?: with (?:new|additional|more|the latest) (?:information|details|reporting))?[.!]?$/iu;
/** A copy's terms: "Coverage is shared with permission …", "Articles in this section are reproduced for reference." */
const SHARED_TERMS =
  /^(?:coverage|articles?|stories|content|posts)(?: in this section| on this (?:page|site))? (?:is|are) (?:shared|reproduced|republished|reprinted|reposted) (?:with permission|by permission|for reference|under licen[cs]e)\b/iu;
/**
 * Another story's teaser glued to its link: a sentence, then "Name: Headline" with no closing stop
 * ("… he said. Obama: Pot not worse than alcohol", "… pledge. | AP Photos Grover to King: Don't be a
 * 'weasel'"). A story's paragraph ends like a sentence.
 */
const TEASER_LINK =
  /^[^:]{20,250}[.!?]['’"”]?\s+(?:\|\s*)?(?:\p{Lu}{2,} Photos?\s+)?\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4}: \p{Lu}[^.!?:]{3,80}$/u;

/** A caption's credit ends the same way: "… on Friday. Photograph: Jane Doe/Agency". */
const PICTURE_CREDIT =
  /\b(?:photo(?:graph|grapher|s)?|image|picture|credit|illustration|video|footage|graphic)s?\s*:\s*[^:]*$|\/[^:]*$/iu;

/** Why a paragraph is one of the notes above, or null. The caller skips quoted paragraphs. */
export function storyNoteReason(bare: string): string | null {
  if (bare.length <= MAX_SIGN_UP_BOX && SIGN_UP_TERMS.test(bare)) return 'promo';
  if (bare.length > MAX_STORY_NOTE) return null;
  if (TAG_LINE.test(bare)) return 'tags';
  if (UPDATED_NOTE.test(bare)) return 'update-note';
  if (SHARED_TERMS.test(bare)) return 'licence';
  if (TEASER_LINK.test(bare) && !PICTURE_CREDIT.test(bare)) return 'promo-link';
  if (FULL_TEXT_LINK.test(bare)) return 'related-links';
  if (UPDATE_NOTE.test(bare)) return 'update-note';
  if (DISCLOSURE.test(bare) || FUNDER_NOTE.test(bare) || BACK_MATTER_HEADING.test(bare)) return 'disclosure';
  if (REFERENCES_HEADING.test(bare)) return 'references';
  if (HISTORY_HEADING.test(bare)) return 'metadata';
  if (REVIEW_CREDIT.test(bare) || REVIEW_BADGE.test(bare)) return 'credits';
  if (STANDARDS.test(bare) || TRUST_HEADING.test(bare)) return 'site-tools';
  if (CALL_OUT.test(bare)) return 'reader-appeal';
  if (FEED_HEADING.test(bare) || POST_BUTTONS.test(bare) || USER_CONTENT.test(bare)) return 'reader-posts';
  if (VIEWER_NOTE.test(bare) || DOCUMENT_HOST.test(bare)) return 'document-viewer';
  if (MARKET_NOTE.test(bare) || MARKET_CREDIT.test(bare)) return 'widget';
  if (INBOX_PITCH.test(bare)) return 'promo';
  if (TICKER_ITEM.test(bare)) return 'ticker';
  return null;
}
