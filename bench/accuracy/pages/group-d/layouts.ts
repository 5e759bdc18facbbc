/**
 * bench/accuracy/pages/group-d/layouts: group d of the furniture benchmark's page layouts, written
 * without reading src/pipeline/** as an unseen set; since issue #10 (2026-11-29) a TUNE set whose
 * misses are printed, like a, b and c. Eight kinds of site, none of them in groups a, b or c:
 *   local-tv-station      weather alert bar, call letters logo, "Watch Live", FCC public file footer
 *   markets-terminal      ticker tape with prices, "Markets" bar, instruments box, disclaimers
 *   euro-english-edition  cookie wall (Accept all / Reject), edition switcher, "Subscribe for €1"
 *   science-magazine      "Topics" nav, reading time, newsletter sign-up box mid-article
 *   press-release         organisation header, FOR IMMEDIATE RELEASE, "###", press contacts
 *   aggregator-cards      aggregator chrome, favicon + source credit, "Full coverage" of other outlets
 *   paywall-teaser        truncated teaser, "Continue reading", then the full (unlocked) text
 *   live-updates          LIVE badge, "Key points" box, timestamps between posts
 * Where the outlet is named varies: masthead, logo or favicon alt, byline credit, copyright, social
 * line, provider credit, <title>, og:site_name, JSON-LD, or nowhere (the press release and
 * aggregator pages often name only other organisations).
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { aggregatorCards, liveUpdates, paywallTeaser, pressRelease } from './feeds.ts';
import { euroEnglishEdition, localTvStation, marketsTerminal, scienceMagazine } from './sites.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'local-tv-station': localTvStation,
  'markets-terminal': marketsTerminal,
  'euro-english-edition': euroEnglishEdition,
  'science-magazine': scienceMagazine,
  'press-release': pressRelease,
  'aggregator-cards': aggregatorCards,
  'paywall-teaser': paywallTeaser,
  'live-updates': liveUpdates,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupDLayout = keyof typeof BUILDERS;
export const GROUP_D_LAYOUTS = Object.keys(BUILDERS) as GroupDLayout[];
export type GroupDPage = GroupPage<GroupDLayout>;

export const buildGroupDPage = groupPageBuilder({ tag: 'group-d', builders: BUILDERS, staff: STAFF });
