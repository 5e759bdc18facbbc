/**
 * bench/accuracy/pages/group-g/vocabulary: page furniture for the group g layouts, written blind
 * (without reading the normalizers or copying the furniture of groups a–f). Generic wording modelled
 * on the kinds of page named in layouts.ts; no article text, no real person. Podcast hosts, blogs,
 * note apps, newsroom systems, courts and networking sites named here are invented chrome (a trap:
 * none of them is the article's outlet), and so are the other publications a round-up links to.
 */
export const STAFF = ['Marisol Quintero', 'Tobias Lindqvist', 'Adaeze Nwosu', 'Henrike Vos', 'Rafael Aldana'];

// podcast or radio episode page with a transcript
export const AUDIO_HOSTS = ['Soundbarn', 'Wavelength Audio', 'Podlark'];
export const AUDIO_NAV = ['Browse shows', 'Latest episodes', 'Playlists', 'Sign in'];
export const SHOWS = ['The Afterword Hour', 'Behind the Headline', 'Signal & Noise', 'Week in Review Radio'];
export const PLAYER = ['−15s', '+30s', '1.25×', 'Queue', 'Download'];
export const TRANSCRIPT_NOTES = [
  'This is a rush transcript made by a speech-recognition service and checked by our producers. Please listen to the audio before quoting.',
  'Transcripts are generated on a tight deadline and may not be in their final form. The audio is the authoritative record.',
];
export const AUDIO_CUES = [
  '[MUSIC]',
  '[THEME MUSIC FADES]',
  '(SOUNDBITE OF AMBIENT NOISE)',
  '[BREAK]',
  '[MUSIC UP]',
];
export const EPISODE_TITLES = [
  'Why the budget fight is far from over',
  'A courtroom, a verdict, and what comes after',
  'The week in five minutes',
  'Listener mailbag: your questions answered',
];
export const SUBSCRIBE_APPS = ['Apple Podcasts', 'Spotify', 'Overcast', 'YouTube Music', 'RSS'];

// browser print-to-PDF, text extracted
export const PDF_NAMES = ['article.pdf', 'Print - story.pdf', 'saved page (2).pdf', 'document.pdf'];
export const PRINT_LEFTOVERS = [
  'Skip to content',
  'ADVERTISEMENT',
  'Sign in to comment',
  'Gift this article',
];

// court filing exhibit
export const COURTS = [
  'UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF OHIO',
  'UNITED STATES DISTRICT COURT, DISTRICT OF NEW JERSEY',
  'IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS',
];
export const EXHIBIT_LABELS = ['EXHIBIT 4', 'EXHIBIT C', 'EXHIBIT 17', 'EXHIBIT B-2'];
export const DECLARANTS = [
  'Declaration of Counsel in Support of Motion to Dismiss',
  'Appendix of Exhibits, Volume II',
];

// long-read feature with pull quotes
export const LONGREAD_KICKERS = ['THE BIG STORY', 'Sunday Feature', 'IN DEPTH', 'Special Report'];
export const ORNAMENTS = ['◆ ◆ ◆', '⁂', '— — —', '§'];
export const AGENCIES = ['Getty Images', 'Redux Pictures', 'Panos', 'VII Agency'];
export const LONGREAD_MORE = [
  'The town that vanished from the map',
  'Inside the race to rebuild a broken system',
  'What the archives reveal about a forgotten scandal',
  'Ten years later, the survivors speak',
];

