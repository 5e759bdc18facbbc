/**
 * Headline and body on page shapes the normalizers must read by what each line is: a printed
 * page, a blog post with a comment count in its byline, a portal's provider line, a pull quote,
 * a wire-dateline lede, links under a "Related articles" header, readers' comments after a saved
 * article. Invented pages, invented text.
 */
import { describe, expect, it } from 'vitest';
import { paragraphFurniture } from '../../src/pipeline/normalize/furniture.ts';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { HARBOUR_HEADLINE, HARBOUR_BODY, blankSeparated } from './harbour-story.ts';

const HEADLINE = HARBOUR_HEADLINE;
const BODY = [
  ...HARBOUR_BODY,
  'A final decision is expected at the board meeting in March, when the members will also consider two more evening sailings.',
];
const body = blankSeparated;

describe('headlines on unfamiliar page shapes', () => {
  it('a printed page: the browser date above the title', () => {
    const page = [
      '3/4/24, 9:12 PM',
      `${HEADLINE} | Estuary Courier`,
      '',
      HEADLINE,
      'By Rowan Pike',
      '',
      ...body(BODY),
    ];
    const article = normalizeText(page.join('\n'));
    expect(article.headline).toBe(HEADLINE);
    expect(article.outlet).toBe('Estuary Courier');
  });
  it('a blog byline ending in its comment count', () => {
    const page = [
      'Estuary Notes',
      'Menu',
      '',
      HEADLINE,
      'Posted by admin | March 4, 2024 | 4 Comments',
      '',
      ...body(BODY),
    ];
    expect(normalizeText(page.join('\n')).headline).toBe(HEADLINE);
  });
  it("a portal's provider name above the byline", () => {
    const page = [
      'Portal',
      'Home',
      'Mail',
      'News',
      '',
      HEADLINE,
      'Estuary Courier',
      'Rowan Pike',
      'March 4, 2024',
      '',
      ...body(BODY),
    ];
    expect(normalizeText(page.join('\n')).headline).toBe(HEADLINE);
  });
});

describe('question headlines', () => {
  const question = 'Is the ferry fare rise the harbour board’s biggest misstep yet?';
  it('as clean text: the first line over a blank line', () => {
    const article = normalizeText([question, '', ...body(BODY)].join('\n'));
    expect(article.headline).toBe(question);
    expect(article.paragraphs).toEqual(BODY);
  });
  it('under a menu, above a date line', () => {
    const page = ['News', 'Politics', 'Money', 'Video', question, '09/10/2024 09:41 AM', ...BODY];
    expect(normalizeText(page.join('\n')).headline).toBe(question);
  });
});

describe('bodies on unfamiliar page shapes', () => {
  it('a pull quote is removed, the paragraph it repeats kept', () => {
    const quoted = `“${BODY[2]}”`;
    const page = [HEADLINE, '', BODY[0], '', BODY[1], '', quoted, '', ...body(BODY.slice(2))];
    const article = normalizeText(page.join('\n'));
    expect(article.paragraphs).toEqual(BODY);
    expect(article.removed.map((r) => r.reason)).toContain('pull-quote');
  });
  it('a sentence printed again inside a longer paragraph is a pull quote', () => {
    const shaped = paragraphFurniture([
      BODY[0] as string,
      'Board chair Imogen Sallow said the members had listened to the commuters',
      BODY[1] as string,
    ]);
    expect(shaped.paragraphs).toEqual([BODY[0], BODY[1]]);
  });
  it('a wire-dateline lede is the body, not the standfirst, even when a caption follows it', () => {
    const lede = `PORTSEA (Meridian Wire) - ${BODY[0]}`;
    const page = [
      HEADLINE,
      '',
      lede,
      '',
      'FILE PHOTO: A ferry leaves the harbour. Lumen Pictures/File Photo',
      '',
      ...body(BODY.slice(1)),
    ];
    const article = normalizeText(page.join('\n'));
    expect(article.standfirst).toBeNull();
    expect(article.paragraphs[0]).toBe(lede);
  });
  it('links right under a "Related articles" header are not body', () => {
    const page = [
      HEADLINE,
      '',
      ...body(BODY.slice(0, 3)),
      'RELATED ARTICLES',
      'Ferry timetable changes from next month',
      'Why the port wants a second terminal',
      '',
      ...body(BODY.slice(3)),
    ];
    const article = normalizeText(page.join('\n'));
    expect(article.paragraphs).toEqual(BODY);
  });
  it('an embedded post is not body', () => {
    const post =
      'Ferries are the lifeblood of this town. Delay is not enough. pic.twitter.com/abc123 - Estuary Commuters (@estuarycommute) March 4, 2024';
    const page = [
      HEADLINE,
      '',
      ...body(BODY.slice(0, 2)),
      post,
      '',
      'EstuaryCommuters YouTube',
      '',
      ...body(BODY.slice(2)),
    ];
    const article = normalizeText(page.join('\n'));
    expect(article.paragraphs).toEqual(BODY);
    expect(article.removed.filter((r) => r.reason === 'embedded-post')).toHaveLength(2);
  });
  it('ad labels inside the body do not cut its last paragraph', () => {
    const page = [
      HEADLINE,
      '',
      ...body(BODY.slice(0, 4)),
      'Advertisements',
      'Report this ad',
      BODY[4],
      'Share this:',
      'Facebook',
    ];
    expect(normalizeText(page.join('\n')).paragraphs).toEqual(BODY);
  });
  it('a subhead that mentions comments does not end the article', () => {
    const page = [HEADLINE, '', ...body(BODY.slice(0, 3)), 'Sallow Comments', '', ...body(BODY.slice(3))];
    const article = normalizeText(page.join('\n'));
    expect([...article.paragraphs, ...article.subheads]).toHaveLength(BODY.length + 1);
  });
  it("readers' comments after a saved article are not body", () => {
    const html = `<html><head><title>${HEADLINE}</title></head><body><main><article><h1>${HEADLINE}</h1>
${BODY.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<div class="thread"><div>Comments</div></div><p>Great summary, thanks for writing this up.</p>
<p>I take that ferry every day and nobody asked us.</p></body></html>`;
    expect(normalizeHtml(html).paragraphs).toEqual(BODY);
  });
  it('paragraphs labelled as deck or credits by their class are not body', () => {
    const html = `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1>
<p class="deck">What the delay means for the commuters who use the ferry every day.</p>
<p class="credits">Words by Rowan Pike</p><main><article>
${BODY.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
    expect(normalizeHtml(html).paragraphs).toEqual(BODY);
  });
});

describe('a transcript and a printed page leave their marks out of the body', () => {
  it('drops production cues, print times and (pasted) sheet counters between paragraphs', () => {
    const marks = ['(SOUNDBITE OF HARBOUR NOISE)', '2/7', '[THEME MUSIC FADES]', '3/4/24, 9:12 PM'];
    const text = [HEADLINE, '', ...BODY.flatMap((p, i) => [p, '', ...(marks[i] ? [marks[i], ''] : [])])].join(
      '\n',
    );
    expect(normalizeText(text).paragraphs).toEqual(BODY);
    const printed = marks.filter((m) => m !== '2/7');
    const html = `<html><body><h1>${HEADLINE}</h1><main><article>${BODY.map(
      (p, i) => `<p>${p}</p>${printed[i] ? `<div class="cue"><div>${printed[i]}</div></div>` : ''}`,
    ).join('\n')}</article></main></body></html>`;
    expect(normalizeHtml(html).paragraphs).toEqual(BODY);
  });
});
