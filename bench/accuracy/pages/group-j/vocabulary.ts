/**
 * bench/accuracy/pages/group-j/vocabulary: page furniture for the group j layouts, written blind
 * (without reading the normalizers or copying the furniture of groups a–i). Generic wording modelled
 * on the kinds of page named in layouts.ts; no article text, no real person. Voice vendors, chart
 * tools, statistics offices, social accounts and partner newsrooms named here are invented chrome
 * (a trap: none of them is the article's outlet).
 */
export const STAFF = [
  'Oriane Castel',
  'Benedikt Sorensen',
  'Malia Tuipulotu',
  'Ravi Chandrasekar',
  'Nell Abernathy',
];
export const SECTIONS = ['Politics', 'Nation', 'World', 'Economy', 'Opinion', 'Local'];

// article with a "listen" player (synthetic or human narration)
export const VOICE_VENDORS = ['Sonagraph Voice', 'Parlance Audio Labs', 'Tessellate Speech'];
export const NARRATORS = ['Imogen Achterberg', 'Curtis Okonjo', 'Delphine Marchetti'];
export const PLAYER_LABELS = ['Listen to this story', 'Hear this article read aloud', 'Audio version'];
export const PLAYER_CONTROLS = ['Play', '0.75x', '1x', '1.5x', 'Skip back 15 seconds'];
export const PLAYER_NOTES = [
  'This narration was produced with a synthetic voice. Tell us what you think.',
  'Narrated articles are a member perk: listen on your commute, anywhere.',
];

// article with a machine-written summary box above it
export const SUMMARY_HEADS = ['Summary', 'Quick take', 'The gist in three bullets'];
export const SUMMARY_BULLETS = [
  'Lawmakers on both sides reacted within hours, and more statements are expected.',
  'The dispute centres on how much authority one office should have over the others.',
  'Officials have not set a date for the next step, according to people familiar with it.',
  'Critics say the move could be challenged in court; supporters call it overdue.',
  'The episode adds pressure ahead of a busy stretch on the political calendar.',
];
export const SUMMARY_DISCLAIMERS = [
  'Bullet points written by an automated tool and checked by a human before publication.',
  'Generated summary: it may leave out nuance, so read the whole piece below.',
];
export const SUMMARY_FEEDBACK = ['Did this summary help you?', 'Thumbs up', 'Thumbs down'];
export const AI_POLICY = ['How we use automation', 'Standards and ethics', 'Feedback'];

// data story with embedded charts
export const CHART_TITLES = [
  'How the numbers have moved since 2008',
  'Where the money goes, by category',
  'Support and opposition, by party',
  'Share of respondents who agree, by age group',
];
export const CHART_UNITS = [
  'Figures in percent',
  'Billions of dollars, adjusted for inflation',
  'Counts per year',
];
export const DATA_SOURCES = [
  'Source: National Statistics Bureau',
  'Source: Office of Budget Analysis',
  'Source: Harwick Public Opinion Center survey',
  'Sources: state election offices; county records',
];
export const CHART_TOOLS = ['Plotbench', 'Grafika Studio', 'Chartlane'];
export const CHART_HINTS = [
  'Hover or tap on the bars for exact values',
  'Pinch to zoom the map',
  'Expand chart',
];

// story with embedded social posts
export const SOCIAL_ACCOUNTS = [
  ['Riverside County Emergency Mgmt', 'RivCoReady'],
  ['Senate Press Gallery Watch', 'galleryWatchDC'],
  ['Dana Whitcombe', 'danawhit'],
  ['Capitol Weather Desk', 'capwxdesk'],
] as const;
export const SOCIAL_PLATFORMS = ['X', 'Bluesky', 'Threads', 'Instagram'];
export const SOCIAL_POSTS = [
  'Big day today. Watching this closely and will share updates as we get them.',
  'Statement coming shortly. Thank you to everyone who reached out this morning.',
  'Crowd is still growing outside. Lots of signs, lots of noise.',
  'This is not over. More to come this week, stay tuned.',
];
export const SOCIAL_CHROME = ['View this post on the app', 'Read replies', 'Copy link to post'];

// old story with an age banner
export const ARCHIVE_HINTS = [
  'Some details in this story may have changed since it was published.',
  'Find our latest reporting on this topic below.',
];
export const ARCHIVE_LATER = [
  'Latest: where things stand now',
  'A look back, years later',
  'Timeline: every turn since then',
];

// story with an editor's note and a correction appended
export const EDITOR_NOTES = [
  'Editor’s note: This story has been updated throughout with new information.',
  'Editor’s note: This article was revised after publication to add a response.',
];
export const CORRECTIONS = [
  'Correction: An earlier version of this story gave an incorrect date for a scheduled hearing. It has been fixed.',
  'Correction: A previous version misspelled the name of a spokesperson. This version has been corrected.',
  'Clarification: This article has been updated to make clear that the figure cited was an estimate.',
];
export const ERROR_PROMPTS = ['Spotted a mistake? Let our standards team know', 'Report an inaccuracy'];

// article opened from a subscriber's gift link
export const GIFT_BANNERS = [
  'A subscriber gifted you this article. You can read it free, no account needed.',
  'Someone shared this story with you using a gift link.',
];
export const GIFT_TOOLS = ['Give this article', 'Save for later', 'Share'];
export const GIFT_OFFERS = [
  'Enjoyed this story? Get unlimited access for 50 cents a week.',
  'Special offer: one year of digital access at half price.',
];
export const GIFT_FOOT = ['Already subscribed? Sign in', 'Manage account', 'Help center'];

// infinite scroll: the next story starts under this one
export const NEXT_LABELS = ['Up next', 'Next article', 'Keep scrolling'];
export const NEXT_HEADLINES = [
  'State budget talks stall again as deadline nears',
  'What a new rule on school funding means for families',
  'Council approves plan for downtown housing after long debate',
  'Lawmakers trade blame over delayed disaster relief',
];
export const NEXT_DEKS = [
  'Negotiators left the building without a deal late Thursday, and leaders say talks resume next week.',
  'The change takes effect in the fall. Here is who is affected and how much money is at stake.',
];
export const PARTNER_NEWSROOMS = [
  'The Kestrel Valley Ledger',
  'Southmoor Evening Star',
  'Bayline Daily Press',
];
export const LOADING = ['Loading next story…', 'Advertisement'];
