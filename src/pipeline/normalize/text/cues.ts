/**
 * normalize/text/cues: short lines that are web-page furniture in any news site, whatever the
 * story — share bars, "Read more" promos, "Most read" headers, comment forms, footers, tag labels,
 * ad labels, reading-time badges, machine-translation disclaimers.
 *
 * In: one line's bare text. Out: why it is furniture (the `removed` reason) and whether it is a
 * section header that usually closes the article (a "Most read" list, the comments, the footer)
 * rather than a one-line interruption inside it, or furniture that only interrupts an article
 * (`inBody`: a player's controls, a sign-up field, a live post's label, a box of links). The
 * lists are small, generic and multilingual (en, de, fr, es, it, pt, nl, id); nothing here names
 * a site or a story.
 */
import { markBlocks, markPostTexts, markTeasers } from './boxes.ts';
import { copyCue, isJumpHead, VERDICT_LABEL } from './copy-cues.ts';
import { isFloorRemark, markScreenHeaders } from './screen-cues.ts';
import { isShareBar } from './share-bar.ts';

export interface Cue {
  reason: string;
  /** A header that opens a non-article section: the body rarely continues past it. */
  boundary: boolean;
  /**
   * A box's header printed inside the body ("More coverage", "In this article"): the short,
   * unpunctuated lines right under it are its items, though the article goes on after the box.
   */
  list?: boolean;
  /**
   * Furniture that interrupts an article rather than framing it (IN_BODY): it says nothing about
   * where the body is, so text/region.ts scores the line as if it had no cue.
   */
  inBody?: boolean;
}

/** Longest line a cue may be: furniture is short, prose that merely mentions "share" is not. */
const MAX_CUE_LENGTH = 160;

const READ_TIME =
  /^(?:\d+\s*(?:[-–]\s*\d+\s*)?(?:min(?:ute)?s?\.?|minutos?|minuten|minuti)\s*(?:read|reading|de lectura|de leitura|lesezeit|lecture|di lettura|baca)?|(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd)\s*:?\s*\d+.*)$/i;

/** Headers that open a list of other articles. */
const RELATED_HEADER =
  /^(?:related(?: articles?| stories| posts?| news| content| coverage| reading| links| videos?)?|read (?:more|next|also)|see also|also read|more (?:from|on|in|about|stories|news|to read|like this)\b.*|more (?:\w+ )?(?:reads|features|videos|podcasts|investigations|explainers)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)|(?:você|voce) (?:também )?(?:pode|vai) gostar|(?:también )?te (?:puede|podría) (?:gustar|interesar)|vous (?:aimerez|pourriez) (?:aussi|également)(?: aimer)?|(?:ti )?potrebbe(?:ro)? interessarti(?: anche)?|(?:das )?könnte (?:dich|sie) auch interessieren|recommended(?: for you| stories| articles)?|most (?:read|viewed|popular|shared|commented|emailed|watched)(?: \w+)?|popular(?: now| posts| stories| articles| news)?|trending(?: now| stories| news)?|top (?:stories|news|articles)|latest(?: news| stories| articles| posts)?|editor'?s picks?|dive deeper|further reading|what to read next|don'?t miss|in (?:other|case you missed) news|lire aussi|à lire aussi|à lire également|sur le même sujet|les plus lus|leer más|lee también|te puede interesar|lo más leído|más noticias|noticias relacionadas|mehr zum thema|auch interessant|das könnte sie auch interessieren|meistgelesen|weitere artikel|leggi anche|potrebbe interessarti|i più letti|veja também|leia (?:também|mais)|mais lidas|lees ook|meest gelezen|baca juga|berita terkait|terpopuler)\s*:?\s*$/i;

/**
 * Headers of a box of links or instruments set inside the article: "More coverage", "Full
 * coverage", "In this article" (the companies or topics it mentions), "Most read from the desk".
 */
const IN_BODY_LIST =
  /^(?:more coverage|full coverage(?: of this (?:story|topic))?|related coverage|also on (?:the|this|our) (?:site|website)|in this (?:article|story)|(?:companies|stocks|people|topics|tickers) in this (?:article|story)|(?:most (?:read|viewed|popular)|more) from (?:the|our) [^.!?]{2,40}?(?: desk| team| section)?)$/i;

