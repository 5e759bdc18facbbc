/**
 * bench/accuracy/pages/group-n/vocabulary: page furniture for the group n layouts, written blind
 * (without reading the normalizers or copying the furniture of groups a–m). Generic wording modelled
 * on the kinds of page named in layouts.ts; no article text, no real person. Document hosts,
 * universities, reviewers, prediction markets, towns and neighbours named here are invented chrome
 * (a trap: none of them is the article's outlet).
 */
export const STAFF = [
  'Ottoline Brackwater',
  'Casimir Nwachukwu-Dale',
  'Henrietta Solberg-Ames',
  'Ignatius Farrow-Quaye',
  'Rosalind Tembo-Greer',
];
export const DESKS = ['Metro', 'Capitol', 'Courts', 'Business', 'Health & Science', 'World'];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const TZ = ['ET', 'CT', 'MT', 'PST', 'UTC', 'CET'];
/** Where the footer and share tools point (invented services). */
export const NETWORKS = ['Threadwise', 'Beamcast', 'Clipstory', 'Murmur'];

// a breaking-news ticker over the page
export const TICKER_LABELS = ['BREAKING', 'JUST IN', 'DEVELOPING', 'LATEST'];
export const TICKER_ITEMS = [
  'Power restored to most homes after overnight outage',
  'Airport reopens second runway after inspection',
  'Council delays vote on downtown parking plan',
  'Search resumes for missing hiker near reservoir',
  'School board names interim superintendent',
  'Water main break closes two lanes on Route 9',
];
export const DEVELOPING = [
  'This is a developing story. Check back for updates as we learn more.',
  'This story is developing and will be updated throughout the day.',
];
export const STREAM_LINES = ['Stream our newscasts free, 24 hours a day', 'Livestream: newscast now on air'];
/** Invented broadcast call signs. */
export const CALL_SIGNS = ['WQRM', 'KTVL', 'WNBX', 'KDRE'];

// an article split over pages
export const PAGE_PROMPTS = ['Story continues on the next page', 'Continue reading this article'];
export const PAGER = ['« Previous', 'Next »'];
export const SINGLE_PAGE = ['View the whole story on one page', 'Show this article as a single page'];

// a reader call-out form
export const CALLOUT_HEADS = [
  'Were you affected? Share your experience',
  'Tell us what you saw',
  'Have you been affected by this?',
];
export const CALLOUT_PROMPTS = [
  'We would like to hear from readers with first-hand knowledge of these events. You can share your account by filling in the form below.',
  'If you live or work nearby, our reporters want to talk to you. Everything you send is read by a journalist before anything is published.',
];
export const CALLOUT_FIELDS = [
  'Your name (or a nickname)',
  'Where are you based?',
  'Tell us your story',
  'Phone or messaging number (optional)',
  'Can we quote you? Yes / Anonymously / No',
];
export const CALLOUT_SUBMIT = ['Send to our reporters', 'Submit your account'];
export const CALLOUT_SMALL = [
  'Submissions are encrypted in transit. Only newsroom staff can see them.',
  'By sending this you agree to the contributor terms and privacy notice.',
];

// an embedded document viewer
export const DOC_TITLES = [
  'Memorandum of understanding (redacted)',
  'Inspection report, final version',
  'Court filing: motion to dismiss',
  'Letter to committee members',
  'Internal audit summary',
];
export const DOC_TOOLS = ['Zoom in', 'Zoom out', 'Full screen', 'Download original'];
export const DOC_HOSTS = ['Paperstack', 'Docuvault', 'FolioCloud'];
export const DOC_NOTES = [
  'Text in this viewer was extracted automatically and may contain errors.',
  'Highlighted passages were marked by our reporters.',
];

// an academic author's affiliation and disclosure statement
export const UNIVERSITIES = [
  'Northvale University',
  'University of Eastmarch',
  'Kellington Institute of Technology',
  'Brightwater College',
];
export const ACADEMIC_ROLES = [
  'Associate Professor of Public Policy',
  'Senior Lecturer in Political Economy',
  'Research Fellow in Emergency Management',
  'Professor of Constitutional Law',
];
export const DISCLOSURE_HEADS = ['Disclosure statement', 'Conflicts of interest'];
export const DISCLOSURES = [
  'does not work for, consult, own shares in or receive funding from any organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.',
  'has received research grants from a national science foundation. They hold no paid advisory roles.',
];
export const PARTNER_HEADS = ['Partners', 'Funding partners'];

// a health site's medical-review credit
export const REVIEWERS = [
  'Dr. Imogen Castellanos, MD',
  'Dr. Benedikt Oyelaran, PhD, RN',
  'Dr. Wilhelmina Strand-Patel, MPH',
];
export const REVIEW_BADGES = ['Fact checked', 'Evidence based', 'Expert reviewed'];
export const SOURCE_HEADS = ['Sources', 'References used for this article'];
export const SOURCES = [
  'Regional Health Authority. Annual surveillance bulletin, volume 12.',
  'Journal of Applied Epidemiology. Cohort outcomes after emergency care.',
  'Office of Statistics. Population estimates by district, latest release.',
  'Interviews conducted by the author with clinicians and officials.',
];
export const HISTORY_HEADS = ['Article history', 'Revision history'];
export const HISTORY_STEPS = ['Written', 'Medically reviewed', 'Copy edited', 'Updated'];
export const TRUST_LINES = [
  'Our content is reviewed by licensed clinicians and updated when new evidence appears.',
  'We link only to peer-reviewed studies, official statistics and primary sources.',
];

// a prediction-market embed
export const MARKET_QUESTIONS = [
  'Will officials announce a settlement before the end of the month?',
  'Will the measure pass on its first vote?',
  'Will anyone be charged by the end of the quarter?',
  'Will the agency reverse its decision this year?',
];
export const MARKET_VENDORS = ['Forecastly', 'Oddsmoor Exchange'];
export const MARKET_NOTES = [
  'Prices reflect traders’ bets, not the views of our journalists. Not available in every state.',
  'Market data is delayed and shown for information only; it is not betting advice.',
];
export const MARKET_BUTTONS = ['Trade on this market', 'See all markets'];

// a hyperlocal neighbours' feed
export const TOWNS = ['Quarry Hill', 'Elm Crossing', 'Fernbrook', 'Saltmarsh Bay'];
export const STATES = ['NJ', 'CT', 'MI', 'OR'];
export const NEIGHBOR_HEADS = ['Posts from your neighbours', 'Neighbour posts near you'];
export const NEIGHBOR_POSTS = [
  'Lost cat near the library, grey with white paws. Please message me if you see him!',
  'Does anyone know why the fire trucks were on Linden Avenue this morning?',
  'Free firewood at the curb, first come first served.',
  'Reminder: the farmers market moves indoors starting Saturday.',
];
export const NEIGHBORS = ['Delphine R.', 'Marcus O.', 'Yusra K.', 'Tobias W.'];
export const NEIGHBOR_ACTIONS = ['Thank', 'Reply', 'Share'];
export const NEIGHBOR_NOTE =
  'Posts are submitted by community members. The opinions expressed are their own.';
export const TOWN_PROMPTS = ['Change your town', 'Follow this town for updates'];

// footer links
export const FOOTER_ITEMS = ['Advertise with us', 'Careers at the newsroom', 'Ethics policy', 'Site map'];
