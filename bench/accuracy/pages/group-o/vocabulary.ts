/**
 * bench/accuracy/pages/group-o/vocabulary: page furniture for the group o layouts, written blind
 * (without reading the normalizers or copying the furniture of groups a–n). Generic wording modelled
 * on the kinds of page named in layouts.ts; no article text, no real person. Competitions, clubs,
 * grounds, courts, credential issuers, quiz questions and the people on profile cards are invented
 * chrome (a trap: none of them is the article's outlet).
 */
export const STAFF = [
  'Philippa Oduya-Marsh',
  'Lorcan Abernethy-Sato',
  'Marisol Quenneville',
  'Thaddeus Okonkwo-Lind',
  'Genevieve Haldane-Roy',
];
export const DESKS = ['National', 'Provincial', 'Justice', 'Economy', 'Communities', 'International'];
export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Where the footer's follow line points (invented services). */
export const CHANNELS = ['Chirrup', 'Lenswise', 'Quillfeed', 'Hubbub'];
export const FOOTER_LINKS = [
  'Masthead and newsroom staff',
  'Standards and corrections',
  'Reader help centre',
  'Cookie settings',
];

// a sports desk's match report under a scorebox
export const COMPETITIONS = [
  'Coastal Premier Division',
  'Northern Shield, quarter-final',
  'Interprovincial Cup, round of 16',
  'National Championship, week 9',
];
export const CLUBS = [
  'Harbourside Albion',
  'Kestrel Town',
  'Millbrook Rovers',
  'Ashgrove Athletic',
  'Port Varden United',
  'Larchfield Wanderers',
];
export const GROUNDS = ['Millbrook Park', 'The Quayside Ground', 'Fenwick Road', 'Varden Oval'];
export const SCORERS = ['Adeyemi', 'Lindqvist', 'Okafor', 'Rautio', 'Castellano', 'McFadzean', 'Brannigan'];
export const MATCH_STATES = ['Full time', 'FT', 'After extra time'];
export const MATCH_TABS = ['Match centre', 'Line-ups', 'Stats', 'Table'];
export const MATCH_STATS = ['Possession', 'Shots on target', 'Corners', 'Fouls'];
export const STATS_CREDITS = ['Match data: Statline', 'Live data supplied by Pitchfax'];
export const SPORT_SECTIONS = ['Sport', 'Football', 'Sport · Results'];

// a single post of a live blog, opened from its permalink
export const LIVE_TITLES = [
  'Live: reaction as the day unfolds',
  'Rolling coverage: every update from the capital',
  'Live updates: what we know so far',
  'As it happened: the latest on the story',
];
export const POST_TAGS = ['Key update', 'Pinned post', 'Summary', 'Analysis'];
export const OTHER_POSTS = [
  'Officials are expected to speak again within the hour',
  'Traffic diverted around the square as crowds gather',
  'Opposition leader responds in a short statement',
  'Our correspondent describes the mood outside',
];
export const POST_ACTIONS = ['Copy link to this update', 'Jump to the latest post'];

// a wire story with a national news agency's trailer
export const CONTINUES_LINES = ['Article continues after this message', 'The story continues below'];
export const PASS_ALONG = [
  'Pass this story along on your networks',
  'Send this article to a friend or colleague',
];
export const WITH_FILES = ['Nadia Kowalczyk-Burke', 'Rupert Anand-Ferris', 'Ines Valdivia-Kerr'];

// a figures box between paragraphs
export const NUMBERS_HEADS = ['By the numbers', 'The story in figures', 'Key figures at a glance'];
export const NUMBERS_ROWS = [
  '3 in 5 — households that reported a change in the past year',
  '41% — share of respondents who said they were undecided',
  '12 — days between the announcement and the first hearing',
  '2,800 — people who signed the petition in its first week',
  '1998 — the last time a comparable measure was debated',
  '7 — agencies consulted before the decision was published',
];
export const NUMBERS_SOURCES = [
  'Source: regional statistics office, latest release',
  'Figures compiled from public records and official statements',
];

// a news quiz after the story
export const QUIZ_HEADS = ['Test yourself on this week’s news', 'How closely were you following?'];
/** Questions with their options. */
export const QUIZ_QUESTIONS = [
  [
    'Which body is expected to respond first?',
    'A) The city council   B) The regional assembly   C) A federal agency',
  ],
  ['How many days did the talks last?', 'A) Two   B) Five   C) Eleven'],
  [
    'Where was the announcement made?',
    'A) At a press conference   B) In a written statement   C) On a podcast',
  ],
  [
    'Who called for an independent review?',
    'A) A retired judge   B) Two opposition members   C) The auditor',
  ],
  ['What was the original deadline?', 'A) The end of the month   B) The spring session   C) New Year’s Day'],
] as const;
export const QUIZ_BUTTONS = ['Reveal the answers', 'Try another round'];
export const QUIZ_SCORES = ['You scored 0 out of 3', 'Answer every question to see your score'];

// content credentials (a signed provenance record) for the article
export const CREDENTIAL_HEADS = ['Content credentials', 'Where this article comes from'];
export const CREDENTIAL_ISSUERS = ['Kestrelmark Trust Services', 'Provena Signing Authority'];
export const CREDENTIAL_TOOLS = ['Inkwell Publisher 4.2', 'Scriptorium CMS'];
export const CREDENTIAL_LINKS = ['Inspect the full provenance record', 'Verify this signature'];
export const CREDENTIAL_NOTES = [
  'The signature covers the text and images as first published; later edits are listed.',
  'A valid signature shows the article has not been altered since it was signed.',
];

// a court story with comments switched off
export const COURTS = [
  'Harrowgate Crown Court',
  'Tenterfield Magistrates’ Court',
  'the High Court in Marlow Street',
  'Balfour Sheriff Court',
];
export const RESTRICTIONS = [
  'Reporting restrictions apply: some witnesses cannot be identified.',
  'A court order limits what can be reported about this case.',
];
export const COMMENTS_OFF = [
  'Comments on this story have been switched off while proceedings are active.',
  'We have turned off comments because the case is still before the court.',
];
export const COURT_ROLES = ['Court Correspondent', 'Legal Affairs Reporter', 'Crime and Courts Writer'];

// profile cards of the people a story mentions
export const PEOPLE_HEADS = ['People in this story', 'Who’s who in this report'];
export const PEOPLE = [
  ['Odile Fairweather', 'Chair, regional transport board'],
  ['Bartholomew Keane', 'Spokesman for the residents’ association'],
  ['Saoirse Delacroix-Nunn', 'Independent auditor'],
  ['Emeka Vasquez-Hart', 'Deputy minister (former)'],
  ['Hollis Strathearn', 'Union branch secretary'],
] as const;
export const FOLLOW = '+ Follow';
export const PEOPLE_NOTES = [
  'Profiles are compiled by our research team from public sources.',
  'Tap a name to see every story that mentions them.',
];