/**
 * Furniture set between an article's paragraphs: a player's controls ("Play", "0:00 / 2:14",
 * "Watch live: …"), a sign-up form's field and thanks, a tip line, a paywall's offer, a contact
 * trailer, a live post's label or a card's age ("Pinned", "6h"). A page may print each between
 * many paragraphs, which must not read as a list of teasers (text/region.ts).
 */
const IN_BODY: ReadonlyArray<[RegExp, string]> = [
  [
    /^(?:play|pause|replay|mute|unmute)$|^\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}$|^(?:watch|listen) live\s*[:|–—-]\s*\S.{0,100}$/iu,
    'media-widget',
  ],
  [
    /^(?:enter )?your e-?mail(?: address)?$|^e-?mail address$|^thanks? (?:you )?for signing up[.!]?$|^you(?:'re| are) (?:now )?(?:signed up|subscribed)[.!]?$|^(?:have|got) a (?:news )?tip\?? .{0,120}$|^send us (?:a |your )?(?:news )?tips?\b.{0,120}$/iu,
    'promo',
  ],
  [
    /^(?:get|unlock) (?:full|unlimited|complete) (?:digital )?access\b.{0,80}$|^subscribe (?:for|from) (?:just |only )?(?:[$€£¥]|\d|unlimited|full)\S*.{0,80}$|^cancel any ?time[.!]?$|^thank(?:s| you) for subscribing\b.{0,120}$/iu,
    'subscription',
  ],
  [/^to contact the (?:reporters?|authors?|writers?|editors?)\b.{0,160}$/iu, 'credits'],
  [/^\d{1,2} ?(?:m|min|h|hr|d)$|^(?:pinned|pinned post|key event)$/iu, 'timestamp'],
];

/** "Read more: <title>" — a one-line promo for another article inside or after the body. */
const RELATED_INLINE =
  /^(?:related(?: article| story| post| news| content| videos?)?|read (?:more|next|also)|see also|also read|more|recommended|watch|listen|lire aussi|à lire aussi|leer más|lee también|mehr dazu|mehr zum thema|lesen sie auch|auch interessant|leggi anche|veja também|leia (?:também|mais)|lees ook|baca juga)\s*[:|»›>–—-]\s*\S/i;

const COMMENTS =
  /^(?:leave a (?:reply|comment)|discussion(?: about this (?:post|article|story))?|post (?:a )?comment|add (?:a )?comment|write a comment|comments?(?: \(\d+\))?|\d+ (?:comments?|responses?|replies)|no comments(?: yet)?|join the (?:conversation|discussion)|show comments|view comments|your email address will not be published.*|required fields are marked.*|(?:log|sign) in to (?:comment|reply).*|cancel reply|kommentare?|kommentieren|comentarios?|deja un comentario|commentaires?|laisser un commentaire|lascia un commento|commenti|deixe (?:um|seu) comentário|comentários|reacties|tinggalkan (?:balasan|komentar)|komentar)\s*\.?$/i;

/** "jane says:", "Alex on September 17, 2018 at 6:34 am said:", "34 responses to “…”": comment threads. */
const COMMENT_SIGNATURE =
  /(?:^\S.{0,80}\s(?:says|said|wrote|dice|dijo|sagt|schreibt|a dit|a écrit|disse|zegt|schreef|berkata)\s*:$|^\d+\s+(?:responses?|replies|comments?|thoughts?|reactions?)\s+(?:to|on)\b|^(?:reply|antworten|responder|répondre|rispondi|balas|beantwoorden)$|\|\s*\d+\s+comments?$)/i;

/** A consent wall's own heading and buttons, short lines the long notice above cannot catch. */
const COOKIE_BUTTONS =
  /^(?:we (?:value|care about|respect) your privacy|your privacy(?: choices| matters| settings)?|privacy (?:settings|preferences|choices)|cookie (?:consent|settings|preferences)|manage (?:options|cookies|preferences|consent|settings)|accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|(?:i )?agree|(?:i )?disagree)$/i;

/** Cookie and consent banners: long sentences, so matched on their vocabulary, not their length. */
const COOKIE_NOTICE =
  /\bcookies?\b.{0,200}\b(?:website|site|browser|browsing|consent|experience|accept|privacy|settings|policy|navigat\w*|partners)\b|\b(?:website|site|we|our partners) uses? cookies\b/i;

