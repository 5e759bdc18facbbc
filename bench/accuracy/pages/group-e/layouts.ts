/**
 * bench/accuracy/pages/group-e/layouts: group e of the furniture benchmark's page layouts, written
 * without reading src/pipeline/** as an unseen set; since issue #10's round of 2026-11-29 a TUNE set
 * (its misses are listed by FURNITURE_VERBOSE=1). Eight kinds of page, none of them in groups a–d:
 *   epaper-dump          e-paper text view: viewer tools, running heads, deck, "Please see X, Page A7"
 *                        jump with a second running head and "Continued from Page A2", print ads
 *   database-export      news database record, Lexis-like ("Document 3 of 18", publication, "Length:",
 *                        "Body", "Load-Date:", "End of Document") or Factiva-like (fields, source code)
 *   email-forward        forwarded email newsletter: "Fwd:" subject, mail headers with "Subject:",
 *                        greeting, SPONSORED blocks, "Read more:", unsubscribe footer and postal address
 *   web-archive          web archive toolbar (Wayback-like or archive.today-like) over the original page
 *   forum-repost         community forum post: the story pasted under the post title, link card with
 *                        the domain, votes, comments and a moderator bot
 *   think-tank-republish think tank / university page republishing an op-ed: org nav, breadcrumb with
 *                        the headline, "originally appeared in …", cite box, author bio, related research
 *   asian-bilingual      Asian outlet's English edition: bilingual menus, breadcrumb, "Source: … Editor:
 *                        …" line, translation note, [Photo/…] captions, licence footer
 *   fact-check           fact-check page: claim and rating box, "Read more:", "Our sources" naming other
 *                        outlets, signatory line, ClaimReview JSON-LD
 * Where the outlet is named varies: running head, publication or source line, From line, masthead,
 * logo alt, "Source:" credit, "originally appeared in", copyright, <title>, JSON-LD, or nowhere;
 * platform, newsletter, organisation and other-outlet names on the page are not the outlet.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text (select-all +
 * copy) and saved HTML, whether and where each names the outlet. Deterministic (seeded by article id).
 */
import { groupPageBuilder, type Ctx, type GroupPage } from '../group-c/build.ts';
import { databaseExport, emailForward, epaperDump, webArchive } from './prints.ts';
import { asianBilingual, factCheck, forumRepost, thinkTankRepublish } from './sites.ts';
import { STAFF } from './vocabulary.ts';

const BUILDERS = {
  'epaper-dump': epaperDump,
  'database-export': databaseExport,
  'email-forward': emailForward,
  'web-archive': webArchive,
  'forum-repost': forumRepost,
  'think-tank-republish': thinkTankRepublish,
  'asian-bilingual': asianBilingual,
  'fact-check': factCheck,
} satisfies Record<string, (c: Ctx) => void>;

export type GroupELayout = keyof typeof BUILDERS;
export const GROUP_E_LAYOUTS = Object.keys(BUILDERS) as GroupELayout[];
export type GroupEPage = GroupPage<GroupELayout>;

export const buildGroupEPage = groupPageBuilder({ tag: 'group-e', builders: BUILDERS, staff: STAFF });
