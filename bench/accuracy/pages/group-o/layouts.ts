/**
 * bench/accuracy/pages/group-o/layouts: group o of the furniture benchmark's page layouts, the UNSEEN
 * set since 2026-11-30 (written 00:30–01:10 UTC; its misses are never printed, its rows are an honest
 * estimate), written blind: without reading src/pipeline/**, src/lib/**, the lexicon or the
 * normalizer tests, and with furniture worded afresh (not taken from groups a–n). Eight kinds of
 * page, none of them in a–n:
 *   match-scorebox             a sports desk's match report: match-centre tabs, a scorebox over the
 *                              headline (competition, "Kestrel Town 2 – 1 Ashgrove Athletic", "Full
 *                              time", scorers with minutes, ground and attendance), a match-stats box
 *                              between paragraphs (with a data credit), standings after the story
 *   live-post-permalink        one post of a live blog opened from its link: "Back to X’s live
 *                              coverage", "LIVE" and the live blog's own title over the post, the
 *                              post's time and tag, the post heading, a share line repeating it,
 *                              next / earlier post links after the story
 *   first-published-trailer    a national-agency-style story on a daily: section menu, the date line
 *                              over the headline, an interstitial between paragraphs, and after the
 *                              story "— With a file from …" and "This report by X was first
 *                              published March 12, 2020." (or without X)
 *   court-comments-closed      a court story: "Crime & Courts · Harrowgate Crown Court", a
 *                              reporting-restrictions banner over the headline, "By A, X Court
 *                              Correspondent", comments switched off after the story with a policy link
 *   numbers-box                the headline under a breadcrumb ("Home » Economy » Analysis"), a "By
 *                              the numbers" box between paragraphs with a source line ("Source: X
 *                              analysis of public records")
 *   news-quiz-box              the headline after a capitals kicker, a share line repeating the
 *                              headline ("Share: “…” via @X"), a quiz after the story
 *   provenance-credentials     the byline and date over the headline, a content-credentials box
 *                              ("Signed by X", issuer, tool, edits, a verify link) under the
 *                              headline or after the story
 *   people-profile-cards       "Section | Explained", cards of the people the story mentions (name,
 *                              role, "+ Follow") under the byline or after the story
 * Where the outlet is named varies: masthead text, logo alt, a desk byline ("By A | X Staff Writer",
 * "X Sports Desk"), a court reporter's byline, a live-coverage back link, the first-published trailer,
 * a comments-policy link, a figures source, a share handle, a quiz heading, a credentials signer,
 * copyright (three shapes), <title> ("Headline — X", "Headline :: X", "Section :: Headline :: X"),
 * og:site_name, JSON-LD publisher, <meta name="application-name">, <meta
 * name="apple-mobile-web-app-title">, or nowhere; clubs, grounds, courts, data suppliers, signing
 * authorities and the people on cards are not the outlet. Body paragraphs are never split or altered.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { newsQuizBox, numbersBox, peopleProfileCards, provenanceCredentials } from './boxes.ts';
import { courtCommentsClosed, firstPublishedTrailer, livePostPermalink, matchScorebox } from './desks.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'match-scorebox': matchScorebox,
  'live-post-permalink': livePostPermalink,
  'first-published-trailer': firstPublishedTrailer,
  'court-comments-closed': courtCommentsClosed,
  'numbers-box': numbersBox,
  'news-quiz-box': newsQuizBox,
  'provenance-credentials': provenanceCredentials,
  'people-profile-cards': peopleProfileCards,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupOLayout = keyof typeof BUILDERS;
export const GROUP_O_LAYOUTS = Object.keys(BUILDERS) as GroupOLayout[];
export type GroupOPage = GroupPage<GroupOLayout>;

export const buildGroupOPage = groupPageBuilder({ tag: 'layouts-o', builders: BUILDERS, staff: STAFF });
