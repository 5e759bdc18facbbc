/**
 * bench/accuracy/pages/group-g/documents: four group g layouts where the story reaches the reader
 * as a document rather than a web page — the text of a browser's print-to-PDF (a header with the
 * print time and tab title, a footer with the address and page number, at every page break), a
 * court filing exhibit (case stamp on every page, exhibit cover sheet, Bates numbers), a newsroom
 * CMS preview (status fields, slug, labelled headline fields, embed placeholders, revisions) and a
 * note-taking app's web clip or a news app's share text saved as a note. Each fills a Ctx
 * (group-c/build.ts) and records where it names the outlet, at random.
 */
import { clock, type Ctx, esc, lines, monthOf } from '../group-c/build.ts';
import { by, dayName, mon3, noted, two } from '../group-f/named.ts';
import * as v from './vocabulary.ts';

const ampm = (c: Ctx) => c.pick(['AM', 'PM']);

export function printToPdf(c: Ctx): void {
  const stamp = `${c.m}/${c.d}/${String(c.y).slice(2)}, ${clock(c)} ${ampm(c)}`;
  const tabNamed = c.rand() < 0.45;
  const tab = tabNamed ? `${c.headline} | ${c.outlet}` : c.headline;
  if (tabNamed) c.inPasted.push('print header (tab title)');
  let page = 1;
  const total = Math.ceil(c.body.length / 4) + 1;
  // Every printed page starts with the time and tab title and ends with the address and "n/N".
  const header = () => lines(c, [stamp, tab], 'pdf-head');
  const footer = () => lines(c, [c.url, `${page}/${total}`], 'pdf-foot');
  header();
  if (c.rand() < 0.4) lines(c, [c.pick(v.PRINT_LEFTOVERS)], 'leftover');
  if (c.rand() < 0.3) {
    lines(c, [c.outlet], 'wordmark-text', 'p');
    c.inPasted.push('wordmark text');
  }
  c.add([c.headline], `<p class="ft10"><b>${esc(c.headline)}</b></p>`, 'p');
  const date =
    c.rand() < 0.5
      ? `Updated ${clock(c)} ${ampm(c)} EST, ${dayName(c)} ${monthOf(c)} ${c.d}, ${c.y}`
      : `${c.d} ${monthOf(c)} ${c.y}`;
  if (c.rand() < 0.5) lines(c, [by(c), date], 'byline');
  else lines(c, [date, by(c)], 'byline');
  c.between.push(() => {
    footer();
    page++;
    header();
  });
  c.after.push(() => {
    if (c.rand() < 0.5) lines(c, [c.pick(v.PRINT_LEFTOVERS)], 'leftover');
    footer();
  });
  const title = c.rand();
  c.title = title < 0.4 ? c.headline : title < 0.7 ? `${c.headline} | ${c.outlet}` : c.pick(v.PDF_NAMES);
  if (title >= 0.4 && title < 0.7) c.inHtml.push('pdf title');
  c.head.push('<meta name="generator" content="pdftohtml 0.86.1">');
}

