/**
 * bench/accuracy/pages/group-h/vocabulary: page furniture for the group h layouts, written blind
 * (without reading the normalizers or copying the furniture of groups a–g). Generic wording modelled
 * on the kinds of page named in layouts.ts; no article text, no real person. Parent companies,
 * platforms, universities, agencies, leagues and the other papers of a chain named here are invented
 * chrome (a trap: none of them is the article's outlet).
 */
export const STAFF = ['Ingrid Solberg', 'Kwame Asante', 'Lucia Ferraro', 'Dmitri Volkov', 'Noor Haddad'];

// shared: consent dialogs, newsletter modals, platforms
export const CONSENT_TEXTS = [
  'We and our partners use cookies and similar technologies to measure audiences and personalise ads. You can change your choices at any time under Privacy settings.',
  'This site stores small files on your device to remember preferences and show relevant offers. Choose which purposes you allow.',
];
export const CONSENT_BUTTONS = ['Accept all', 'Reject non-essential', 'Manage preferences'];
export const MODAL_PITCHES = [
  'Get the morning briefing: the five stories you need, in your inbox before 7 a.m.',
  'Never miss a scoop. Sign up for breaking alerts by email, free.',
];
export const MODAL_BUTTONS = ['Sign me up', 'No thanks', 'Close ✕'];
export const PLATFORMS = ['Presswire Cloud', 'Arcline Publishing Suite', 'Newsbeam Sites'];

// regional newspaper chain site
export const PARENTS = ['Lakeshore Media Group', 'Meridian Local News Co.', 'Harborline Publishing'];
export const CHAIN_PAPERS = [
  'Cedar Falls Sentinel',
  'Brookhaven Courier',
  'Millbrook Daily Press',
  'Westport Gazette-Star',
];
export const CHAIN_NAV = ['Local', 'Obituaries', 'High school sports', 'Opinion', 'e-Edition', 'Classifieds'];
export const WEATHER = ['Partly cloudy', 'Light rain', 'Clear skies', 'Fog early'];
export const CHAIN_FOOT = ['Terms of service', 'Your privacy choices', 'Place a legal notice', 'Careers'];

// student newspaper
export const UNIVERSITIES = ['Ashcombe University', 'Rivermont State University', 'Kellerton College'];
export const STUDENT_NAV = ['Campus', 'City', 'Arts & Culture', 'Sports', 'Opinion', 'Multimedia'];
export const STUDENT_ROLES = ['Staff Writer', 'News Editor', 'Senior Reporter', 'Contributing Writer'];
export const STUDENT_DONATE =
  'Your gift keeps a student newsroom running. Donations fund printing, training and reporters’ travel.';
export const STUDENT_FOOT = ['Staff directory', 'Advertise with us', 'Corrections policy', 'Tip line'];

// trade publication
export const TRADE_VERTICALS = [
  'Supply chain',
  'Policy & regulation',
  'Technology',
  'People moves',
  'Events',
];
export const TRADE_PUBLISHERS = ['Brightfield Information Ltd', 'Corvus Business Media', 'Ironbridge B2B'];
export const TRADE_GATES = [
  'You have read 2 of your 3 free articles this month. Register for unlimited access.',
  'Create a free account to keep reading industry news and analysis.',
];
export const TRADE_PROMOS = [
  'WEBINAR: Managing risk in a volatile market — register now',
  'Download the 2025 Industry Outlook report',
  'Nominations are open for this year’s Excellence Awards',
];
export const TRADE_SPONSORED = ['Sponsored content', 'In partnership with', 'Brought to you by'];
export const SPONSORS = ['Quantaflex Solutions', 'Northgate Logistics', 'Veridia Systems'];

