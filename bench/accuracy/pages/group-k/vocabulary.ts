/**
 * bench/accuracy/pages/group-k/vocabulary: page furniture for the group k layouts, written blind
 * (without reading the normalizers or copying the furniture of groups a–j). Generic wording modelled
 * on the kinds of page named in layouts.ts; no article text, no real person. Sponsors, market-data
 * vendors, retailers, results services, forecasters, poll widgets and map vendors named here are
 * invented chrome (a trap: none of them is the article's outlet).
 */
export const STAFF = [
  'Teodora Vasquez-Lind',
  'Augustin Mbeki-Hale',
  'Saoirse Langtry',
  'Hiroshi Pemberton',
  'Yetunde Calloway',
];
export const SECTIONS = ['Politics', 'U.S.', 'Business', 'Metro', 'Weather', 'Elections'];

// sponsored coverage ("Presented by …")
export const SPONSORS = ['Brightwater Mutual', 'Calder & Finch Wealth', 'Norhaven Energy Partners'];
export const SPONSOR_LABELS = ['Presented by', 'Supported by', 'In partnership with'];
export const SPONSOR_NOTES = [
  'The sponsor had no role in choosing, reporting or editing this story.',
  'Sponsorship helps pay for this coverage; our reporters alone decide what to cover.',
];
export const SPONSOR_LINKS = ['About our sponsors', 'Advertise with us'];

// business story with stock quote cards and an index strip
export const QUOTES = [
  ['Hollin Aerospace', 'HLNA', '48.17', '+1.2%'],
  ['Mercer Rail Systems', 'MRSY', '112.40', '-0.8%'],
  ['Quillon Pharma', 'QPHM', '23.05', '+3.4%'],
  ['Tarrant Federal Bank', 'TFBK', '67.91', '-0.3%'],
] as const;
export const QUOTE_HEADS = ['Companies in this story', 'Stocks mentioned here', 'Market snapshot'];
export const INDEXES = ['DOW 34,120.55 ▲0.4%', 'S&P 4,410.02 ▼0.1%', 'NASDAQ 13,655.18 ▲0.6%', '10-YR 4.21%'];
export const MARKET_VENDORS = ['Lodestar Market Data', 'Pennon Quotes', 'Ticketline Financial Feeds'];
export const QUOTE_NOTES = [
  'Prices delayed by at least 15 minutes. Nothing here is investment advice.',
  'Quotes refresh during trading hours and may lag the exchanges.',
];
export const QUOTE_BUTTONS = ['Add to watchlist', 'Full quote'];

// a promo for the outlet's own live event between paragraphs
export const EVENT_NAMES = [
  'Future of Governance Forum',
  'Civic Ideas Summit',
  'Policy After Dark: a live taping',
];
export const EVENT_PITCHES = [
  'Join our reporters and their guests for a live conversation on what comes next.',
  'Hear from lawmakers, organizers and our newsroom, in person or on the livestream.',
];
export const EVENT_DETAILS = ['Thursday, 6:30 p.m. · Harborview Hall', 'Free livestream for readers'];
export const EVENT_SPEAKERS = ['Marisol Etxeberria', 'Gideon Alamgir', 'Fenna Oudekerk'];
export const EVENT_BUTTONS = ['Get tickets', 'Add to calendar', 'See the full lineup'];

// a story with shopping links and an affiliate disclosure
export const AFFILIATE_NOTES = [
  'We may earn a commission when you buy through links on this page.',
  'Our editors choose products independently; buying through our links may earn us a fee.',
];
export const RETAILERS = ['Shopmarten', 'Crateway Goods', 'Bellridge Outfitters'];
export const SHOP_ITEMS = [
  'Hand-crank emergency radio with flashlight',
  'Annotated pocket constitution, hardcover',
  'Noise-cancelling headphones for long commutes',
];
export const SHOP_HEADS = ['Shop the story', 'Our pick', 'Editors’ choice'];
export const DEALS = ['Today’s best deals', 'Gift guides', 'Coupons'];

// an election story with a live results widget between paragraphs
export const RACES = [
  'Governor · Statewide',
  'U.S. House · District 7',
  'Ballot Measure 12',
  'County Commission · Seat 3',
];
export const CANDIDATES = [
  ['Lorna Whitfield', 'Dem.'],
  ['Ashby Trevino', 'Rep.'],
  ['Corin Bassett', 'Ind.'],
] as const;
export const RESULT_VENDORS = ['Tallyfield Election Services', 'Ballotline Data'];
export const RESULT_LINKS = ['See all results', 'Full results map', 'How races are called'];
export const RESULT_NOTES = [
  'Results are unofficial until certified by election officials.',
  'A checkmark marks a projected winner. Totals update every few minutes.',
];

// a local page under a severe weather alert, with a forecast widget
export const ALERTS = [
  'Winter storm warning in effect until 6 a.m. Friday',
  'Flash flood watch for the metro area through tonight',
  'Heat advisory: highs near 104 this afternoon',
];
export const FORECAST = ['Today 41° / 29° Snow showers', 'Tomorrow 37° / 22° Cloudy', 'Sat 45° / 30° Sunny'];
export const FORECASTERS = ['Skyreach Forecasting', 'Meridian Weather Network'];
export const WEATHER_LINKS = ['Live radar', 'School closings', 'Traffic cameras'];

// a story with a reader poll
export const POLL_QUESTIONS = [
  'Do you approve of how leaders handled this so far?',
  'Should lawmakers act on this before the next session?',
  'How closely are you following this story?',
];
export const POLL_OPTIONS = [
  ['Yes', 'No', 'Not sure'],
  ['Very closely', 'Somewhat', 'Not at all'],
] as const;
export const POLL_NOTES = [
  'This is not a scientific poll; results reflect only readers who chose to vote.',
  'One vote per reader. Results are informal and not a survey of the public.',
];
export const POLL_VENDORS = ['Votewell Widgets', 'Pollcraft'];

// a story with an embedded location map
export const MAP_TITLES = ['Where it happened', 'Locations mentioned in this story', 'The route, mapped'];
export const MAP_PLACES = ['Capitol building', 'Federal courthouse', 'City hall', 'Convention center'];
export const MAP_CONTROLS = ['Zoom in', 'Zoom out', 'View larger map'];
export const MAP_VENDORS = ['Terraline Maps', 'Openfield Tiles'];
