/**
 * bench/accuracy/pages/group-d/vocabulary: page furniture for the group d layouts, written without
 * reading the normalizers. Generic wording modelled on the kinds of site named in layouts.ts; no
 * article text, no real person. Call letters, tickers and aggregator sources are the page's own
 * chrome or other outlets (a trap: they are not the article's outlet).
 */
export const STAFF = ['Dana Whitcomb', 'Marco Ferreira', 'Ingrid Solberg', 'Kwame Mensah', 'Priya Raman'];
export const CALL_LETTERS = ['KXTV 7', 'WBNQ 4', 'KQRS 12', 'WJLA 9'];
export const TV_NAV = ['News', 'Weather', 'Traffic', 'Sports', 'Investigations', 'Watch Live', 'Contests'];
export const WEATHER_ALERTS = [
  'WEATHER ALERT: Winter Storm Warning in effect until 6 AM Thursday',
  '2 WEATHER ALERTS: Flood Watch, Wind Advisory',
  'SEVERE WEATHER: Tornado Watch for 14 counties until 9 PM',
];
export const TV_TEMPS = ['38°', '54°', '71°', '86°'];
export const TICKERS = [
  ['DOW', '38,654.42', '+0.31%'],
  ['S&P 500', '5,026.61', '-0.12%'],
  ['NASDAQ', '15,990.66', '+0.07%'],
  ['10-YR', '4.172%', '+0.021'],
  ['BRENT', '$82.19', '-1.04%'],
  ['EUR/USD', '1.0781', '+0.05%'],
  ['GOLD', '$2,024.30', '+0.4%'],
];
export const MARKETS_NAV = ['Markets', 'Economy', 'Companies', 'Tech', 'Politics', 'Opinion', 'Wealth'];
export const DISCLAIMERS = [
  'Quotes delayed at least 15 minutes. Market data provided by a third-party vendor.',
  'This article is for information only and does not constitute investment advice.',
  'All times Eastern. Index data is indicative only.',
];
export const EDITIONS = ['English edition', 'Deutsch', 'Français', 'Español', 'Italiano'];
export const EURO_NAV = ['Europe', 'World', 'Business', 'Culture', 'Sport', 'Opinion', 'Podcasts'];
export const COOKIE_WALL = [
  'We value your privacy',
  'We and our 812 partners store and access information on your device to show personalised ads and content, measure audiences and develop our services.',
  'Accept all',
  'Reject',
  'Manage options',
];
export const SCIENCE_TOPICS = ['Space', 'Climate', 'Health', 'AI', 'Physics', 'Energy', 'Biology'];
export const NEWSLETTER_PITCHES = [
  'Get the best of science and tech every Friday.',
  'Our weekly briefing on the future, explained.',
  'Sign up for the daily dispatch from the frontiers of research.',
];
export const ORGS = [
  'Office of Public Affairs',
  'Coalition for Open Government',
  'Global Relief Alliance',
  'Department of Civic Services',
];
export const AGG_SOURCES = [
  'Northfield Courier',
  'The Daily Ledger',
  'Metro Wire',
  'Valley Tribune',
  'Harbor Post',
  'Capital Review',
];
export const AGG_NAV = ['Home', 'For you', 'Following', 'U.S.', 'World', 'Local', 'Business', 'Technology'];
export const KEY_POINTS = [
  'Officials have given an update on the situation',
  'Reaction continues to come in from across the country',
  'We will bring you the latest as it happens',
];
export const PAYWALL_PITCHES = [
  'Subscribe for unlimited access. Cancel anytime.',
  'Already a subscriber? Log in',
  'Get full access for $1 a week',
];
