/**
 * bench/accuracy/pages/group-m/layouts: group m of the furniture benchmark's page layouts, the UNSEEN
 * set since 2026-11-29 (written by 19:14 UTC; its misses are never printed, its rows are an honest
 * estimate), written blind: without reading src/pipeline/**, src/lib/**, the lexicon or the
 * normalizer tests, and with furniture worded afresh (not taken from groups a–l). Eight kinds of
 * page, none of them in a–l:
 *   print-headline-note    "A version of this article appears in print on …, Page 14 of the Metro
 *                          edition with the headline: …" after the story (the print headline a desk's
 *                          own, the web headline, or its first words), reprint / today's paper links
 *   consent-gated-embed    a breadcrumb with slashes over the headline; between paragraphs, consent
 *                          placeholders for third-party posts ("Skip X post, 1", "Allow X content?",
 *                          Accept and continue / Keep blocked, "End of X post, 1")
 *   crisis-support-box     a content note over the headline or over the story, the byline above the
 *                          headline on some pages, a helpline box after the story
 *   ask-assistant-widget   an "ask about this story" assistant (suggested questions, input, a
 *                          disclaimer, a vendor) under the byline or after the story
 *   puzzles-promo-rail     a masthead in capitals (or a logo) with a dated masthead line in capitals,
 *                          a daily-games rail (streak, Play now) between paragraphs or after the story
 *   jobs-board-box         a "Section | Exclusive" kicker, a local jobs box between paragraphs
 *                          (employers, towns, a jobs vendor), legal-notices links in the footer
 *   reporter-contact-card  a byline with a photo, and after the story the reporter's card: beat,
 *                          email, Signal, a social handle, a secure-tip line, more stories by them
 *   recirculation-grid     the date line over the headline, an inline "RECOMMENDED" card mid-story,
 *                          a grid of kicker-labelled cards after it with a personalisation note
 * Where the outlet is named varies: capitals masthead, masthead text, logo alt, byline ("By A, X",
 * "A | X"), print note, the outlet's own account in an embed, support note, assistant name, games
 * or careers brand, reporter card, grid heading ("More from X"), copyright (three shapes), a
 * "Follow X on …" line as the only mention, <title> ("Headline | X", "Headline - X", "Headline —
 * Section — X"), og:site_name, JSON-LD publisher, or nowhere; social platforms, helplines, puzzle
 * syndicates, job boards, employers, recommendation and assistant vendors are not the outlet. Body
 * paragraphs are never split or altered.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { askAssistantWidget, consentGatedEmbed, crisisSupportBox, printHeadlineNote } from './notes.ts';
import { jobsBoardBox, puzzlesPromoRail, recirculationGrid, reporterContactCard } from './rails.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'print-headline-note': printHeadlineNote,
  'consent-gated-embed': consentGatedEmbed,
  'crisis-support-box': crisisSupportBox,
  'ask-assistant-widget': askAssistantWidget,
  'puzzles-promo-rail': puzzlesPromoRail,
  'jobs-board-box': jobsBoardBox,
  'reporter-contact-card': reporterContactCard,
  'recirculation-grid': recirculationGrid,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupMLayout = keyof typeof BUILDERS;
export const GROUP_M_LAYOUTS = Object.keys(BUILDERS) as GroupMLayout[];
export type GroupMPage = GroupPage<GroupMLayout>;

export const buildGroupMPage = groupPageBuilder({ tag: 'group-m', builders: BUILDERS, staff: STAFF });
