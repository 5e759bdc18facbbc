/**
 * bench/accuracy/pages/group-i/vocabulary: page furniture for the group i layouts, written blind
 * (without reading the normalizers or copying the furniture of groups a–h). Generic wording modelled
 * on the kinds of page named in layouts.ts; no article text, no real person. Parent companies,
 * platforms, funders, networks and partner newsrooms named here are invented chrome (a trap: none of
 * them is the article's outlet).
 */
export const STAFF = ['Teodora Lindqvist', 'Amadou Keita', 'Rosalind Park', 'Henrik Baumann', 'Yara Qasim'];
export const EDITORS = ['Marguerite Olsen', 'Tobias Kruger', 'Sana Iqbal', 'Declan Moore'];

// wire agency's own site
export const AGENCY_PARENTS = ['Halvard Information Group', 'Sterling Data Holdings', 'Corbel Markets plc'];
export const AGENCY_DESKS = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews'];
export const AGENCY_TOOLS = ['Purchase licensing rights', 'Report an error', 'Follow this topic'];
export const AGENCY_STANDARDS = [
  'Our reporting follows a published code of independence, integrity and freedom from bias.',
  'Every story is checked by a second editor before it moves on the wire.',
];
export const AGENCY_FOOT = ['Media clients', 'Professional products', 'Desktop terminal', 'Cookie settings'];

// TV network article page with a video and its transcript
export const TV_NETWORKS = ['Channel 9 Northwest', 'KRVX Newsnet', 'Sunbelt Broadcasting'];
export const VIDEO_LABELS = ['Now playing', 'Watch the full report', 'Video ▶ 3:42'];
export const TRANSCRIPT_LINES = [
  '[00:00] Good evening, and thanks for joining us tonight.',
  '[00:07] We begin with a developing story we have been following all day.',
  '[00:15] Our correspondent is standing by with the very latest.',
  '[00:24] We will keep you updated as more information comes in.',
];
export const TRANSCRIPT_NOTES = [
  'This transcript was generated automatically and may contain errors.',
  'Transcript is machine-produced; check the video before quoting.',
];
export const TV_MORE = ['Up next', 'More videos', 'Watch live 24/7'];

// explainer / Q&A page
export const QA_HEADS = [
  'What we know so far',
  'What we still don’t know',
  'Why does this matter?',
  'What happens next?',
  'How did we get here?',
];
export const QA_BOXES = ['The short version', 'Key points at a glance', 'In brief'];
export const QA_FEEDBACK = ['Was this explainer helpful?', 'Yes', 'No', 'Send us your questions'];

// non-profit newsroom with republishing widget
export const FUNDERS = ['the Alder Family Foundation', 'the Civic Ledger Fund', 'the Northstar Trust'];
export const NONPROFIT_TAGS = [
  'Nonpartisan, nonprofit, independent journalism',
  'Accountability reporting in the public interest',
];
export const DONATE_PITCHES = [
  'We don’t have a paywall. Readers like you keep this reporting free for everyone.',
  'Nonprofit news depends on you. Become a member today and your gift will be matched.',
];
export const REPUBLISH_RULES = [
  'You may republish this article for free under a Creative Commons license.',
  'Please keep the byline, do not edit the text, and include the tracking code below.',
];
export const NONPROFIT_FOOT = ['Our funders', 'Ethics policy', 'Annual report', 'Jobs'];

// weekly community paper
export const COMMUNITY_AREAS = ['Pine Hollow', 'the Upper Sable Valley', 'Greer County', 'Harlow Township'];
export const COMMUNITY_NAV = ['Community', 'Schools', 'Church news', 'Legal notices', 'Classifieds'];
export const COMMUNITY_BOXES = [
  'Submit your birth, wedding or anniversary announcement by Monday noon.',
  'Letters to the editor must be signed and under 300 words.',
  'Yard sale listings are free for subscribers in the county.',
];
export const COMMUNITY_RATES = [
  'In-county subscription: $38 per year · Out-of-county: $52',
  'Mail subscriptions start at $30 a year for seniors.',
];

// local news app web share page
export const SHARE_HEADS = [
  'Shared with you',
  'Someone sent you a story',
  'A friend thought you’d like this',
];
export const SHARE_PLATFORMS = ['Pocketwire', 'Localyst', 'Townsquare Reader'];
export const SHARE_CTAS = [
  'Get alerts for stories near you — download the free app',
  'Read more local stories in the app',
];
export const SHARE_BADGES = ['Download on the App Store', 'Get it on Google Play'];

// photo gallery article
export const GALLERY_CAPTIONS = [
  'Crowds line the street as the procession passes.',
  'A volunteer hands out water near the entrance.',
  'Officials tour the site on the first morning.',
  'Evening light over the harbour front.',
];
export const GALLERY_NAV = ['‹ Previous', 'Next ›', 'View all photos', 'Enter full screen'];
export const PHOTO_SERVICES = ['Cobalt Pictures', 'Wirelight Photo Pool', 'Meridian Image Bank'];

// investigative series
export const SERIES_TITLES = ['Broken Promises', 'Left Behind', 'The Hidden Ledger', 'Out of Reach'];
export const SERIES_NOTES = [
  'How we reported this story: reporters reviewed thousands of pages of records and interviewed dozens of people.',
  'Methodology: figures come from public records requests; the full data is available to download.',
];
export const SERIES_CTAS = [
  'Do you have information about this? Contact our reporters securely.',
  'Help us investigate: share your experience with our team.',
];
