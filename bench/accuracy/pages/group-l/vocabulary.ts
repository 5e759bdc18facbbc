/**
 * bench/accuracy/pages/group-l/vocabulary: page furniture for the group l layouts, written blind
 * (without reading the normalizers or copying the furniture of groups a–k). Generic wording modelled
 * on the kinds of page named in layouts.ts; no article text, no real person. Accessibility vendors,
 * translation services, push-alert services, video hosts and the standards network named here are
 * invented chrome (a trap: none of them is the article's outlet).
 */
export const STAFF = [
  'Wilhelmina Osei-Brandt',
  'Caspian Ferreira-Lowe',
  'Ingrid Achterberg',
  'Tobiah Nakashima',
  'Rosalind Quaye',
];
export const SECTIONS = ['National', 'World', 'Politics', 'Courts', 'Health', 'Investigations'];

// an accessibility toolbar over the page
export const A11Y_LABELS = ['Accessibility options', 'Reading tools', 'Display settings'];
export const A11Y_CONTROLS = ['A−', 'A', 'A+', 'High contrast', 'Dyslexia-friendly font', 'Reset'];
export const A11Y_VENDORS = ['Equaview Assist', 'Clearpath Access Tools'];
export const A11Y_LINKS = ['Accessibility statement', 'Report an accessibility barrier'];
export const A11Y_NOTES = [
  'Settings are saved on this device and apply to every page you open.',
  'Use the toolbar to change text size, spacing and colour contrast.',
];

// a language switcher and translation note
export const LANGUAGES = ['English', 'Español', 'Français', 'Português', '中文', 'Tiếng Việt', 'العربية'];
export const LANGUAGE_LABELS = ['Read in:', 'Also available in:', 'Language:'];
export const TRANSLATION_NOTES = [
  'This story is also published in other languages. Each translation is reviewed by an editor who speaks it.',
  'Machine-assisted translations may contain errors; the English text is the version of record.',
];
export const TRANSLATION_VENDORS = ['Polyglot Relay', 'Versara Translate'];

// an ad-blocker plea
export const ADBLOCK_HEADS = ['It looks like you are blocking ads', 'Ad blocker detected on this page'];
export const ADBLOCK_PITCHES = [
  'Advertising helps pay for the reporting you read here. Please allow ads on this site or become a subscriber.',
  'Our newsroom depends on ad revenue. Switch off your blocker for this site, or support us another way.',
];
export const ADBLOCK_BUTTONS = ['I have allowed ads', 'Show me how', 'Continue without allowing'];
export const AD_SLOTS = ['Ad', 'Advertisement · Scroll to continue', 'Paid content'];

// a push-alerts prompt and "follow this story"
export const PUSH_PITCHES = [
  'Get a notification whenever major news breaks',
  'Turn on alerts for the stories that matter most',
];
export const PUSH_BUTTONS = ['Allow', 'Not now'];
export const FOLLOW_STORY = ['Follow this story for updates', 'Get alerts when this story changes'];
export const PUSH_VENDORS = ['Notifyra', 'Beaconwire Push'];
export const PUSH_NOTES = ['You can turn alerts off at any time in your browser settings.'];

// a timeline box between paragraphs
export const TIMELINE_HEADS = ['How we got here', 'Timeline of events', 'The story so far'];
export const TIMELINE_EVENTS = [
  'First complaints reach state regulators',
  'Officials open a formal review',
  'A draft report circulates among lawmakers',
  'Public hearings are scheduled, then postponed',
  'The findings are made public',
];
export const MONTH_SHORT = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
export const TIMELINE_LINKS = ['See the full timeline', 'Expand all entries'];

// a video playlist rail
export const VIDEO_HEADS = ['Watch next', 'More videos', 'Video playlist'];
export const VIDEO_TITLES = [
  'What to know about the vote, in 90 seconds',
  'Residents describe the scene after the storm',
  'Explained: how the budget process works',
  'Inside the courtroom on the first day',
  'Three takeaways from the hearing',
];
export const VIDEO_CONTROLS = ['Autoplay', 'Play all', 'Unmute'];
export const VIDEO_HOSTS = ['Streamloft', 'Reelbase Player'];

// a long read with a table of contents and jump links
export const DEKS = [
  'A closer look at what led here, who made the decisions and what it means for the months ahead.',
  'What the documents show, what officials have said so far, and the questions still open.',
];
export const CONTENTS_HEADS = ['In this story', 'Contents', 'Sections of this article'];
export const CONTENTS_ITEMS = [
  'What happened',
  'Who is involved',
  'What the records show',
  'What comes next',
  'How we reported this',
];
export const CONTENTS_BACK = ['↑ Back to contents', 'Return to the list of sections'];
export const LONGREAD_LABELS = ['The Long Read', 'In depth', 'Special report'];

// trust indicators ("Behind the story")
export const WORK_TYPES = ['News', 'Analysis', 'Investigation', 'Explanatory'];
export const TRUST_HEADS = ['Behind the story', 'About this article', 'How we did this'];
export const TRUST_ITEMS = [
  'Sources: interviews, public records and court filings',
  'This story was reviewed by two editors before publication.',
  'Why we wrote this: readers asked us to explain the decision.',
  'Location: our reporter was on the scene.',
];
export const TRUST_NETWORKS = ['Newsroom Integrity Network', 'Open Standards Press Council'];
export const TRUST_LINKS = ['Our ethics policy', 'Request a correction', 'Meet the newsroom'];
