/**
 * bench/accuracy/pages/group-h/layouts: group h of the furniture benchmark's page layouts, the unseen
 * set on 2026-11-29 until 13:20 UTC, a tune set since (helper outleth; group i is unseen now), written blind:
 * without reading src/pipeline/**, the lexicon or the normalizer tests, and with furniture worded
 * afresh (not taken from groups a–g). Eight kinds of page, none of them in groups a–g, with the saved
 * HTML's <head> varied as real sites vary it (head.ts):
 *   chain-regional      a regional chain's paper: weather bar, "Part of the X network", parent company
 *                       in og:site_name / JSON-LD publisher / copyright, other papers of the chain
 *   student-newspaper   university student paper: tagline naming the university, staff titles in the
 *                       byline, donation box, comments, "Powered by" platform
 *   subscriber-wall     paywalled site: consent dialog first, subscription wall mid-body (the rest of
 *                       the body kept, as a saved page keeps it), related boxes, newsletter modal
 *   mobile-web-view     a paper's mobile web view: sticky app banner, hamburger, breaking ticker, ads,
 *                       "Tap to load comments", bottom tab bar, viewport and app meta
 *   trade-publication   B2B trade site: verticals menu, registration gate, sponsored box, webinar
 *                       promos, "X is a trading name of Publisher Ltd"
 *   ngo-newsroom        government or NGO newsroom reposting coverage: agency header, breadcrumb,
 *                       section page title, "This story was originally published by X"
 *   sports-site         sports site: scores strip, league menu, odds line, social handle, comments
 *   section-masthead    magazine whose masthead is a section name ("Ideas"): the magazine named small
 *                       (utility bar, logo alt, art credit, issue note) or only by its parent's ©
 * Where the outlet is named varies: masthead text, logo alt, byline, photo or art credit, app banner,
 * paywall pitch, footer, copyright, source line, syndication credit, issue note, <title>,
 * og:site_name, JSON-LD publisher, meta author, or nowhere; parent companies, platforms, universities,
 * agencies, sponsors, section names and the chain's other papers are not the outlet. Body paragraphs
 * are never split or altered.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { chainRegional, mobileWebView, studentNewspaper, subscriberWall } from './newspapers.ts';
import { ngoNewsroom, sectionMasthead, sportsSite, tradePublication } from './specialist.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'chain-regional': chainRegional,
  'student-newspaper': studentNewspaper,
  'subscriber-wall': subscriberWall,
  'mobile-web-view': mobileWebView,
  'trade-publication': tradePublication,
  'ngo-newsroom': ngoNewsroom,
  'sports-site': sportsSite,
  'section-masthead': sectionMasthead,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupHLayout = keyof typeof BUILDERS;
export const GROUP_H_LAYOUTS = Object.keys(BUILDERS) as GroupHLayout[];
export type GroupHPage = GroupPage<GroupHLayout>;

export const buildGroupHPage = groupPageBuilder({ tag: 'group-h', builders: BUILDERS, staff: STAFF });
