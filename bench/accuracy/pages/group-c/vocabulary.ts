/**
 * bench/accuracy/pages/group-c/vocabulary: page furniture for the group c layouts, written without
 * reading the normalizers or the other page vocabularies. Generic wording modelled on the kinds of
 * site named in layouts.ts; no article text, no real person. Portal names are the page's own
 * chrome (a trap: they are not the article's outlet).
 */
export const STAFF = ['Rachel Adeyemi', 'Liam Carter', 'Sunita Menon', 'Oskar Brandt', 'Fatima Al-Sayed'];
export const TABLOID_KICKERS = [
  'EXCLUSIVE',
  'FURY',
  "'NO WAY BACK'",
  'SHOCK MOVE',
  'BOMBSHELL',
  'WATCH',
  "'DISGRACEFUL'",
];
export const TABLOID_NAV = [
  'Home',
  'News',
  'Royals',
  'U.S.',
  'Sport',
  'TV',
  'Showbiz',
  'Femail',
  'Health',
  'Science',
  'Money',
  'Travel',
  'Shopping',
];
export const TABLOID_ROLES = ['POLITICAL EDITOR', 'US CORRESPONDENT', 'CHIEF REPORTER', 'FOR ONLINE'];
export const TABLOID_TEASERS = [
  'Pensioner, 81, left stranded for six hours as ambulance fails to arrive',
  'TV star reveals secret heartbreak in candid interview',
  'Holiday chaos as airport staff vote to strike over pay',
  'Mum shares the £2 trick that keeps her kitchen spotless',
  "Neighbours' fury over 'monstrous' garden extension",
  'Police appeal after car is torched on quiet cul-de-sac',
  'Energy bills to fall in spring, experts predict',
];
export const SUBCONTINENT_TICKER = [
  ['Sensex 61,872.62 +0.42%', 'Nifty 18,420.45 +0.39%', 'Gold ₹59,210 -0.12%'],
  ['Dubai 34°C', 'Fajr 4:52', 'Maghrib 18:21', 'AED/INR 22.61'],
  ['Karachi 29°C', 'KSE-100 43,210 +0.8%', 'USD/PKR 278.40'],
];
export const BREAKING = [
  'Heavy rain lashes coastal districts; schools shut for two days',
  'Metro services resume after brief disruption on Blue Line',
  'Fuel prices unchanged for third consecutive week',
  'Cabinet approves new policy for electric vehicle charging',
];
export const DAILY_NAV = [
  'India',
  'World',
  'Cities',
  'Business',
  'Sports',
  'Entertainment',
  'Trending',
  'Videos',
  'E-Paper',
];
export const ALSO_READ = [
  'Explained: What the new rules mean for you',
  'Watch: Dramatic visuals from the scene',
  'Top 10 developments of the day so far',
  'Opposition slams government over delay',
  'Experts weigh in on the road ahead',
];
export const AGENCY_TRAILERS = [
  '(With inputs from agencies)',
  '(With inputs from PTI)',
  '(With inputs from Reuters, AFP)',
  '(This story has not been edited by staff and is auto-generated from a syndicated feed.)',
];
export const PARENT_COMPANIES = [
  'Meridian Digital Media Ltd',
  'Lotus Press Holdings',
  'Al Noor Publishing LLC',
];
export const BROADCASTER_NAV = [
  ['Skip to main content', 'Just In', 'For You', 'Local', 'Coronavirus', 'World', 'Business', 'Analysis'],
  ['Skip to Main Content', 'Top Stories', 'Local', 'Climate', 'World', 'Canada', 'Politics', 'Indigenous'],
  ['Skip next section', 'Germany', 'Europe', 'World', 'Business', 'Science', 'Culture', 'Learn German'],
];
export const ACKNOWLEDGEMENT =
  'We acknowledge the traditional custodians of the lands on which we live, work and report, and pay our respects to their elders past and present.';
export const BLOG_TAGLINES = [
  'Just another WordPress site',
  'News and views since 2009',
  'Independent. Local. Unafraid.',
];
export const BLOG_CATEGORIES = ['Politics', 'National', 'Uncategorized', 'World News', 'Featured'];
export const BLOG_RECENT = [
  'Town hall meeting set for next Thursday',
  'Five takeaways from the weekend',
  'Reader mailbag: your questions answered',
  'A note on our comment policy',
  'Why we are changing our newsletter',
];
export const BLOG_ARCHIVES = ['January', 'February', 'March', 'April', 'May', 'June'];
export const COMMENTERS = ['Dave', 'patriot1776', 'Margaret K.', 'js_reader', 'Tom from Ohio'];
export const NEWSLETTER_TAGLINES = [
  'A weekly note on politics and power.',
  'Reporting and analysis, straight to your inbox.',
  'Notes on the news that matters.',
];
export const PORTALS = ['Yahoo News', 'MSN', 'NewsHub Daily', 'Portal Today'];
export const PORTAL_NAV = [
  ['Home', 'Mail', 'News', 'Finance', 'Sports', 'Entertainment', 'Life', 'Search', 'Sign in'],
  ['Discover', 'Following', 'News', 'Weather', 'Traffic', 'Money', 'Shopping', 'Gaming'],
];
export const TRENDING = [
  'Mortgage rates',
  'Lottery results',
  'Winter storm',
  'Stock market today',
  'NFL playoff picture',
  'Recall notice',
  'Celebrity wedding',
  'Gas prices',
];
export const SPONSORED = [
  'Doctors stunned: this simple habit may improve your sleep (Health Digest)',
  'Homeowners are rushing to claim this energy rebate (SmartSaver)',
  'The most comfortable shoes for walking all day (Footwell)',
];
export const READING_TIMES = ['3–4 minutes', '5–6 minutes', '7–9 minutes', '10–12 minutes'];
