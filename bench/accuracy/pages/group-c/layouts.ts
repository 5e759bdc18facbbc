/**
 * bench/accuracy/pages/group-c/layouts: group c of the furniture benchmark's page layouts, a tune
 * set (its misses may be studied), written without reading src/pipeline/normalize/**, extract/** or
 * compare/**. Eight kinds of site from many countries:
 *   uk-tabloid          kicker over the headline, "Published: … GMT", share counts, RELATED
 *                       ARTICLES carousel, comments block, numbered "MOST READ", parent-company footer
 *   south-asia-daily    market/weather ticker, BREAKING NEWS strip, "Also Read:" lines mid-body,
 *                       "(With inputs from agencies)", "Catch all the latest news on …" promo
 *   public-broadcaster  Australian ("Posted … updated …", acknowledgement, agency licence line),
 *                       Canadian ("NAME · OUTLET · Posted:", "With files from") or German-
 *                       international (dd.mm.yyyy, "Date/Author/Related Subjects", permalink)
 *   wordpress-blog      site title + tagline, categories, "Posted by admin", share/like widgets,
 *                       "N thoughts on “headline”", "Leave a Reply", sidebar widgets
 *   newsletter-post     publication name, "Discover more from …" modal, like/comment counts,
 *                       "Thanks for reading …! Subscribe", "Discussion about this post"
 *   syndication-portal  portal masthead, nav and copyright; the outlet only as provider logo (alt),
 *                       sometimes its name, "Story by NAME • 2h", "Read the original article on …"
 *   reader-view         browser reader view (domain only, or nothing) or a printed page header
 *   amp-or-news-app     AMP page (amp-img logo, JSON-LD) or a news app's web copy (wordmark image)
 * Where the outlet is named varies: masthead, logo alt, copyright, "Follow X", provider line, byline,
 * <title>, og:site_name, JSON-LD, domain only (counted as not named), or nowhere; the portal and
 * parent-company names on some pages are not the outlet.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from './build.ts';
import { publicBroadcaster, southAsiaDaily, ukTabloid } from './news-sites.ts';
import { ampOrNewsApp, newsletterPost, readerView, syndicationPortal } from './platforms.ts';
import { STAFF } from './vocabulary.ts';
import { wordpressBlog } from './wordpress-blog.ts';

const BUILDERS = {
  'uk-tabloid': ukTabloid,
  'south-asia-daily': southAsiaDaily,
  'public-broadcaster': publicBroadcaster,
  'wordpress-blog': wordpressBlog,
  'newsletter-post': newsletterPost,
  'syndication-portal': syndicationPortal,
  'reader-view': readerView,
  'amp-or-news-app': ampOrNewsApp,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupCLayout = keyof typeof BUILDERS;
export const GROUP_C_LAYOUTS = Object.keys(BUILDERS) as GroupCLayout[];

export type GroupCPage = GroupPage<GroupCLayout>;

export const buildGroupCPage = groupPageBuilder({ tag: 'group-c', builders: BUILDERS, staff: STAFF });
