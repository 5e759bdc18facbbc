/**
 * bench/accuracy/pages/group-k/layouts: group k of the furniture benchmark's page layouts, the UNSEEN
 * set since 2026-11-29 15:00 UTC (its misses are never printed; its rows are an honest estimate),
 * written blind: without reading src/pipeline/**, the lexicon or the normalizer tests, and with
 * furniture worded afresh (not taken from groups a–j). Eight kinds of page, none of them in a–j:
 *   sponsor-presented        a sponsored story: "Presented by" strip with the sponsor's logo, a
 *                            sponsor message between paragraphs, a note on independence at the end
 *   stock-quote-cards        a business story under a market index strip, with stock quote cards
 *                            between paragraphs and a market-data vendor credited at the foot
 *   event-promo-tickets      a promo for the outlet's own live event mid-story: speakers, date,
 *                            "Get tickets", an underwriter
 *   shop-links-disclosure    an affiliate disclosure under the byline and a product card naming a
 *                            retailer between paragraphs
 *   election-results-widget  a live results table between paragraphs: race, candidates, shares,
 *                            votes counted, a results service or the outlet's decision desk
 *   weather-alert-banner     a local page under a severe weather alert bar, with a forecast box
 *                            (a forecaster or the outlet's weather team) above the headline
 *   reader-poll-embed        a reader poll between paragraphs (question, options, vote buttons) and
 *                            a "not scientific" note with the poll vendor after the story
 *   embedded-map-card        a location map between paragraphs: places, zoom buttons, map-data
 *                            credit, a map credit naming an artist or the outlet's graphics desk
 * Where the outlet is named varies: masthead text, logo alt, byline, section label, sponsor note,
 * event brand, affiliate disclosure, decision desk, weather team, poll heading, map credit,
 * copyright, <title>, og:site_name, JSON-LD publisher, or nowhere; sponsors, market-data vendors,
 * retailers, results services, forecasters, poll vendors and map vendors are not the outlet. Body
 * paragraphs are never split or altered.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { eventPromoTickets, shopLinksDisclosure, sponsorPresented, stockQuoteCards } from './commerce.ts';
import { STAFF } from './vocabulary.ts';
import { electionResultsWidget, embeddedMapCard, readerPollEmbed, weatherAlertBanner } from './widgets.ts';

const BUILDERS = {
  'sponsor-presented': sponsorPresented,
  'stock-quote-cards': stockQuoteCards,
  'event-promo-tickets': eventPromoTickets,
  'shop-links-disclosure': shopLinksDisclosure,
  'election-results-widget': electionResultsWidget,
  'weather-alert-banner': weatherAlertBanner,
  'reader-poll-embed': readerPollEmbed,
  'embedded-map-card': embeddedMapCard,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupKLayout = keyof typeof BUILDERS;
export const GROUP_K_LAYOUTS = Object.keys(BUILDERS) as GroupKLayout[];
export type GroupKPage = GroupPage<GroupKLayout>;

export const buildGroupKPage = groupPageBuilder({ tag: 'group-k', builders: BUILDERS, staff: STAFF });