// blogger's link round-up
export const BLOGS = [
  'The Marginalia Desk',
  'Halfway Reasonable',
  'Notes From the Back Row',
  'Lamplighter Links',
];
export const BLOG_TAGLINES = [
  'Things worth reading, most mornings',
  'A personal digest of policy, cities and ideas',
  'Links, with opinions attached',
];
export const BLOG_NAV = ['Home', 'Archive', 'About', 'Subscribe by email'];
export const ROUNDUP_INTROS = [
  'A handful of things I read this week, plus one I am quoting at length because everyone should see it.',
  'Short list today. The lead item is long, so grab a coffee.',
  'Morning. Here is what caught my eye while the kettle boiled.',
];
export const ROUNDUP_OUTLETS = [
  'Pinecrest Herald',
  'The Quarry Review',
  'Northfield Ledger-Post',
  'Open Ledger Weekly',
];
export const ROUNDUP_ITEMS = [
  'A very good explainer on how zoning boards actually make decisions.',
  'Someone finally charted twenty years of bus ridership, and it is grim.',
  'An essay on why nobody trusts official statistics any more, with footnotes.',
  'A short interview with a retired civil servant who saw it all from the inside.',
  'The best thing I have read on local newspapers this year.',
];
export const ROUNDUP_TAKES = [
  'My two cents: the most important paragraph is buried near the end. Read it twice.',
  'I would love to see a follow-up on who pays for all of this.',
  'Worth saving. I suspect we will be returning to this one.',
];
export const BLOG_COMMENTS = [
  'Thanks for pulling this together, the lead item was new to me.',
  'Second link is broken for me, anyone else?',
  'Respectfully disagree with your take, but great round-up as always.',
  'Been reading this blog for a decade and it is still my morning routine.',
];

// web clipper note / app share text
export const NOTE_APPS = ['Jotwell', 'Margin Notes', 'Ledgerleaf'];
export const NOTEBOOKS = ['Inbox', 'Reading list', 'Research', 'Personal', 'Archive'];
export const NOTE_SIDEBAR = ['New note', 'Search', 'All notes', 'Shared with me', 'Tags', 'Trash'];
export const NOTE_TAGS = ['#to-read', '#background', '#follow-up', '#news'];
export const NOTE_FOOTS = [
  'Last synced a few seconds ago',
  'Saved on all your devices',
  'Offline copy available',
];

// newsroom content management system preview
export const CMS_NAMES = ['Inkframe', 'Stacktype CMS', 'Newsboard Pro'];
export const CMS_NAV = ['Stories', 'Assignments', 'Photo desk', 'Wire queue', 'Daily budget', 'Help'];
export const CMS_DESKS = ['Metro', 'National', 'Politics', 'Business', 'World'];
export const CMS_STATUS = ['Ready for copy edit', 'Slot: approved', 'Held for legal read', 'Scheduled'];
export const CMS_EMBEDS = [
  '[[EMBED photo #48213 — caption pending]]',
  '[[INLINE RELATED: auto-generated]]',
  '[[AD SLOT mid-article-2]]',
  '[[EMBED map: needs alt text]]',
];
export const CMS_ACTIONS = ['Publish now', 'Schedule', 'Send to print', 'Unlock story', 'Compare revisions'];

// professional networking site post
export const NETWORKS = ['Linkwell', 'CareerGraph', 'Proflow'];
export const NETWORK_NAV = ['Home', 'My connections', 'Jobs', 'Messages', 'Alerts', 'Profile'];
export const POSTER_TITLES = [
  'Policy analyst · Urban mobility · Speaker',
  'Head of Communications at Brightwater Partners',
  'Researcher | Public finance | Opinions my own',
  'Senior consultant, government affairs',
];
export const POSTER_INTROS = [
  'Important read for anyone working in this space. Sharing the full text below since not everyone can get past the paywall.',
  'I do not usually repost news, but this one deserves attention from my network. Full article below.',
  'Thoughts welcome in the comments. Pasting the article here for those who asked.',
];
export const NETWORK_COMMENTERS = [
  'Ottoline Baptiste · Program manager',
  'Dev Raghunathan · Attorney',
  'Signe Aaberg · Data journalist',
  'Chidi Okafor · Founder',
];
export const NETWORK_COMMENTS = [
  'Thanks for sharing. The third point is the one nobody talks about.',
  'Great find. Reposting to my team.',
  'Would be curious to hear how this plays out next quarter.',
  'Insightful. Following for updates.',
];
export const NETWORK_SIDEBAR = ['People you may know', 'Trending in your industry', 'Promoted'];
export const LONGREAD_CAPTIONS = [
  'The view from the hillside, early on a weekday morning.',
  'Residents gathered outside as the afternoon went on.',
  'Paperwork stacked in an office that has seen better days.',
  'An empty street at dusk.',
];
