/**
 * bench/accuracy/pages/group-g/layouts: group g of the furniture benchmark's page layouts, the unseen
 * set until a tuning round started on it on 2026-11-29 (helper outletg, 12:50 UTC; a tune set since,
 * group h is the unseen one), written blind:
 * without reading src/pipeline/**, the lexicon or the normalizer tests, and with furniture worded
 * afresh (not taken from groups a–f). Eight kinds of page, none of them in groups a–f:
 *   podcast-transcript  podcast episode page: host platform nav, show and episode line, "▶ Listen ·
 *                       4:32" player, "Transcript" heading and note, audio cues between paragraphs
 *   print-to-pdf        text of a browser's print-to-PDF: print time and tab title atop every page,
 *                       address and "2/5" at its foot, page breaks between paragraphs
 *   court-exhibit       exhibit to a court filing: case stamp ("Case … Document … Filed … Page 3 of
 *                       11") on every page, court and exhibit cover sheet, Bates numbers
 *   cms-preview         newsroom CMS preview: banner, slug/desk/status fields, "Web headline" and "SEO
 *                       title" fields, byline and credit fields, embed placeholders, revision history
 *   web-clipper-note    note-taking app: a web clip (own note title, "Clipped from", tags) or a news
 *                       app's share text saved as a note ("Shared from the X app")
 *   longform-pullquotes long-read feature: kicker, photo or illustration credits, pull quotes that
 *                       repeat a sentence of the body, ornaments, captions, print-issue note, bio
 *   link-roundup        blogger's link round-up: post title that is not the headline, other links
 *                       (other publications), the story quoted in full, "Via X", comments
 *   pro-network-post    professional networking post: profile header, intro, "From X:", reactions
 *                       and comments
 * Where the outlet is named varies: print header, wordmark text, printout masthead, byline ("By A,
 * X"), SEO title and credit fields, share line, show credit, copyright, photo credit, author bio, via
 * line, "From X:", "Originally published by X", PDF <title>, og:site_name, logo alt, only in the
 * address, or nowhere; podcast hosts, blogs, note apps, CMSes, courts, networks and other
 * publications on the page are not the outlet. The <title> is the headline, the headline with a
 * suffix, or something else (a file name, a post title, a show, a note). Body paragraphs are never
 * split or altered: page breaks fall between paragraphs, and a pull quote repeats a sentence.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { cmsPreview, courtExhibit, printToPdf, webClipperNote } from './documents.ts';
import { linkRoundup, longformPullquotes, podcastTranscript, proNetworkPost } from './posts.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'podcast-transcript': podcastTranscript,
  'print-to-pdf': printToPdf,
  'court-exhibit': courtExhibit,
  'cms-preview': cmsPreview,
  'web-clipper-note': webClipperNote,
  'longform-pullquotes': longformPullquotes,
  'link-roundup': linkRoundup,
  'pro-network-post': proNetworkPost,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupGLayout = keyof typeof BUILDERS;
export const GROUP_G_LAYOUTS = Object.keys(BUILDERS) as GroupGLayout[];
export type GroupGPage = GroupPage<GroupGLayout>;

export const buildGroupGPage = groupPageBuilder({ tag: 'group-g', builders: BUILDERS, staff: STAFF });
