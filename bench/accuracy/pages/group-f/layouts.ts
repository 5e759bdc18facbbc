/**
 * bench/accuracy/pages/group-f/layouts: group f of the furniture benchmark's page layouts, the unseen
 * set until a tuning round started on it on 2026-11-29 (12:10 UTC, helper outletf): a TUNE set since
 * (its misses are listed by FURNITURE_VERBOSE=1; group g is the unseen set now), written blind:
 * without reading src/pipeline/**, the lexicon or the normalizer tests, and with furniture worded
 * afresh (not taken from groups a–e). Eight kinds of page, none of them in groups a–e:
 *   chat-share          team chat channel: workspace sidebar, link preview (service name or domain),
 *                       the story pasted into a message, continuation times, reactions, replies
 *   shared-doc          shared clippings document: editor menus and toolbar (pasted form only),
 *                       "Source:" note, bracketed desk notes mid-body, comment endnotes
 *   course-reading      learning platform course page: course nav, instructions, MLA/APA citation
 *                       before or after the headline, reflection prompts, discussion questions
 *   legislative-record  record of a legislature: a member asks to print the article, "[From …]"
 *                       line, headline in capitals, "(By …)", "[[Page S1234]]" markers
 *   media-monitoring    monitoring service clip: client and search, metric fields ("Media outlet:"),
 *                       image-omitted notes, licence line, other mentions naming other outlets
 *   phone-screenshots   text recognised from phone screenshots: status bar, address bar (domain) or
 *                       app header (outlet) and toolbar repeated at every screen break
 *   text-only-lite      text-only "lite" edition: "X | Lite" or "Text-only edition", back links,
 *                       "By A, X" or "By A", bare timestamps, full-site link
 *   rss-reader          feed reader: app nav, feeds with unread counts (other feeds too), item
 *                       source line, actions, embed notes, "The post … appeared first on X."
 * Where the outlet is named varies: link preview, document title, source or from line, citation,
 * floor remarks, metric field, app header, lite header, byline, feed list, "appeared first on",
 * copyright, <title>, favicon alt, or nowhere; workspace, platform, college, client, app and other
 * feed names on the page are not the outlet. Body paragraphs are never split or altered: a screen or
 * message break falls between paragraphs (real screenshots also cut inside them).
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { mediaMonitoring, phoneScreenshots, rssReader, textOnlyLite } from './readers.ts';
import { chatShare, courseReading, legislativeRecord, sharedDoc } from './shares.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'chat-share': chatShare,
  'shared-doc': sharedDoc,
  'course-reading': courseReading,
  'legislative-record': legislativeRecord,
  'media-monitoring': mediaMonitoring,
  'phone-screenshots': phoneScreenshots,
  'text-only-lite': textOnlyLite,
  'rss-reader': rssReader,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupFLayout = keyof typeof BUILDERS;
export const GROUP_F_LAYOUTS = Object.keys(BUILDERS) as GroupFLayout[];
export type GroupFPage = GroupPage<GroupFLayout>;

export const buildGroupFPage = groupPageBuilder({ tag: 'group-f', builders: BUILDERS, staff: STAFF });
