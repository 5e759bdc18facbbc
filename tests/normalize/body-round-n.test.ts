/**
 * The body round on layout group n: notes, forms, feeds and viewers set around a story, removed by
 * what they are on invented lines (no corpus text, no layout's wording), through both normalizers;
 * story lines that look alike stay.
 */
import { describe, expect, it } from 'vitest';
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

describe('notes around the story', () => {
  it('reads each kind by what it is', () => {
    const kinds: Array<[string, string]> = [
      ['This is a developing story. Please check back for more.', 'update-note'],
      ['This article is evolving and may be updated.', 'update-note'],
      [
        'Rowan Pike does not work for, consult, own shares in or receive funding from any company that would gain from this piece.',
        'disclosure',
      ],
      [
        'Ada Quill has received grants from a research council. She holds no paid advisory roles.',
        'disclosure',
      ],
      ['Lowmoor College provides funding as a member of the Harbour Review.', 'disclosure'],
      ['Competing interests', 'disclosure'],
      ['References cited in this report', 'references'],
      ['Update history', 'metadata'],
      ['Clinically reviewed by Dr. Ines Marl, PhD', 'credits'],
      ['Written by Ada QuillMedically reviewed by Dr. Ines Marl, MD', 'credits'],
      ['Peer reviewed ✓', 'credits'],
      ['Why trust our reporting', 'site-tools'],
      ['How we check medical claims', 'site-tools'],
      ['We cite only peer-reviewed research and official figures.', 'site-tools'],
      ['Were you impacted by the flooding?', 'reader-appeal'],
      ['Tell us what happened', 'reader-appeal'],
      ['Our journalists would like to hear from you about the closures.', 'reader-appeal'],
      ['By submitting your story you agree to our terms.', 'reader-appeal'],
      ['Submit to our newsroom', 'reader-appeal'],
      ['Updates from local residents', 'reader-posts'],
      ['Like · Reply', 'reader-posts'],
      ['Comments are written by readers and do not reflect our views.', 'reader-posts'],
      ['Listings are posted by members of the public and are not checked.', 'reader-posts'],
      ['The text of this document was recognised automatically and may hold mistakes.', 'document-viewer'],
      ['Underlined sections were added by our editors.', 'document-viewer'],
      ['Uploaded to Docshelf by the Harbour Review', 'document-viewer'],
      ['Prices from Tradewind Markets', 'widget'],
      ['Shown for interest only; this is not trading advice.', 'widget'],
      ['See all forecasts', 'widget'],
      ['Have harbour news delivered to your inbox each week.', 'promo'],
      [
        'Tide Weekly Sign up for the best of the week Email Sign Up By signing up you agree to our terms.',
        'promo',
      ],
      ['This story filed under: Harbours', 'tags'],
      ['The full ruling is available here.', 'related-links'],
      ['JUST IN · Ferry service resumes after storm', 'ticker'],
    ];
    for (const [line, reason] of kinds) expect(noticeReason(line), line).toBe(reason);
  });

  it('keeps story sentences that share their words', () => {
    for (const line of [
      'This is a developing story, with conflicting reports from the quay; officials have not confirmed the damage.',
      'The minister said she had received research grants from the harbour trust in 2015.',
      'Sources said the vote would be close.',
      'Sources',
      'The board was medically reviewed by a panel of doctors last year, the report said.',
      'Tell us, the mayor asked, why the wall was needed at all.',
      'Readers were affected by the closure of the ferry for three weeks.',
      'The full cost of the wall is not yet known.',
      'Residents can get alerts on the flood line by text message.',
      'Lowmoor College provides funding for ten students from the lower town each year.',
      'Hosted by the mayor, the meeting ran for three hours.',
      'Like the old wall, the new one will be built of stone.',
      'He has no advisory role in the campaign, his spokesman said.',
      'The senator has disclosed no conflicts in her filings.',
      'Peer reviewed by two journals, the study found the wall would hold.',
      'How we tested the new ferries',
      'Why trust a board that has missed every deadline?',
      'Odds via the bookmakers shortened overnight.',
    ]) {
      const reason = noticeReason(line);
      // A bare "Sources" line is a sources list's heading wherever it stands: not a story sentence.
      if (line === 'Sources') expect(reason).toBe('references');
      else expect(reason, line).toBeNull();
    }
  });
});

