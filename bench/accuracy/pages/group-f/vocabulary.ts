/**
 * bench/accuracy/pages/group-f/vocabulary: page furniture for the group f layouts, written blind
 * (without reading the normalizers or the furniture of groups a–e). Generic wording modelled on the
 * kinds of page named in layouts.ts; no article text, no real person. Workspace, platform, college,
 * client, app and feed names here are invented chrome (a trap: none of them is the article's outlet).
 */
export const STAFF = ['Priya Ramaswamy', 'Gunnar Holmqvist', 'Lucía Ferreyra', 'Kwame Asante', 'Ilse Brandt'];
export const MONTH_ABBR = [
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
export const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

// team chat workspace
export const WORKSPACES = ['Metro Desk Collective', 'Bluefield Comms Team', 'Harbor Street Newsroom'];
export const CHANNELS = ['newsdesk', 'story-ideas', 'clips-and-links', 'policy-watch'];
export const CHAT_SIDEBAR = ['Threads', 'Mentions & reactions', 'Drafts & sent', 'Saved items', 'Channels'];
export const CHAT_OPENERS = [
  'anyone following this one? feels like it is going to come up in the 3pm meeting',
  'morning all. flagging this for the planning doc',
  'putting this here so we have it for tomorrow’s call',
];
export const CHAT_SHARE_NOTES = [
  'full text pasted below for folks without a login',
  'pasting the whole thing since the link is acting up for some people',
  'text below, worth a skim before standup',
];
export const CHAT_REPLIES = [
  'thanks, adding it to the tracker',
  'the chart they mention would be useful for our explainer',
  'do we know if anyone has a follow-up planned?',
  'good catch, I had missed this entirely',
  'can we get someone on the phone with the press office about this',
  ':eyes: reading now',
];
export const REACTIONS = ['👀 3', '👍 5', '🙏 2', '✅ 1', '🔥 4'];

// shared document (clippings file)
export const DOC_MENU = ['File', 'Edit', 'View', 'Insert', 'Format', 'Tools', 'Extensions', 'Help'];
export const DOC_TOOLBAR = ['Normal text', 'Arial', '11', 'B', 'I', 'U', '100%', 'Editing'];
export const DOC_DESKS = ['politics', 'explainers', 'research', 'weekend'];
export const DOC_NOTES = [
  '[TK: pull the original chart if we can license it]',
  '[CHECK: confirm this figure against the agency release]',
  '[NOTE: this is the key passage for our timeline]',
  '[TODO: find the full statement this quotes from]',
];
export const DOC_COMMENTS = [
  'Is there a primary source for this? Would rather cite that.',
  'This contradicts what we had last week, flagging for the desk.',
  'Good background for the sidebar.',
  'Resolved: confirmed with the spokesperson by phone.',
];

// course page in a learning platform
export const LMS_NAMES = ['Quillboard', 'CourseNest', 'Learnwell'];
export const LMS_GLOBAL = ['Account', 'Dashboard', 'Courses', 'Calendar', 'Inbox', 'History', 'Help'];
export const LMS_COURSE_NAV = [
  'Home',
  'Announcements',
  'Modules',
  'Assignments',
  'Discussions',
  'Grades',
  'People',
  'Files',
];
export const COURSES = [
  'POLS 214: Media and Democracy',
  'JOUR 101: Introduction to Newswriting',
  'CIVICS 330: Public Policy in Practice',
  'COMM 250: Information Literacy',
];
export const COLLEGES = [
  'Riverbend Community College',
  'Eastmoor State University',
  'Northgate College of Arts and Sciences',
];
export const LMS_INSTRUCTIONS = [
  'Read the article below before Thursday’s seminar. Pay attention to who is quoted and who is not.',
  'This week’s case study. As you read, note every claim that would need a second source.',
  'Required reading for the module. Come ready to summarise the main argument in two sentences.',
];
export const LMS_PROMPTS = [
  'Pause and reflect: what evidence supports the passage you just read?',
  'Stop here. Jot down one question you would ask the people quoted so far.',
  'Check your understanding: can you restate the last three paragraphs in one sentence?',
];
export const LMS_QUESTIONS = [
  'Who are the main sources in this article, and how are they identified?',
  'What information is missing that you would want before forming an opinion?',
  'How might a different publication frame the same events?',
  'Identify one fact and one opinion in the text.',
];

// legislative record
export const CHAMBERS = ['SENATE', 'HOUSE OF REPRESENTATIVES'];
export const MEMBERS = ['Mr. HALVORSEN', 'Ms. OKONKWO-BELL', 'Mrs. DRISCOLL', 'Mr. VANTERPOOL'];
export const RECORD_REMARKS = [
  'I rise today to bring an important report to the attention of my colleagues.',
  'The people of my district have followed this matter closely, and I believe this account deserves a wider audience.',
  'I wish to share with the body a report that speaks to the debate we are having this week.',
];
export const RECORD_CLOSERS = [
  'I suggest the absence of a quorum.',
  'I yield the floor.',
  'I yield back the balance of my time.',
];

// media monitoring clip report
export const MONITOR_APPS = ['Clipstream Monitor', 'MentionWorks', 'PressPulse Insights'];
export const MONITOR_NAV = ['Dashboard', 'Searches', 'Clip reports', 'Alerts', 'Analytics', 'Settings'];
export const CLIENTS = ['Halberd Logistics', 'Greenacre Health Partners', 'Office of the County Executive'];
export const SEARCH_TERMS = [
  'Search: "county budget" OR "emergency funding"',
  'Search: leadership AND (statement OR announcement)',
  'Search: "policy change" NOT sports',
];
export const SENTIMENTS = ['Neutral', 'Negative', 'Positive', 'Mixed'];
export const MONITOR_OTHERS = [
  'Cedar Valley Courier',
  'Tri-County Observer',
  'Metro Business Weekly',
  'Gulf Coast Ledger',
];
export const MONITOR_TAGS = ['Tags: leadership, regulation, coverage-review', 'Tags: crisis-watch, national'];

// phone screenshots read by text recognition
export const PHONE_BARS = ['5G', 'LTE', 'Wi-Fi'];
export const PHONE_TOOLBARS = ['<  >  ⬆  ▢  ⧉', '‹  ›  ↑  ☐  ⋯', 'Back   Forward   Share   Tabs'];

// text-only lite edition
export const LITE_TOPS = ['Top stories', 'Latest headlines', 'News index'];

// feed reader
export const READER_APPS = ['Feedwell', 'Inkstream Reader', 'Nettle RSS'];
export const READER_NAV = ['Today', 'Read Later', 'Starred', 'Recently Read', 'Feeds'];
export const READER_FEEDS = [
  'Cedar Valley Courier',
  'Lakeside Policy Blog',
  'Tri-County Observer',
  'Data Desk Weekly',
  'Science Roundup',
];
export const READER_ACTIONS = ['Visit website', 'Mark as unread', 'Save for later', 'Share'];
export const READER_EMBEDS = [
  '[Embedded content: open the original article to view it]',
  '[Video unavailable in this view]',
  '[An image was removed from this feed item]',
];
export const READER_NEXT = [
  'Council delays vote on transit plan',
  'Weekend outlook: dry and cooler',
  'Hospital expansion clears final hurdle',
  'Q&A: what the new rules mean for renters',
];
