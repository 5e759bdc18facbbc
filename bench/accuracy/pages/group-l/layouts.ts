/**
 * bench/accuracy/pages/group-l/layouts: group l of the furniture benchmark's page layouts, the unseen
 * set from 2026-11-29 16:30 UTC until the tuning rounds on it started at 19:10 UTC that day (a tune
 * set since, its misses listed), written blind: without reading src/pipeline/**, src/lib/**, the lexicon or the normalizer tests,
 * and with furniture worded afresh (not taken from groups a–k). Eight kinds of page, none of them
 * in a–k:
 *   accessibility-toolbar  a toolbar of text size and contrast buttons above or below the site nav,
 *                          a note on saved settings, an accessibility statement and tools vendor
 *   language-switcher      "Read in: English | Español | …" over the headline or under the byline
 *                          (sometimes "X en Español"), a translation note and service after the story
 *   adblock-plea           an ad-blocker plea the saved page keeps first, mid-story or last, blocked
 *                          ad slots between paragraphs, the byline above the headline
 *   push-alerts-prompt     a "get alerts" prompt with Allow / Not now first, a breadcrumb, a
 *                          "follow this story" button and the push service after the story
 *   story-timeline-box     a "How we got here" timeline between paragraphs (dated entries, a link,
 *                          a research credit that may name the outlet's research desk)
 *   video-playlist-rail    a video page: a player over the headline (its title the headline or
 *                          another clip), a playlist rail with durations mid-story or after it
 *   contents-jump-links    a long read: label, headline (capitals on some pages), dek, reading time,
 *                          a table of contents, "back to contents" links between paragraphs
 *   trust-indicators       "Type of work: News" over the headline, a "Behind the story" box after
 *                          it, a standards-network line
 * Where the outlet is named varies: masthead text, logo alt, byline ("By A | X", "By A, X"),
 * accessibility statement, language edition link, ad-block plea, alerts prompt, timeline credit,
 * video rail, report label, standards note, copyright (three shapes), <title>, og:site_name, JSON-LD
 * publisher, or nowhere; accessibility vendors, translation services, push services, video hosts and
 * standards networks are not the outlet. Body paragraphs are never split or altered.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { contentsJumpLinks, storyTimelineBox, trustIndicators, videoPlaylistRail } from './boxes.ts';
import { accessibilityToolbar, adblockPlea, languageSwitcher, pushAlertsPrompt } from './toolbars.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'accessibility-toolbar': accessibilityToolbar,
  'language-switcher': languageSwitcher,
  'adblock-plea': adblockPlea,
  'push-alerts-prompt': pushAlertsPrompt,
  'story-timeline-box': storyTimelineBox,
  'video-playlist-rail': videoPlaylistRail,
  'contents-jump-links': contentsJumpLinks,
  'trust-indicators': trustIndicators,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupLLayout = keyof typeof BUILDERS;
export const GROUP_L_LAYOUTS = Object.keys(BUILDERS) as GroupLLayout[];
export type GroupLPage = GroupPage<GroupLLayout>;

export const buildGroupLPage = groupPageBuilder({ tag: 'group-l', builders: BUILDERS, staff: STAFF });