describe('boxes told by their lines', () => {
  const feed = [
    'Posts from the neighbourhood',
    'Ada Q. · Lower Town',
    'Has anyone seen the ferry timetable for the weekend?',
    'Thank · Reply · Share',
    'Rowan P. · Quayside',
    'Free garden chairs, come and take them.',
    'Thank · Reply · Share',
  ];

  it('removes a neighbours’ post between its poster’s line and its buttons, every copy of the buttons', () => {
    const result = paragraphFurniture([...story, ...feed]);
    expect(result.paragraphs).toEqual(story);
    expect(new Set(result.removed.map((r) => r.reason))).toEqual(new Set(['reader-posts']));
    const page = ['Sea wall approved', '', ...story.flatMap((p) => [p, '']), feed.join('\n'), ''].join('\n');
    expect(normalizeText(page).paragraphs).toEqual(story);
  });

  it('keeps a short line without the poster’s line above it', () => {
    const lines = [...story, 'The ferry will run at noon.', 'Like · Reply'];
    expect(paragraphFurniture(lines).paragraphs).toEqual([...story, 'The ferry will run at noon.']);
  });

  it('removes a sources list and its entries, not a story line after it', () => {
    const sources = [
      'References',
      'Harbour Board. Annual report on the sea wall, 2023.',
      'Coastal Institute. Flood risk along the lower town.',
    ];
    const result = paragraphFurniture([...story.slice(0, 2), ...sources, ...story.slice(2)]);
    expect(result.paragraphs).toEqual(story);
  });

  it('removes an embedded document’s title over its page count, in both normalizers', () => {
    const pasted = paragraphFurniture([...story.slice(0, 2), 'Sea wall contract (signed)', 'Page 1 of 12']);
    expect(pasted.removed).toContainEqual({ text: 'Sea wall contract (signed)', reason: 'document-viewer' });
    const html = `<html><head><title>Sea wall approved</title></head><body><article><h1>Sea wall approved</h1>
      <p>${story[0]}</p><p>${story[1]}</p>
      <div class="viewer"><h3>Sea wall contract (signed)</h3><div>Page 1 of 12</div><div><button>Download original</button></div>
      <p>Uploaded to Docshelf by the Harbour Review</p></div>
      <h2>What the contract says</h2><p>${story[2]}</p><p>${story[3]}</p></article></body></html>`;
    const result = normalizeHtml(html);
    expect(result.paragraphs).toEqual(story);
    expect(result.subheads).toEqual(['What the contract says']);
  });

  it('removes a short heading between two parts of the back matter', () => {
    const back = [
      'Ada Quill has disclosed no relevant affiliations beyond her post.',
      'Supporters',
      'Lowmoor College provides support as a founding partner.',
    ];
    expect(paragraphFurniture([...story, ...back]).paragraphs).toEqual(story);
    // A story's own short line between two story paragraphs stays.
    expect(paragraphFurniture([story[0]!, 'Supporters', story[1]!]).paragraphs).toEqual([
      story[0],
      'Supporters',
      story[1],
    ]);
  });

  it('removes a deck left at the top of the body, not a dateline lede or a closed first line', () => {
    const deck = 'Harbour board approves sea wall after three years of hearings and two lawsuits';
    const result = paragraphFurniture([deck, ...story]);
    expect(result.paragraphs).toEqual(story);
    expect(result.removed).toEqual([{ text: deck, reason: 'standfirst' }]);
    const wire = 'NORTHPORT (Harbour Wire) - Harbour board approves sea wall after three years';
    expect(paragraphFurniture([wire, ...story]).paragraphs).toEqual([wire, ...story]);
    const closed = 'The harbour board approved the sea wall.';
    expect(paragraphFurniture([closed, ...story]).paragraphs).toEqual([closed, ...story]);
  });

  it('removes another story’s teaser glued to its link, not a caption or a closed paragraph', () => {
    const teaser = 'The vote came after a long night of talks. Sea wall: What happens next';
    expect(noticeReason(teaser)).toBe('promo-link');
    expect(noticeReason('The quay at dawn on Monday. Photograph: Ada Quill/Harbour Wire')).toBeNull();
    expect(noticeReason('The vote came after a long night. Mayor: We will build it.')).toBeNull();
    expect(noticeReason('Editor’s note: This story has been updated throughout.')).toBe('update-note');
    expect(noticeReason('This story has been updated to include comment from the mayor.')).toBeNull();
  });
});
