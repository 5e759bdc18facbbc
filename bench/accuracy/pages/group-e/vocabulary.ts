/**
 * bench/accuracy/pages/group-e/vocabulary: page furniture for the group e layouts, written without
 * reading the normalizers. Generic wording modelled on the kinds of page named in layouts.ts; no
 * article text, no real person. Organisation, platform, newsletter and other-outlet names here are
 * invented chrome (a trap: none of them is the article's outlet).
 */
export const STAFF = [
  'Helena Voss',
  'Tomasz Wierzbicki',
  'Adaeze Okafor',
  'Ruben Castellanos',
  'Mei-Ling Zhou',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// e-paper (print replica) text view
export const EPAPER_TOOLS = [
  'Pages',
  'Sections',
  'Text view',
  'Zoom in',
  'Zoom out',
  'Print',
  'Clip',
  'Share',
];
export const EPAPER_SECTIONS = ['NATION & WORLD', 'METRO', 'POLITICS', 'LOCAL & STATE', 'BUSINESS'];
export const EPAPER_DECKS = [
  'Officials weigh next steps as questions mount',
  'Decision expected to reverberate for months',
  'Supporters and critics react to the latest turn',
];
export const EPAPER_ADS = [
  'SPRING FLOORING SALE — 40% OFF — Visit our showroom on Route 9 — Open 7 days',
  'FREE ESTIMATES! Gutters • Roofing • Siding — Call 555-0142',
  'LEGAL NOTICES BEGIN ON PAGE C7',
  'Estate sale Saturday 8 to 2 — furniture, tools, antiques',
];

// news database export
export const DB_SECTIONS = [
  'NEWS; Pg. A1',
  'POLITICS; Version 2',
  'WORLD NEWS',
  'NATIONAL; Pg. 4',
  'US NEWS',
];
export const DB_SUBJECTS = [
  'Subject: GOVERNMENT & PUBLIC ADMINISTRATION (91%); LEGISLATIVE BODIES (77%); ELECTIONS (64%)',
  'Subject: LAW ENFORCEMENT (89%); COURTS (72%); PUBLIC POLICY (60%)',
  'Subject: ECONOMIC NEWS (88%); BUDGETS (70%); TAXES & TAXATION (61%)',
];
export const DB_FEEDS = ['Digital Content Feed', 'Web News Wire', 'Online Publications Service'];
export const DB_CODES = ['WCWEB', 'DIGFED', 'ONLPUB', 'WNWIRE'];

// forum repost
export const COMMUNITIES = ['r/worldevents', 'r/NewsOfTheDay', 'r/USnewsroom', 'r/civicsdiscussion'];
export const FORUM_USERS = [
  'quiet_lighthouse',
  'throwaway_ledger88',
  'marmot_of_doom',
  'civic_nerd_42',
  'PaperTigerBrigade',
  'oatmeal_enjoyer',
];
export const FLAIRS = ['Politics', 'Analysis', 'Breaking', 'US News', 'Paywall removed'];
export const FORUM_INTROS = [
  'Full text below since the site is paywalled:',
  'Article text for anyone who cannot open the link:',
  'Copying the article here for mobile users.',
];
export const FORUM_EDITS = [
  'Edit: fixed the formatting, sorry, posting from my phone.',
  'Edit: yes I know this was posted yesterday, the mods said it was fine.',
  'Edit 2: thanks for the awards, kind strangers.',
];
export const FORUM_COMMENTS = [
  'Paywalled for me, does anyone have an archive link?',
  'This is the third time this week this has come up and nobody seems to care.',
  'Can someone explain what this actually changes for ordinary people?',
  'The headline is a bit much but the piece itself is fairly balanced.',
  'Saving this so I can read it properly after work.',
  'I remember when a story like this would have led the news for a month.',
  'Mods, can we get a megathread for this please?',
];
export const BOT_NOTE =
  'This comment was posted automatically. Please contact the moderators of this community with any questions.';

// think tank / university republication
export const ORGS = [
  'Center for Public Governance',
  'Harwood Institute for Policy Studies',
  'Lakeside University School of Public Affairs',
  'Aldridge Policy Forum',
];
export const ORG_NAV = [
  'Research',
  'Experts',
  'Events',
  'Topics',
  'Commentary',
  'Podcasts',
  'About',
  'Donate',
];
export const ROLES = [
  'senior fellow in governance studies',
  'visiting scholar',
  'professor of public policy',
  'director of the economic program',
];
export const RESEARCH_TITLES = [
  'Rebuilding trust in public institutions: a five-year agenda',
  'How states are rethinking emergency budgets',
  'What the data say about local election administration',
  'Policy brief: the costs of delay',
];

// forwarded email newsletter
export const NEWSLETTER_NAMES = ['The Morning Briefing', 'Daily Digest', 'First Read', 'The Evening Wrap'];
export const GREETINGS = [
  'Good morning. Here is the story everyone is talking about today.',
  'Happy Thursday. One big story this morning, then a few quick hits.',
  'Welcome back. We start with the news you may have missed overnight.',
];
export const SPONSORS = [
  'Presented by Northwind Savings: retirement planning made simple. Learn more.',
  'A message from Clearwater Energy: powering tomorrow, today.',
  'Sponsored by Fieldstone Outdoors: the spring collection is here.',
];
export const READ_MORE = [
  'Five things to watch this week',
  'The quiet fight over the county budget',
  'Opinion: it is time to rethink the primary calendar',
  'Inside the race to fix the nation’s bridges',
];
export const POSTAL = [
  '1200 Commerce Street, Suite 400, Arlington, VA 22201',
  'PO Box 4418, Chicago, IL 60680',
];

// web archive capture
export const ARCHIVE_MONTHS = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
];
export const ORIGINAL_NAV = ['News', 'Politics', 'World', 'Business', 'Opinion', 'Video', 'Search'];

// English edition of an Asian outlet
export const BILINGUAL_NAVS = [
  ['首页 Home', '国内 China', '国际 World', '财经 Business', '文化 Culture', '中文'],
  ['홈 Home', '정치 Politics', '경제 Economy', '사회 Society', '국제 World', '한국어'],
  ['ホーム Home', '政治 Politics', '経済 Business', '国際 World', '社会 Society', '日本語'],
];
export const TRANSLATION_NOTES = [
  'This article was translated from our Chinese-language edition with machine assistance and edited by our staff.',
  'This is an AI-assisted translation of a story first published in Korean. Read the original.',
  'Translated from the Japanese edition. Some expressions may differ from the original.',
];
export const FONT_TOOLS = ['A+', 'A-', 'Print', 'WeChat', 'Weibo', 'Facebook', 'X'];

// fact check
export const CLAIMS = [
  'A widely shared post says the official figures were quietly changed after they were published.',
  'Social media users claim the announcement was made weeks earlier than reported.',
  'A viral video purports to show the scene in a different city.',
];
export const RATINGS = ['False', 'Missing context', 'Mostly true', 'Unproven', 'Half true'];
export const OTHER_OUTLETS = [
  'Lakeshore Gazette',
  'Pinecrest Herald',
  'Continental Wire Service',
  'The Evening Dispatch',
];
export const SOURCE_TITLES = [
  'Officials respond to questions about the timeline',
  'What we know so far',
  'Statement from the press office',
];
