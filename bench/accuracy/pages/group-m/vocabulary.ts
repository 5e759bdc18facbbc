/**
 * bench/accuracy/pages/group-m/vocabulary: page furniture for the group m layouts, written blind
 * (without reading the normalizers or copying the furniture of groups a–l). Generic wording modelled
 * on the kinds of page named in layouts.ts; no article text, no real person. Social platforms,
 * helplines, puzzle syndicates, job boards, employers, recommendation and assistant vendors named
 * here are invented chrome (a trap: none of them is the article's outlet).
 */
export const STAFF = [
  'Marisol Ekwueme-Hart',
  'Desmond Okafor-Lind',
  'Annika Velasquez-Roe',
  'Thaddeus Mbeki-Strand',
  'Perpetua Lindqvist',
];
export const SECTIONS = ['Nation', 'Statehouse', 'Justice', 'Economy', 'Public health', 'Global affairs'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const ZONES = ['ET', 'EDT', 'CDT', 'PT', 'BST', 'GMT'];
/** Social platforms a page links to or embeds (invented). */
export const PLATFORMS = ['Chirpline', 'Vidmarq', 'Soundcove', 'Pinlattice', 'Facegram'];

// a print-edition note after the story ("A version of this article appears in print …")
export const PRINT_EDITIONS = ['National', 'Metro', 'Late City', 'Weekend'];
export const PRINT_SECTIONS = ['Section A', 'Section B', 'Main section', 'Business section'];
export const PRINT_HEADS = [
  'Pressure Builds as Officials Weigh Next Steps',
  'A Long Dispute Enters a New Phase',
  'Records Suggest Warnings Went Unheeded',
  'Critics Question Decision, and Its Timing',
];
export const PRINT_TOOLS = ['Order reprints', 'Today’s paper', 'Subscribe'];
export const PRINT_LEADS = ['A version of this article appears in print on', 'This story ran in print on'];

// a consent placeholder where a third-party embed would be
export const EMBED_ASKS = [
  'Nothing from this service loads until you agree, because it may set cookies or record what you do. Read its privacy terms before you accept.',
  'We need your permission before showing material hosted elsewhere, since the provider may track visitors. You can change this choice at any time.',
];
export const EMBED_BUTTONS = ['Accept and continue', 'Keep blocked'];
export const EMBED_FALLBACKS = ['Content unavailable', 'View the original on the provider’s site'];

// a content note above the story and a support box after it
export const CONTENT_NOTES = [
  'Content note: this story discusses violence and its aftermath.',
  'Warning: this article contains details some readers may find distressing.',
  'Reader advisory: the following report describes injuries and loss of life.',
];
export const SUPPORT_HEADS = ['Need to talk?', 'Where to get help', 'Support is available'];
export const SUPPORT_LINES = [
  'Call or text the Harbor Support Line at 1-800-555-0142, any hour of the day.',
  'Chat online with a trained listener through the Open Door Helpline.',
  'Outside the U.S., find a local service in the Global Helpline Directory.',
  'If someone is in immediate danger, call your local emergency number.',
];
export const SUPPORT_SERVICES = ['Harbor Support Line', 'Open Door Helpline', 'Global Helpline Directory'];

// a puzzles promo under an all-capitals masthead
export const PUZZLE_HEADS = ['Today’s puzzles', 'Take a break with a daily game', 'Daily games'];
export const PUZZLES = [
  'Crossword · Medium',
  'Mini crossword · 2 min',
  'Sudoku · Hard',
  'Word ladder · New',
  'Spelling grid',
  'Tile match',
];
export const PUZZLE_BUTTONS = ['Play now', 'See all games'];
export const PUZZLE_VENDORS = ['Gridwise Syndicate', 'Lattice Puzzle Co.'];
export const PUZZLE_NOTES = [
  'New puzzles are released every night at 10 p.m.',
  'Sign in to keep your streak going.',
];

// a job-board box between paragraphs
export const JOB_HEADS = ['Featured jobs near you', 'Local careers', 'Now hiring in your area'];
export const JOBS = [
  'Registered Nurse, Night Shift — Riverside Regional Health',
  'Warehouse Associate — Northgate Logistics',
  'Middle School Science Teacher — Cedar Valley Schools',
  'Staff Accountant — Halvorsen & Pike LLP',
  'Line Cook — Copper Kettle Bistro',
  'Bus Operator — Tri-County Transit Authority',
];
export const JOB_TOWNS = ['Fairview', 'Lakeside', 'Brookhaven', 'Millbrook'];
export const JOB_BUTTONS = ['See all jobs', 'Post a job'];
export const JOB_VENDORS = ['Hirewell Network', 'TalentDock'];
export const KICKERS = ['Exclusive', 'Analysis', 'Update', 'Follow-up'];
export const LEGAL_LINKS = ['Legal notices', 'Obituaries', 'Place an ad'];

// a reporter's contact card after the story
export const BEATS = [
  'state government',
  'courts and public safety',
  'health care',
  'the regional economy',
  'national politics',
];
export const TIP_LINES = [
  'Have a tip? Send it securely to our newsroom.',
  'Know something we should look into? Contact the reporter confidentially.',
];
export const MORE_BY = [
  'Inside the budget talks that nearly collapsed',
  'County weighs changes to emergency dispatch',
  'What a new state audit found about hospital billing',
  'Judge sets date for hearing in long-running case',
];
export const CARD_BUTTONS = ['Follow', 'Email the author'];

// a "Recommended for you" grid with kicker labels
export const REC_HEADS = ['Recommended for you', 'Picked for you', 'You may have missed'];
export const REC_KICKERS = ['ANALYSIS', 'OPINION', 'WATCH', 'EXCLUSIVE', 'EXPLAINER', 'PHOTOS'];
export const REC_TITLES = [
  'Where the state’s water plan stands after a dry summer',
  'Five charts that explain the housing shortage',
  'Volunteers race to finish flood barriers before the storm',
  'A small-town mayor on the job nobody wanted',
  'How the new school funding formula works',
  'The quiet fight over a rural hospital’s future',
];
export const REC_NOTES = [
  'Recommendations are based on what you have read. Manage your preferences.',
  'Why am I seeing these? Stories are chosen by reading history and popularity.',
];
export const REC_VENDORS = ['Curatra', 'Nextread Engine'];

// an "ask a question about this story" assistant
export const ASSISTANT_NAMES = [
  'Ask our assistant (beta)',
  'Questions? Ask the story bot',
  'Ask about this article',
];
export const ASSISTANT_QUESTIONS = [
  'What happened, in brief?',
  'Who is affected by this?',
  'What happens next?',
  'How did this come about?',
];
export const ASSISTANT_INPUT = 'Type a question about this story';
export const ASSISTANT_NOTES = [
  'Answers are drafted by software from our published reporting and may contain mistakes.',
  'This tool is experimental. Check important facts against the article itself.',
];
export const ASSISTANT_VENDORS = ['Quillmind AI', 'Answerloom'];

// footer links
export const FOOTER_LINKS = ['About us', 'Contact the newsroom', 'Terms of use', 'Privacy choices'];
