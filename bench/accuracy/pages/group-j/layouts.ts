/**
 * bench/accuracy/pages/group-j/layouts: group j of the furniture benchmark's page layouts, the UNSEEN
 * set since 2026-11-29 14:05 UTC (its misses are never printed; its rows are an honest estimate),
 * written blind: without reading src/pipeline/**, the lexicon or the normalizer tests, and with
 * furniture worded afresh (not taken from groups a–i). Eight kinds of page, none of them in a–i:
 *   listen-audio-player   a "listen to this story" player under the byline: duration, speed buttons,
 *                         a voice vendor, a narrator or (rarely) the outlet's audio desk credited
 *   ai-summary-box        a machine-written summary above the story: three bullets, a disclaimer,
 *                         feedback buttons, "How we use automation" in the footer
 *   data-graphics         a data story: charts between paragraphs with title, units, hint,
 *                         "Source:" lines naming statistics offices, "Graphic: A / X" credits
 *   social-embeds         embedded social posts between paragraphs (post text, "— Name (@handle)
 *                         date", platform chrome), sometimes the outlet's own account; twitter:site
 *   archive-age-banner    an old story under "This article is more than N years old", "From the X
 *                         archive" label, "More recent coverage", a © span of years
 *   correction-appended   an editor's note under the byline and a correction or clarification
 *                         after the last paragraph, a corrections-policy line
 *   gift-article          opened from a subscriber's gift link: gift banner first, offer box between
 *                         paragraphs, "Subscribe to X" and account links
 *   infinite-scroll-next  the saved page runs on into the next story (label, headline, byline, dek)
 *                         and a partner box naming other newsrooms
 * Where the outlet is named varies: masthead text, logo alt, byline, audio credit, summary
 * disclaimer, graphic credit, social embed or follow line, archive label, corrections line, gift
 * banner, subscribe prompt, "More from X", copyright, <title>, og:site_name, twitter:site, JSON-LD
 * publisher, or nowhere; voice vendors, chart tools, statistics offices, social accounts and partner
 * newsrooms are not the outlet. Body paragraphs are never split or altered.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { aiSummaryBox, dataGraphics, listenAudioPlayer, socialEmbeds } from './embeds.ts';
import { archiveAgeBanner, correctionAppended, giftArticle, infiniteScrollNext } from './notices.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'listen-audio-player': listenAudioPlayer,
  'ai-summary-box': aiSummaryBox,
  'data-graphics': dataGraphics,
  'social-embeds': socialEmbeds,
  'archive-age-banner': archiveAgeBanner,
  'correction-appended': correctionAppended,
  'gift-article': giftArticle,
  'infinite-scroll-next': infiniteScrollNext,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupJLayout = keyof typeof BUILDERS;
export const GROUP_J_LAYOUTS = Object.keys(BUILDERS) as GroupJLayout[];
export type GroupJPage = GroupPage<GroupJLayout>;

export const buildGroupJPage = groupPageBuilder({ tag: 'group-j', builders: BUILDERS, staff: STAFF });