const FOOTER =
  /(?:^(?:©|\(c\))\s*(?:\d{4}|copyright)|copyright\b|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|tutti i diritti riservati|todos os direitos reservados|hak cipta|^(?:privacy(?: policy| notice)?|terms (?:of (?:use|service)|and conditions|& conditions)|cookie (?:policy|settings|preferences)|about us|contact(?: us)?|impressum|datenschutz(?:erklärung)?|aviso legal|política de privacidad|mentions légales|politique de confidentialité|chi siamo|contatti|privacybeleid|sitemap|site map|advertise(?: with us)?|careers|jobs)$)/i;

/** Newsletter and alert sign-ups inside or after the article. */
const PROMO =
  /\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletters?|inbox|alerts?|briefing|digest)\b|\bnewsletters?\b.{0,80}\b(?:sign up|subscribe)\b|\bdelivered (?:to your inbox|every (?:weekday|morning|evening|day|week))\b|\b(?:download|get|install) (?:the|our) (?:free )?(?:(?-i:[\p{Lu}\d])[\p{L}\d&'’.-]* ){1,5}app\b|^catch (?:all )?the latest (?:news|updates|stories)\b/iu;

/**
 * Paywall and subscription offers: "Subscribe now: 99¢ for your first 3 months", "Unlimited digital
 * access for $1 a week", "This article is for subscribers", "Thank you for reading Outlet".
 */
const SUBSCRIPTION =
  /^(?:(?:subscribe|join) (?:now|today)\b.*|.{0,100}\bsubscribe (?:now|today)(?: to (?:keep|continue) reading)?[.!]?|unlimited (?:digital )?access\b.*|(?:start|try) (?:your )?free trial\b.*|this (?:article|story|content) is (?:only )?(?:for|reserved for|exclusive to|available to) (?:subscribers|members)\b.*|already a (?:subscriber|member)\??.*|thank(?:s| you) for (?:reading|supporting) (?-i:\p{Lu}).{0,60}|thank(?:s| you) for (?:reading|supporting) (?-i:\p{Lu})[^.!?]{0,60}[.!]\s+.{0,120}\b(?:subscribe|support|sign up)\b.{0,120})$/iu;

/**
 * Legal small print: "… does not constitute investment advice", "Quotes delayed at least 15
 * minutes", "Market data provided by …", "All times Eastern", "The views expressed here are the
 * author's own".
 */
const DISCLAIMER =
  /\b(?:does not|do not|doesn't|is not intended to|should not be construed to) (?:constitute|be) (?:investment|financial|legal|tax) advice\b|^(?:stock |market |price )?(?:quotes|prices|data) (?:are )?delayed\b.{0,40}\bminutes?\b|\bmarket data (?:is )?(?:provided|powered|supplied) by\b|^all times (?:are )?(?:eastern|et|est|edt|gmt|utc|cet|local)\b|^the (?:views|opinions) expressed (?:here |in this (?:article|column|piece|essay) )?are (?:the (?:author|writer)['’]?s['’]?|those of the (?:author|writer)|solely)\b/iu;

/** A broadcaster's acknowledgement of the land's traditional owners, printed under every story. */
const ACKNOWLEDGEMENT = /\backnowledge\b.{0,60}\btraditional (?:custodians|owners)\b/i;

/** "Up next: Evening news, 6 pm", "Next: Weather": a broadcaster's schedule line. */
const SCHEDULE = /^(?:up next|next up|coming up|next)\s*:\s*\S.{0,100}$/iu;

/** "(Reporting by Jane Doe; Editing by Tom Ross)", "Contact Jane Doe at jane@example.com …". */
const CREDITS_TRAILER =
  /^\(?this (?:story|article|report) has not been edited by\b.{0,160}\)?\.?$|^\(?(?:(?:additional )?reporting by|writing by|editing by|compiled by)\b.{0,200}\)?\.?$|^contact (?:(?-i:\p{Lu})[\p{L}'’.-]*\s*){1,4}(?:at|on|via)\b.{0,120}$/iu;

/** "READ MORE: Other story": a link to another story, label and title on one line. */
const READ_MORE_LINK =
  /^(?:read more|read also|also read|more|related|see also|watch|listen)\s*:\s*\S.{0,140}$/iu;

/** "Updated at 2:12 p.m.", "Updated 6 hours ago": a timestamp alone on its line. */
const UPDATED_LINE =
  /^(?:updated|last updated|published|posted)(?: at| on)?\s*:?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:\d{1,2}\/\d{1,2}|\d{1,2} \p{L}+(?: \d{4})?)(?:,? at)?\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d+\s+(?:minutes?|hours?|days?)\s+ago|just now)\b.{0,40}$/iu;

/** "Jane Doe and the Wire contributed to this report.", "Contributing: Jane Doe". */
const CONTRIBUTORS =
  /\bcontributed (?:to )?(?:this |the )?(?:report|story|article|reporting)\.?$|^contributing\s*:|^\(?with (?:files|inputs|reporting) from\b.{0,80}\)?\.?$/i;

/**
 * Video, audio and gallery widgets: "Play Video 1:12 …", "Slideshow (4 Images)", "Just watched
 * <title> Replay …", "<title> Listen · 4:04" (a player label and the clip's running time last).
 */
const MEDIA_WIDGET =
  /^(?:play|watch)(?: video)?\s*\d{1,2}:\d{2}\b|^(?:\d+h )?\d+m \d+s$|^(?:play|watch) video\b.{0,20}\bduration\b|^(?:slideshow|gallery|photos?)\s*\(\d+\s*(?:images?|photos?)\)$|^(?:just watched|must watch)\b|\b(?:listen|watch|play|replay|video)\b[^.!?]{0,60}?\s\d{1,2}:\d{2}(?:\s+\d{1,2}:\d{2})?$/i;

/** "This article is more than 1 year old": an archive notice. */
const AGE_NOTICE =
  /^this (?:article|story|page) is (?:more than|over) (?:\d+|a|an|one) (?:years?|months?|weeks?|days?) old$/i;

/**
 * A content note over a story ("Reader advisory: the following report describes …", "Content
 * warning: this article discusses suicide."): the site's notice to the reader, not the lede.
 */
const CONTENT_NOTE =
  /^(?:reader advisory|content (?:note|warning|advisory)|trigger warning|viewer discretion advised)\s*[:.–—-]\s*\S|^(?:warning|note|editor['’]s note)\s*:\s*(?:this|the following) (?:article|story|report|piece|page|video)\b[^.!?]{0,80}\b(?:contains?|describes?|includes?|discuss(?:es)?|mentions?|depicts?)\b/iu;

/** A promo for another story: "Title of another story Read more", "(Also on Site: Title)". */
const PROMO_LINK =
  /\bread more\s*[»›>]?$|^\(\s*(?:photos?|pictures|watch|video|listen|read|see|related|more)\s*:\s*[^()]{2,140}\)$|^\(?\s*also (?:on|in|at) [^:]{2,40}:\s*\S|^(?:more|read more|full story|more details|details) here\s*[.:»›>]?$/i;

/** "Related Coverage <title>": a related-links label glued to the first link, no separator. */
const RELATED_GLUED = /^related (?:coverage|stories|articles|content|news|links|videos?)\s+\S[^.!?]*$/i;

/** A photo credit that uses the word "copyright" ("Image copyright X", "Photo copyright X"). */
const PHOTO_COPYRIGHT = /^(?:image|photo|picture|photograph|video)\s+(?:copyright|credit)\b/i;

const TAGS =
  /^(?:tags?|tagged(?: with| in)?|topics?|related (?:tags|topics|subjects)|filed under|keywords|categories|category|schlagwörter|schlagworte|themen|stichworte|etiquetas|temas|mots-clés|mots clés|sujets|argomenti|parole chiave|tag)\s*:/i;

/** A whole-line tags label whose items follow on the next lines. */
const TAGS_HEADER =
  /^(?:tags|tagged|topics|related topics|related subjects|(?:explore )?more on (?:these|this) topics?|keywords|schlagwörter|schlagworte|themen|stichworte|etiquetas|temas|mots-clés|mots clés|argomenti|parole chiave)$/i;

const AD =
  /^(?:skip (?:this )?(?:ad|advert|advertisement)|advertisement|advertisements|report this ad|advertising|advert|ad|ads|sponsored(?: content)?|paid (?:content|post)|partner content|story continues(?: below(?: (?:this )?(?:ad|advertisement))?)?|loading(?:\.\.\.|…)?|promoted|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|advertentie|iklan|(?:story|article) continue[sd]? (?:below|after (?:the )?(?:ad|advertisement))|continue reading(?: below| the main story)?|scroll to (?:continue|read more)|click here.*|.*\bclicking here\b.*)\s*\.?$/i;

const NAVIGATION =
  /^(?:home|homepage|date|author|authors|skip (?:next|this|to next) section\b.{0,60}|view (?:the )?(?:non-amp|full|desktop|mobile) (?:version|site)|send us (?:your )?feedback|print(?: print)? this (?:page|article|story)|permalink\b.{0,100}|like this|like loading(?:\.\.\.|…)?|menu|main menu|search|search…|search\.\.\.|close|open|toggle navigation|skip to (?:main )?content|skip navigation|back to top|(?:back|return|jump) to (?:the )?(?:contents|table of contents|list of sections|sections)|top|next|previous|prev|load more|show more|see more|view all|see all|more|subscribe(?: now)?|sign in|sign up|log ?in|log ?out|register|my account|newsletter|newsletters?|follow us(?: on \w+)?|live tv|watch live|video|videos|photos?|gallery|podcasts?|english|español|deutsch|français|italiano|português|nederlands|bahasa indonesia|editions?|edition:? \w+|you are (?:at|here):?|breadcrumb|startseite|inicio|accueil|suche|buscar|rechercher|cerca|pesquisar|abonnieren|suscríbete|s'abonner|abbonati|assine|anmelden|iniciar sesión|connexion|accedi|entrar|exit mobile version|this slideshow requires javascript\.?)$/i;

/** A time stamp alone ("10:45", "10.45am BST", "Updated 14:05"): live-blog entry headers, feed times. */
const TIMESTAMP =
  /^(?:(?:updated|posted|aktualisiert|actualizado|mis à jour)\s*:?\s*)?\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?\s*(?:[A-Z]{2,5}|GMT[+-]?\d{0,2}|UTC[+-]?\d{0,2})?$|^\d+\s*(?:min|mins|minutes?|h|hours?|hrs?|days?)\s+ago$/iu;

const TICKER =
  /^(?:breaking(?: news)?|just in|developing(?: story)?|news ?ticker|eilmeldung|última hora|dernière minute|ultim'ora|urgente|terkini)\s*:?$/i;

/** A note that the page was translated by software. Can be a full sentence, so no length cap here. */
export const TRANSLATION_NOTE =
  /\b(?:machine[- ]translat\w*|ai[- ](?:assisted|generated|powered) translation|translated (?:\S+ ){0,6}with (?:the help of )?(?:machine|ai|software)(?: assistance)?|automatic(?:ally)?[- ]?(?:translat\w*|generated)|translated (?:automatically|by (?:machine|software|google|deepl|ai|artificial intelligence))|generated by (?:the )?(?:ai|artificial intelligence|machine translation)|(?:google|deepl) translate|traducción automática|traducido automáticamente|maschinell übersetzt|automatisch übersetzt|automatische übersetzung|traduction automatique|traduit automatiquement|traduzione automatica|tradotto automaticamente|tradução automática|traduzido automaticamente|automatisch vertaald|diterjemahkan (?:secara )?otomatis)\b/i;

/**
 * Around the word, what makes a short line a comments header rather than a subhead ("Cotton
 * comments"): a count or brackets, or a reader's word before it ("Top rated comments").
 */
const COMMENTS_CONTEXT =
  /[\d[\]()]|\b(?:top|most|best|newest|oldest|latest|recent|all|view|show|hide|load|see|read|reader|readers'?|user|your|our|post|add)\b[\s-]+(?:\w+\s+)?(?:comments|kommentare|comentarios|commentaires|commenti|comentários|reacties|komentar|responses)\b|^\W*(?:comments|kommentare|comentarios|commentaires|commenti|comentários|reacties|komentar)\W*$/iu;

/** A comments section's own header ("Comments (12)", "Leave a reply"), not a line that mentions them. */
export function isCommentsHeader(bare: string): boolean {
  return bare.length <= 60 && COMMENTS.test(bare.replace(/[\s:.|»›>]+$/u, '').trim());
}

/** "[ 167 comments ]", "Top Rated Comments", "Kommentare (12)": a comments section starts. */
const COMMENTS_WORD =
  /\b(?:comments|kommentare|comentarios|commentaires|commenti|comentários|reacties|komentar|reader responses)\b/i;

/** Ends like a sentence: the article has resumed after a list of links. */
const SENTENCE_LIKE = /[.!?…]["'”’»)\]]*$/u;

/**
 * Cues for every line. The items under a ticker header ("BREAKING") are tickers too, up to the
 * next blank line: long, sentence-like, and about other stories.
 */
export function lineCues(lines: ReadonlyArray<{ bare: string; blankBefore: boolean }>): Array<Cue | null> {
  const cues: Array<Cue | null> = [];
  let ticker = false;
  let related = false;
  // The box under an in-body list header interrupts the article; a closing list ends it.
  let inBodyList = false;
  // The value under a verdict box's label ("RATING:" then "False") is the box's too.
  let verdict = false;
  for (const line of lines) {
    let cue = cueOf(line.bare);
    if (!cue && verdict && !line.blankBefore && line.bare.length <= MAX_CUE_LENGTH)
      cue = { reason: 'metadata', boundary: false };
    verdict = VERDICT_LABEL.test(line.bare);
    if (ticker && line.blankBefore) ticker = false;
    if (!cue && ticker) cue = { reason: 'ticker', boundary: false };
    if (cue?.reason === 'ticker' && cue.boundary) ticker = true;
    // The links under a "Related articles" header: unpunctuated titles printed right under it, up
    // to a blank line or a line that ends like a sentence.
    if (related && line.blankBefore) related = false;
    if (!cue && related && !SENTENCE_LIKE.test(line.bare))
      cue = { reason: 'related-links', boundary: false, inBody: inBodyList };
    if (cue?.reason === 'related-links' && (cue.boundary || cue.list)) {
      related = true;
      inBodyList = Boolean(cue.list);
    } else if (!cue) related = false;
    cues.push(cue);
  }
  markBlocks(lines, cues);
  markScreenHeaders(lines, cues);
  markTeasers(lines, cues);
  markPostTexts(lines, cues);
  // The jump head over a continued story is print furniture, not a subhead.
  lines.forEach((line, i) => {
    if (!cues[i] && isJumpHead(line.bare, lines[i + 1]?.bare ?? ''))
      cues[i] = { reason: 'navigation', boundary: false, inBody: true };
  });
  return cues;
}

// Cheap tests before cueOf's costliest (backtracking) patterns: a line failing one cannot match it.
const MAY_BE_SIGNATURE =
  /:\s*$|^\d|^(?:reply|antworten|responder|répondre|rispondi|balas|beantwoorden)$|comments?$/i;
const MAY_BE_SUBSCRIPTION = /^(?:join|unlimited|start|try|this|already|thank)|subscribe/iu;
const MAY_BE_DISCLAIMER = /advice|delayed|market data|^all times|expressed/iu;

// cueOf's smaller patterns, compiled once here rather than written in it: a literal in a function
// is a new RegExp object each time the line runs, on every line of every page.
const BILINGUAL = /^[^\p{Script=Latin}\d\s]+(?:\s+[^\p{Script=Latin}\d\s]+)*\s+(?=\p{Script=Latin})(.+)$/u;
const TRAILING = /[\s:.|»›>]+$/u;
const HASHTAGS = /^tags?\s+#/iu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SLUG = /^(?=[\d-]*[a-z])[a-z\d]+(?:-[a-z\d]+)+$/u;
const LABEL_SEPARATOR = /\s+[·|•–-]\s+/u;

/** What a line of pasted text is by its shape and words (byline, date, caption, menu, footer, translation note…), or null for prose. */
export function cueOf(bare: string): Cue | null {
  if (bare.length <= 600 && TRANSLATION_NOTE.test(bare))
    return { reason: 'translation-note', boundary: false };
  if (bare.length > 40 && bare.length <= 1_000 && /cookie/i.test(bare) && COOKIE_NOTICE.test(bare))
    return { reason: 'cookie-notice', boundary: false };
  // A record's floor remark around a printed article runs long; its opening says what it is.
  if (bare.length <= 3_000 && isFloorRemark(bare))
    return { reason: 'proceedings', boundary: false, inBody: true };
  if (bare.length > MAX_CUE_LENGTH) return null;
  // A bilingual label ("相关新闻 Related", "ホーム Home"): the Latin-script part says what it is.
  const latin = BILINGUAL.exec(bare)?.[1];
  if (latin) {
    const cue = cueOf(latin);
    if (cue) return cue;
  }
  if (MAY_BE_SIGNATURE.test(bare) && COMMENT_SIGNATURE.test(bare))
    return { reason: 'comment-form', boundary: true };
  const plain = bare.replace(TRAILING, '').trim();
  if (
    COMMENTS.test(plain) ||
    COMMENTS.test(bare) ||
    (bare.length <= 40 && COMMENTS_WORD.test(bare) && COMMENTS_CONTEXT.test(bare))
  )
    return { reason: 'comment-form', boundary: true };
  if (RELATED_HEADER.test(plain)) return { reason: 'related-links', boundary: true };
  if (IN_BODY_LIST.test(plain)) return { reason: 'related-links', boundary: false, list: true, inBody: true };
  for (const [pattern, reason] of IN_BODY)
    if (pattern.test(plain)) return { reason, boundary: false, inBody: true };
  if (COOKIE_BUTTONS.test(plain)) return { reason: 'cookie-notice', boundary: false };
  if (TAGS.test(bare) || HASHTAGS.test(bare) || TAGS_HEADER.test(plain))
    return { reason: 'tags', boundary: false };
  if (RELATED_INLINE.test(bare) || PROMO_LINK.test(bare) || RELATED_GLUED.test(bare))
    return { reason: 'related-links', boundary: false };
  if (!LETTER_OR_DIGIT.test(bare)) return { reason: 'separator', boundary: false };
  if (PROMO.test(bare)) return { reason: 'promo', boundary: false };
  if (MAY_BE_SUBSCRIPTION.test(plain) && SUBSCRIPTION.test(plain))
    return { reason: 'subscription', boundary: false };
  if (SCHEDULE.test(plain)) return { reason: 'schedule', boundary: false };
  if (CREDITS_TRAILER.test(plain)) return { reason: 'credits', boundary: false };
  if (READ_MORE_LINK.test(plain)) return { reason: 'related-links', boundary: false };
  if (UPDATED_LINE.test(plain)) return { reason: 'timestamp', boundary: false };
  if (CONTRIBUTORS.test(plain)) return { reason: 'contributors', boundary: false };
  if (MEDIA_WIDGET.test(plain)) return { reason: 'media-widget', boundary: false };
  if (AGE_NOTICE.test(plain)) return { reason: 'age-notice', boundary: false };
  if (CONTENT_NOTE.test(plain)) return { reason: 'content-note', boundary: false };
  // "Image copyright Agency Image caption …" is a photo credit inside the body, not the footer.
  if (FOOTER.test(plain) && !PHOTO_COPYRIGHT.test(plain)) return { reason: 'footer', boundary: true };
  if (TICKER.test(plain)) return { reason: 'ticker', boundary: true };
  // "world-politics": a tag printed as its URL slug (a letter in it: "2018-04-11" is a date).
  if (SLUG.test(plain)) return { reason: 'tags', boundary: false };
  if (ACKNOWLEDGEMENT.test(plain) || (MAY_BE_DISCLAIMER.test(plain) && DISCLAIMER.test(plain)))
    return { reason: 'footer', boundary: false };
  if (TIMESTAMP.test(plain)) return { reason: 'timestamp', boundary: false };
  const copied = copyCue(bare, plain);
  if (copied) return copied;
  if (READ_TIME.test(plain)) return { reason: 'read-time', boundary: false };
  // "Advertisement · Scroll to continue": the label may share its line with a second one.
  const second = LABEL_SEPARATOR.exec(plain);
  if (AD.test(plain) || (second && AD.test(plain.slice(0, second.index))))
    return { reason: 'ad', boundary: false };
  if (NAVIGATION.test(plain)) return { reason: 'navigation', boundary: false };
  if (isShareBar(plain)) return { reason: 'share-bar', boundary: false };
  return null;
}
