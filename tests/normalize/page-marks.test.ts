/**
 * normalize/page-marks (through paragraphFurniture) and the transcript notes of normalize/notices:
 * marks stamped on a printed, filed or recorded page, removed by their shape, on invented lines;
 * story paragraphs that mention a case, a page or an address stay.
 */
import { describe, expect, it } from 'vitest';
import { paragraphFurniture } from '../../src/pipeline/normalize/furniture.ts';
import { noticeReason } from '../../src/pipeline/normalize/notices.ts';
import { pageMarkReason } from '../../src/pipeline/normalize/page-marks.ts';

const story = [
  'The county board approved the new flood barrier on Monday after a two-hour hearing, officials said.',
  'Work on the barrier is to begin in March and should take about eighteen months to finish.',
  'Residents of the lower valley had asked for the barrier since the river burst its banks in 2019.',
  'The state will pay two thirds of the cost, with the county covering the rest from its reserves.',
];

describe('page marks', () => {
  it("removes a filed exhibit's court stamps and Bates numbers", () => {
    const result = paragraphFurniture([
      'Case 2:21-cv-00417-ABC Document 55-3 Filed 03/14/21 Page 7 of 40',
      story[0]!,
      'DEFS 0041127',
      story[1]!,
      'Case 2:21-cv-00417-ABC Document 55-3 Filed 03/14/21 Page 8 of 40',
      story[2]!,
      'EXH_0041128',
      story[3]!,
    ]);
    expect(result.paragraphs).toEqual(story);
    expect(new Set(result.removed.map((r) => r.reason))).toEqual(new Set(['court-stamp', 'bates-number']));
  });

  it("removes a print's page counters and the page address it repeats, not a link given once", () => {
    const url = 'https://news.example.org/2021/03/14/flood-barrier-approved/';
    const once = 'https://data.example.gov/flood-report';
    const result = paragraphFurniture([
      story[0]!,
      url,
      '1/3',
      story[1]!,
      once,
      url,
      '2/3',
      story[2]!,
      'Page 3 of 3',
      story[3]!,
    ]);
    expect(result.paragraphs).toEqual([story[0], story[1], once, story[2], story[3]]);
    expect(result.removed.map((r) => r.reason)).toEqual([
      'page-url',
      'page-number',
      'page-url',
      'page-number',
      'page-number',
    ]);
  });

  it("removes a transcript's bracketed cues and the note on how it was made", () => {
    const result = paragraphFurniture([
      'This is a rush transcript prepared by a contractor. Check the audio before quoting.',
      story[0]!,
      '[MUSIC]',
      story[1]!,
      '(APPLAUSE)',
      story[2]!,
      '[BREAK]',
      story[3]!,
      'Transcripts are produced on deadline and may be revised.',
      'Transcript by Example Captioning.',
    ]);
    expect(result.paragraphs).toEqual(story);
    expect(new Set(result.removed.map((r) => r.reason))).toEqual(new Set(['stage-cue', 'transcript']));
  });

  it('keeps a lone counter-shaped line: one "9/11" is not a print\'s page counters', () => {
    expect(paragraphFurniture([story[0]!, '9/11', story[1]!]).paragraphs).toEqual([
      story[0],
      '9/11',
      story[1],
    ]);
  });

  it('keeps prose that mentions a case, a page, brackets or a transcript', () => {
    for (const text of [
      'The case, 2:21-cv-00417, was filed on March 14 and assigned to a judge in Phoenix.',
      'Page 3 of the filing lists the exhibits the county wants to keep sealed.',
      '[Editor: the name has been changed]',
      '[CNBC]',
      'A transcript of the call, released by the county, shows the two men arguing.',
      'The transcript is expected to be made public next week, a spokesman said.',
    ]) {
      expect(pageMarkReason(text)).toBeNull();
      expect(noticeReason(text)).toBeNull();
    }
  });
});