// paywalled site, subscription wall mid-body
export const WALL_HEADS = [
  'Subscribe to keep reading',
  'This article is for subscribers',
  'Continue reading',
];
export const WALL_OFFERS = [
  'Digital access for $1 a week for the first year. Cancel anytime.',
  'Unlimited articles, the daily puzzle and the app — first month free.',
];
export const WALL_BUTTONS = ['See subscription options', 'Subscriber? Sign in here'];
export const GIFT_LINES = ['Gift this article', 'Save for later', 'Listen · 6 min'];

// government or NGO newsroom reposting press coverage
export const AGENCIES = [
  'Office of Coastal Resilience',
  'Tri-County Health Alliance',
  'Foundation for Open Courts',
  'Department of Rural Affairs',
];
export const GOV_BANNERS = [
  'An official website of the state government. Here is how you know ›',
  'Official site · Secure connection',
];
export const NEWSROOM_NAV = ['About us', 'Programs', 'Newsroom', 'Data & reports', 'Contact'];
export const NEWSROOM_SECTIONS = ['In the news', 'Media coverage', 'Press clips'];
export const NEWSROOM_NOTES = [
  'Articles in this section are reproduced for reference. Views expressed are the authors’ own.',
  'Coverage is shared with permission for non-commercial use. Links open the original.',
];
export const NEWSROOM_FOOT = ['Accessibility', 'Freedom of information requests', 'Site map'];

// sports site
export const LEAGUES = ['NFL', 'NBA', 'MLB', 'NHL', 'Soccer', 'College', 'Golf'];
export const SCORES = [
  'FINAL  Hawks 104 – Comets 99',
  'Q3 4:12  Rangers 17 – Pilots 20',
  'HT  Rovers 1 – Albion 0',
  'TOP 7th  Miners 3 – Sailors 5',
];
export const ODDS_LINES = [
  'Odds by Linecrest · 21+ · Gamble responsibly',
  'Betting lines supplied by OddsBay. 21+ only.',
];
export const SPORTS_MORE = [
  'Power rankings: who rose, who fell',
  'Trade deadline tracker',
  'Injury report roundup',
];

// magazine with a section masthead
export const SECTION_BRANDS = ['Ideas', 'The Long Game', 'Culture Desk', 'Dispatches', 'Field Notes'];
export const SECTION_TAGLINES = [
  'Arguments and essays on the way we live now',
  'Reported stories from places the news skips',
  'Criticism, profiles and conversations',
];
export const ISSUE_LINES = ['From the December issue', 'Web exclusive', 'From our winter print edition'];
export const MAG_NAV = ['Latest', 'Magazine', 'Puzzles', 'Newsletters', 'Give a gift'];

// newspaper mobile web view
export const APP_BANNERS = ['Open in app', 'Get the app', 'Read it in the app'];
export const APP_STORES = ['Free · App Store', 'Free · Google Play'];
export const TAB_BAR = ['Home', 'For you', 'Search', 'Saved', 'Account'];
export const MOBILE_LOADS = ['Tap to load comments', 'Load more stories', 'Back to top ↑'];
export const TICKERS = [
  'BREAKING: Storm warning extended for coastal counties',
  'LIVE: Officials give update on bridge closure',
  'JUST IN: Transit fares to rise in spring',
];
export const RELATED_HEADS = ['Related coverage', 'More on this story', 'Read next'];
export const RELATED_ITEMS = [
  'How the council vote could change your commute',
  'Five things we learned from the latest hearing',
  'Opinion: A decision that should have come years ago',
  'Timeline: Five years of delays and disputes',
];
export const PHOTO_AGENCIES = ['Pinefield Photo', 'Northlight Images', 'Staff photo'];
export const COMMENT_LINES = [
  'Join the conversation',
  'Comments are moderated and may take a few minutes to appear.',
  'Sort by: Newest',
];
export const COMMENTERS = ['riverdog77', 'M. Oyelaran', 'quietreader', 'Pat from Eastside'];
export const COMMENT_TEXTS = [
  'About time someone looked into this properly.',
  'I live two streets away and nobody asked us.',
  'Good reporting, but the numbers in paragraph four need a source.',
];