export function courtExhibit(c: Ctx): void {
  const yy = String(c.y + 1).slice(2);
  const caseNo = `Case ${c.int(1, 4)}:${yy}-cv-${String(c.int(100, 9999)).padStart(5, '0')}-${c.pick(['JD', 'RSL', 'KMW', 'ABJ'])}`;
  const doc = `Document ${c.int(12, 140)}-${c.int(2, 9)}`;
  const filed = `Filed ${two(c.int(1, 12))}/${two(c.int(1, 28))}/${yy}`;
  let page = c.int(1, 30);
  const total = page + Math.ceil(c.body.length / 4) + 2;
  let bates = c.int(100, 9000);
  const prefix = c.pick(['DEF-APP', 'PLTF', 'EX']);
  const stampLine = () => lines(c, [`${caseNo}   ${doc}   ${filed}   Page ${page} of ${total}`], 'ecf');
  const batesLine = () => lines(c, [`${prefix} ${String(bates++).padStart(6, '0')}`], 'bates');
  const pageBreak = () => {
    batesLine();
    page++;
    stampLine();
  };
  // Cover sheet, then the printout of the article.
  stampLine();
  lines(c, [c.pick(v.COURTS), c.pick(v.DECLARANTS)], 'court', 'p');
  const label = c.pick(v.EXHIBIT_LABELS);
  lines(c, [label], 'exhibit', 'p');
  pageBreak();
  const top = c.rand();
  if (top < 0.35) {
    lines(c, [c.outlet], 'printout-masthead', 'p');
    c.inPasted.push('printout masthead');
  } else if (top < 0.6) lines(c, [`Printed from ${c.host.replace(/^www\./u, '')}`], 'printed-from');
  c.add([c.headline], `<p class="hl">${esc(c.headline)}</p>`, 'p');
  const credited = c.rand() < 0.3;
  const byline = credited ? `${by(c)}, ${c.outlet}` : by(c);
  if (credited) c.inPasted.push('byline');
  lines(c, [byline, `Published ${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  c.between.push(pageBreak);
  c.after.push(batesLine);
  c.title =
    c.rand() < 0.5
      ? `gov.uscourts.${c.pick(['ohnd', 'njd', 'ilnd'])}.${c.int(100000, 399999)}.${doc.replace('Document ', '')}.pdf`
      : label;
}

export function cmsPreview(c: Ctx): void {
  const cms = c.pick(v.CMS_NAMES);
  lines(c, [cms, ...v.CMS_NAV], 'cms-nav');
  lines(c, ['PREVIEW — this story is not live. Embeds and links may not work.'], 'preview-banner', 'p');
  const slug = c.headline
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .split('-')
    .slice(0, 6)
    .join('-');
  const words = c.body.join(' ').split(/\s+/u).length;
  lines(
    c,
    [
      noted(c, `Slug: ${String(c.y).slice(2)}${two(c.m)}${two(c.d)}-${slug}`, 'slug'),
      `Desk: ${c.pick(v.CMS_DESKS)}`,
      `Status: ${c.pick(v.CMS_STATUS)}`,
      `Length: ${words} words`,
      `Last saved by ${c.pick(v.STAFF)} at ${clock(c)} ${ampm(c)}`,
    ],
    'story-meta',
  );
  lines(c, ['Web headline'], 'field-label');
  c.add([c.headline], `<h1 class="field-value">${esc(c.headline)}</h1>`, 'p');
  const seoNamed = c.rand() < 0.35;
  if (seoNamed) c.inPasted.push('SEO title field');
  lines(
    c,
    [
      seoNamed ? `SEO title: ${c.headline} | ${c.outlet}` : 'SEO title: (same as web headline)',
      'Social headline: (not set)',
    ],
    'fields',
  );
  const orgNamed = c.rand() < 0.4;
  if (orgNamed) c.inPasted.push('credit field');
  const byline = by(c, 'Byline: ');
  const credit = `Credit line: ${orgNamed ? `${c.outlet} staff` : 'Staff'}`;
  lines(c, c.rand() < 0.5 ? [byline, credit] : [credit, byline], 'byline-fields');
  lines(c, [`Publish date: ${c.y}-${two(c.m)}-${two(c.d)} ${two(c.int(5, 22))}:00`], 'publish-date');
  lines(c, ['Body text'], 'field-label');
  c.between.push(() => lines(c, [c.pick(v.CMS_EMBEDS)], 'embed', 'p'));
  c.tail.push(() => lines(c, [c.pick(['-30-', 'END OF STORY', '###END###'])], 'end-mark', 'p'));
  c.after.push(() => {
    const revisions = Array.from(
      { length: c.int(2, 4) },
      (_, i) => `Rev ${i + 1} · ${c.pick(v.STAFF)} · ${clock(c)} ${ampm(c)}`,
    );
    lines(c, ['Revision history', ...revisions.reverse()], 'revisions');
    lines(c, v.CMS_ACTIONS, 'actions');
  });
  c.title = noted(c, `Preview: ${slug} — ${cms}`, 'slug');
  c.head.push('<meta name="robots" content="noindex, nofollow">');
}

export function webClipperNote(c: Ctx): void {
  const app = c.pick(v.NOTE_APPS);
  lines(c, [app, ...v.NOTE_SIDEBAR], 'app-sidebar');
  lines(
    c,
    v.NOTEBOOKS.map((n) => `${n}  ${c.int(1, 80)}`),
    'notebooks',
  );
  const created = `Created ${dayName(c)}, ${mon3(c)} ${c.d}, ${c.y} at ${clock(c)} ${ampm(c)}`;
  let noteTitle = c.headline;
  if (c.rand() < 0.4) {
    // A news app's share sheet, saved as a note: headline, link, "Shared from the … app".
    c.add([c.headline], `<h1 class="note-title">${esc(c.headline)}</h1>`, 'p');
    lines(c, [`Notebook: ${c.pick(v.NOTEBOOKS)}`, created], 'note-meta');
    const viaNamed = c.rand() < 0.6;
    if (viaNamed) c.inPasted.push('share line');
    lines(c, [c.url, viaNamed ? `Shared from the ${c.outlet} app` : 'Shared from my phone'], 'share', 'p');
    c.after.push(() => {
      if (viaNamed && c.rand() < 0.5)
        lines(c, [`Get the ${c.outlet} app for alerts on stories like this: ${c.url}`], 'app-promo', 'p');
    });
  } else {
    // A web clip: the note has its own title; the clipped page keeps its headline and byline.
    if (c.rand() < 0.5) noteTitle = `Web clip ${two(c.d)}.${two(c.m)}.${c.y}`;
    c.add([noteTitle], `<h1 class="note-title">${esc(noteTitle)}</h1>`, 'p');
    lines(
      c,
      [
        c.rand() < 0.5 ? `Clipped from ${c.host.replace(/^www\./u, '')}` : `Source URL: ${c.url}`,
        created,
        c.pick(v.NOTE_TAGS),
      ],
      'note-meta',
    );
    if (noteTitle !== c.headline) c.add([c.headline], `<h2>${esc(c.headline)}</h2>`, 'p');
    const credited = c.rand() < 0.35;
    if (credited) c.inPasted.push('clipped byline');
    lines(c, [credited ? `${by(c)} | ${c.outlet}` : by(c), `${c.y}-${two(c.m)}-${two(c.d)}`], 'clip-byline');
    c.head.push(`<meta name="source-url" content="${esc(c.url)}">`);
  }
  c.after.push(() => lines(c, [c.pick(v.NOTE_FOOTS), `${c.int(2, 40)} notes in this notebook`], 'note-foot'));
  c.title = `${noteTitle} – ${app}`;
  c.head.push(`<meta name="exporter" content="${esc(app)}">`);
}
