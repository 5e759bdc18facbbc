/**
 * bench/accuracy/pages/group-i/layouts: group i of the furniture benchmark's page layouts, the unseen
 * set from 2026-11-29 13:20 UTC until a tuning round started on it at 14:00 UTC (helper outleti): a
 * tune set since, its misses listed by FURNITURE_VERBOSE=1. Written blind: without reading src/pipeline/**, the lexicon or the normalizer tests, and with
 * furniture worded afresh (not taken from groups a–h). Eight kinds of page, none of them in a–h:
 *   agency-wire-site       a wire agency's own site: desks menu, licensing tools, "Reporting by …;
 *                          Editing by …" trailer, standards line, the agency's parent in the footer
 *   tv-video-transcript    a TV network's article page: player, machine transcript with timestamps,
 *                          the network group / affiliate in og:site_name, JSON-LD and copyright
 *   explainer-qa           an explainer: "Explainer" label, key-points box, Q&A headings between
 *                          paragraphs, "Was this explainer helpful?"
 *   nonprofit-republish    a non-profit newsroom: tagline, donation appeal, funder line, "Republish this
 *                          story" widget whose HTML snippet names the outlet
 *   weekly-community       a weekly community paper: "Serving X since 19xx", volume and issue line,
 *                          notices, subscription rates
 *   app-share-link         a local news app's web share page: "Shared with you", the app platform named
 *                          (not the outlet), store badges
 *   photo-gallery-article  a gallery above the story: slide count, caption, credit, slide buttons
 *   investigative-series   a series page: series title and part, "X Staff" byline, methodology, tips
 * Where the outlet is named varies: masthead text, logo alt, byline ("By A, X", "X Staff"), trailer,
 * photo credit, copyright, footer, republish snippet, <title>, og:site_name, JSON-LD publisher, or
 * nowhere; parent companies, networks, funders and platforms are not the outlet. Body paragraphs are
 * never split or altered.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { appShareLink, investigativeSeries, photoGalleryArticle, weeklyCommunity } from './locals.ts';
import { agencyWireSite, explainerQa, nonprofitRepublish, tvVideoTranscript } from './newsrooms.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'agency-wire-site': agencyWireSite,
  'tv-video-transcript': tvVideoTranscript,
  'explainer-qa': explainerQa,
  'nonprofit-republish': nonprofitRepublish,
  'weekly-community': weeklyCommunity,
  'app-share-link': appShareLink,
  'photo-gallery-article': photoGalleryArticle,
  'investigative-series': investigativeSeries,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupILayout = keyof typeof BUILDERS;
export const GROUP_I_LAYOUTS = Object.keys(BUILDERS) as GroupILayout[];
export type GroupIPage = GroupPage<GroupILayout>;

export const buildGroupIPage = groupPageBuilder({ tag: 'group-i', builders: BUILDERS, staff: STAFF });
