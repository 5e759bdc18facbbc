/**
 * The body round on layout groups g, i and m: furniture removed by what it is, on invented lines
 * (no corpus text, no layout's wording), through both normalizers; story lines that look alike stay.
 */
import { describe, expect, it } from 'vitest';
import { isEmbedConsent } from '../../src/pipeline/normalize/embed-consent.ts';
import { paragraphFurniture } from '../../src/pipeline/normalize/furniture.ts';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { noticeReason } from '../../src/pipeline/normalize/notices.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';

const story = [
  'The harbour board approved the new sea wall on Monday after a long hearing, officials said on Tuesday.',
  'Work on the wall is to begin in April and should take about two years to finish, the board said.',
  'Residents of the lower town had asked for the wall since a storm flooded the quay in 2019, they said.',
  'The state will pay two thirds of the cost, with the town covering the rest from its own reserves.',
];

describe('an embed’s consent placeholder', () => {
  const placeholder = [
    'Skip Streamly video, 2',
    'Allow Streamly content?',
    'This page holds material from another service. We ask for your permission before it is loaded, as the provider may set cookies.',
    'Accept and continue',
    'Keep blocked',
    'Post by @harbour_watch',
    'Content unavailable',
    'View the original on the provider’s site',
    'End of Streamly video, 2',
  ];

  it('reads each line of it, whatever the platform is called', () => {
    for (const line of placeholder) expect(isEmbedConsent(line), line).toBe(true);
    expect(noticeReason('Skip Pictogram post')).toBe('embedded-post');
  });

  it('keeps story lines about consent, cookies and skipping', () => {
    for (const line of [
      'Skip to main content',
      'Users must agree before the app can track their location and show ads.',
      'The board asked residents for permission before showing the plans to developers.',
      'End of an era for the harbour',
      'Allow the council to decide',
    ])
      expect(isEmbedConsent(line), line).toBe(false);
  });

  it('removes the placeholder pasted as one block between the paragraphs', () => {
    const page = [
      'Sea wall approved',
      '',
      story[0],
      '',
      story[1],
      '',
      placeholder.join('\n'),
      '',
      story[2],
      '',
      story[3],
    ].join('\n');
    expect(normalizeText(page).paragraphs).toEqual(story);
  });

  it('removes it from a saved page, its question heading too', () => {
    const html = `<html><head><title>Sea wall approved</title></head><body><article><h1>Sea wall approved</h1>
      <p>${story[0]}</p><p>${story[1]}</p>
      <div class="embed"><a href="#end">Skip Streamly video, 1</a><h3>Allow Streamly content?</h3>
      <p>${placeholder[2]}</p><p>Post by @harbour_watch</p><p>Content unavailable</p><p id="end">End of Streamly video, 1</p></div>
      <p>${story[2]}</p><p>${story[3]}</p></article></body></html>`;
    const result = normalizeHtml(html);
    expect(result.paragraphs).toEqual(story);
    expect(result.subheads).toEqual([]);
  });
});

describe('notices of the site: games, content notes, vendors, house terms, save stamps', () => {
  it('reads each kind by what it is', () => {
    expect(noticeReason('Daily puzzles')).toBe('promo');
    expect(noticeReason('Your streak: 4 days')).toBe('promo');
    expect(noticeReason('Play nowSee all puzzles')).toBe('promo');
    expect(noticeReason('Crosswords by Grid & Clue Ltd')).toBe('promo');
    expect(noticeReason('Content warning: this report includes descriptions of an assault.')).toBe(
      'content-note',
    );
    expect(noticeReason('Some viewers may find the images disturbing.')).toBe('content-note');
    expect(noticeReason('Powered by Quillbot Labs')).toBe('site-tools');
    expect(noticeReason('Obituaries are free for subscribers and must be submitted by noon Friday.')).toBe(
      'site-tools',
    );
    expect(noticeReason('Last edited by Rowan Pike at 10:42 PM')).toBe('metadata');
    // A correction after a CMS's stamp is a correction note anywhere in the body.
    expect(
      noticeReason(
        'CORRECTION: Corrected by: Rowan Pike @ 06/04/2014 07:50 PM Correction: An earlier version of this story misstated the town.',
      ),
    ).toBe('correction-note');
  });

  it('keeps story sentences that share their words', () => {
    for (const line of [
      'Play now, pay later: the council’s parking scheme drew complaints.',
      'Note: the following figures are preliminary.',
      'Warning signs were posted along the quay after the storm.',
      'The letters were signed by 40 residents and sent to the board.',
      'Readers may find the new timetable easier to follow.',
      'Powered by wind, the ferry crossed in record time.',
      'Corrections officers said an earlier version of this story was wrong.',
    ])
      expect(noticeReason(line), line).toBeNull();
  });
});

describe('links, bios and players around the story', () => {
  it('removes a label announcing reading elsewhere and the site links under it', () => {
    const links = [
      'Also worth a look:',
      'Harbour Gazette: A walk along the old quay',
      'Tide Weekly: Ferries at dawn',
    ];
    const result = paragraphFurniture([...story, ...links]);
    expect(result.paragraphs).toEqual(story);
    expect(result.removed.map((r) => r.reason)).toEqual(['related-links', 'related-links', 'related-links']);
    // A line introducing the story's own quote ends with a colon too, and stays.
    const intro = 'The board chair read the statement aloud:';
    expect(paragraphFurniture([story[0]!, intro, story[1]!]).paragraphs).toEqual([story[0], intro, story[1]]);
  });

  it('removes a reporter card: the name alone over a beat line with a second sentence', () => {
    const card = [
      'Rowan Pike',
      'Rowan Pike covers the harbour and transport. Before that, 5 years at city papers.',
    ];
    const result = paragraphFurniture([...story, ...card]);
    expect(result.paragraphs).toEqual(story);
    expect(result.removed.map((r) => r.reason)).toEqual(['credits', 'credits']);
  });

  it('removes a closing note on the writer that asks the reader to follow them', () => {
    const note = 'Rowan Pike reported from the quay. Follow him on Twitter.';
    expect(paragraphFurniture([...story, note]).paragraphs).toEqual(story);
    // Mid-story, or without the prompt, it is the story's.
    const mid = [story[0]!, note, story[1]!, story[2]!, story[3]!];
    expect(paragraphFurniture(mid).paragraphs).toEqual(mid);
  });

  it('keeps an explainer’s question subheads: the gold counts a subheading inside the body as body', () => {
    const page = [
      'Sea wall approved',
      '',
      story[0],
      '',
      'What happens next?',
      '',
      story[1],
      '',
      story[2],
    ].join('\n');
    const result = normalizeText(page);
    expect(result.paragraphs).toEqual([story[0], story[1], story[2]]);
    expect(result.subheads).toEqual(['What happens next?']);
  });
});
