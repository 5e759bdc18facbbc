/**
 * bench/accuracy/pages/vocabulary: the furniture words our synthetic pages are dressed in.
 * Invented for this benchmark (menus, section labels, promos, captions, related headlines): no
 * site's wording is copied, and nothing here is read by the pipeline.
 */

export const MENUS: readonly string[][] = [
  ['Home', 'World', 'Nation', 'Business', 'Science', 'Opinion', 'Sport'],
  ['News', 'Politics', 'Money', 'Health', 'Travel', 'Culture', 'Video'],
  ['Latest', 'Local', 'Elections', 'Economy & Jobs', 'Climate', 'Tech & Gadgets'],
  ['Front page', 'Region', 'Capitol', 'Markets', 'Life & Style', 'Puzzles', 'Podcasts'],
];

export const SECTIONS: readonly string[] = [
  'Politics',
  'US | Politics',
  'Nation & World',
  'Government',
  'Courts & Law',
  'Capitol Watch',
  'Media',
  'Arts & Entertainment',
];

export const PROGRAMMES: readonly string[] = [
  'Morning Briefing Live',
  'The Evening Desk',
  'Weekend Roundtable',
];

export const TICKERS: readonly string[] = [
  'Storm warning extended for coastal counties through the weekend',
  'Stocks close mixed after a volatile session on trade worries',
  'City council approves new budget for school repairs',
  'Regional airline adds three routes for the summer season',
];

export const RELATED: readonly string[] = [
  'Five questions lawmakers still have to answer this week',
  'How a small-town mayor became a national figure',
  'What the latest jobs report means for your paycheck',
  'Analysts split on what comes next for the committee',
  'A timeline of the dispute, from the first letter to now',
  'The quiet rule change that could reshape the agency',
  'Readers weigh in: what should happen next?',
];

export const CAPTIONS: readonly string[] = [
  'Officials arrive for a meeting in the capital on Tuesday',
  'Protesters gather outside the courthouse',
  'The committee room before the hearing began',
  'Supporters listen to a speech at a campaign event',
  'A view of the building where the talks took place',
];

export const PHOTO_AGENCIES: readonly string[] = [
  'Lumen Pictures',
  'Northlight Photo',
  'Harbor Lens',
  'Pressframe',
];

export const COOKIES: readonly string[] = [
  'We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse, you accept our use of cookies.',
  'This website uses cookies and similar technologies from our partners to personalise content. Manage your privacy settings at any time.',
];

export const NEWSLETTERS: readonly string[] = [
  'Sign up for our morning newsletter and get the day’s top stories in your inbox.',
  'Get the Politics Brief delivered every weekday. Subscribe now.',
  'Never miss a story: sign up for breaking news alerts.',
];

export const SHARE_BARS: readonly string[] = [
  'Share',
  'Facebook Twitter Email',
  'Share on Facebook | Share on Twitter | Print',
  'Comments',
];

export const FOOTER_LINKS: readonly string[] = [
  'About us',
  'Contact us',
  'Privacy Policy',
  'Terms of Use',
  'Careers',
];

export const CITIES: readonly string[] = ['WASHINGTON', 'NEW YORK', 'CHICAGO', 'LONDON', 'LOS ANGELES'];

export const LEGAL_SUFFIXES: readonly string[] = ['', ' Ltd', ' Inc.', ' LLC'];
