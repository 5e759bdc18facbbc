/**
 * bench/accuracy/pages/group-n/layouts: group n of the furniture benchmark's page layouts, the unseen
 * set from 2026-11-29 (written 21:45–22:30 UTC) until 00:35 UTC on 2026-11-30, when tuning rounds
 * started on it (a tune set since, its misses listed; group o is the unseen set now), written
 * blind: without reading src/pipeline/**, src/lib/**, the lexicon or the normalizer tests, and
 * with furniture worded afresh (not taken from groups a–m). Eight kinds of page, none of them in a–m:
 *   breaking-ticker-bar        a ticker of other headlines ("JUST IN · …") over or under a
 *                              broadcaster's call sign with its name ("WQRM 7 · X") or a logo, a
 *                              "Watch X live" / livestream line, a "DEVELOPING STORY" flag, a
 *                              developing-story note after the last paragraph
 *   paginated-page-breaks      "Page 1 of 3" under the byline, page breaks between paragraphs
 *                              (a continue prompt, "« Previous   1 2 3   Next »", "Page 2 of 3"),
 *                              a "view on one page" link after the story
 *   reader-callout-form        a "Were you affected?" form (prompt, field labels, a submit button,
 *                              a privacy line) between paragraphs or after the story
 *   document-viewer-embed      a "SECTION | DOCUMENTS" kicker, an embedded document viewer between
 *                              paragraphs (title, page count, zoom / download buttons, a host)
 *   academic-disclosure        the author's name with a post and university (no "By"), a disclosure
 *                              statement and funding partners after the story
 *   medical-review-credit      "Written by A / Medically reviewed by Dr. B / Updated on …" with a
 *                              badge, sources, a revision history and a trust note after the story
 *   prediction-market-embed    a prediction-market question between paragraphs (Yes / No prices,
 *                              volume, trade buttons, a disclaimer, the market's name)
 *   hyperlocal-neighbor-feed   a town bar ("Fernbrook, MI"), the outlet's town edition as the
 *                              masthead, neighbours' posts after the story (Thank · Reply · Share)
 * Where the outlet is named varies: a call sign with its name, a "Watch X live" line, a town-edition
 * masthead, masthead text, logo alt, a staff byline ("By X Staff", "X Staff Report", "From staff
 * reports | X"), a call-out privacy line, a document credit ("Contributed to Paperstack by X"), a
 * university's partner note, a trust heading, a market-data credit, a newsletter pitch, copyright
 * (three shapes), a "Published by X since …" line as the only mention, <title> ("Headline · X",
 * "Headline « X", "X | Section | Headline"), og:site_name, JSON-LD publisher, an RSS link title
 * ("X » Feed"), a twitter:site handle, or nowhere; document hosts, universities, reviewers, markets,
 * towns and neighbours are not the outlet. Body paragraphs are never split or altered.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { breakingTickerBar, documentViewerEmbed, paginatedPageBreaks, readerCalloutForm } from './alerts.ts';
import {
  academicDisclosure,
  hyperlocalNeighborFeed,
  medicalReviewCredit,
  predictionMarketEmbed,
} from './credits.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'breaking-ticker-bar': breakingTickerBar,
  'paginated-page-breaks': paginatedPageBreaks,
  'reader-callout-form': readerCalloutForm,
  'document-viewer-embed': documentViewerEmbed,
  'academic-disclosure': academicDisclosure,
  'medical-review-credit': medicalReviewCredit,
  'prediction-market-embed': predictionMarketEmbed,
  'hyperlocal-neighbor-feed': hyperlocalNeighborFeed,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupNLayout = keyof typeof BUILDERS;
export const GROUP_N_LAYOUTS = Object.keys(BUILDERS) as GroupNLayout[];
export type GroupNPage = GroupPage<GroupNLayout>;

// The seed tag: 'group-n' gave one layout only 4 of the 102 gold pages; 'layouts-n' gives each 9–15.
// Chosen on those layout counts alone, before any page went through a normalizer.
export const buildGroupNPage = groupPageBuilder({ tag: 'layouts-n', builders: BUILDERS, staff: STAFF });
