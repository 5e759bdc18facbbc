/**
 * bench/accuracy/pages/heldout/vocabulary: page furniture for the held-out layouts, written without
 * reading the normalizers or the tune vocabulary (../vocabulary.ts) so the rules were not shaped by it.
 * Generic wording only: no real article text, no real person.
 */
export const STAFF = ['Maria Okafor', 'Tom Lindqvist', 'Priya Raman', 'Daniel Ortega', 'Hannah Weiss'];
export const EDITORS = ['Leslie Adler', 'Chris Moreno', 'Anya Petrova', 'Sam Holt'];
export const AGENCIES = ['Getty Images', 'AP', 'AFP', 'EPA-EFE', 'Reuters', 'Shutterstock'];
export const PHOTO_SUBJECTS = [
  'People gather outside the building on Tuesday',
  'A view of the city skyline at dusk',
  'Officials speak to reporters after the meeting',
  'Supporters hold signs during a rally',
  'The entrance of the courthouse',
];
export const WEATHER = [
  'Partly cloudy 54°F',
  '72° Sunny',
  'Light rain 9°C',
  'Overcast, 61°',
  '38°F Snow showers',
];
export const SUBSCRIBE = [
  'Subscribe now: 99¢ for your first 3 months',
  'Subscribe now and save 50%',
  'Unlimited digital access for $1 a week. Subscribe now',
];
export const PAYWALL = [
  'This article is for subscribers. Subscribe now to keep reading.',
  "You've reached your limit of free articles this month. Already a subscriber? Log in",
];
export const READ_MORE = [
  'City council delays vote on new budget plan',
  'What we know so far about the investigation',
  'Five things to watch this week',
  'Local school district announces new calendar',
  'Analysis: why the numbers matter',
];
export const WATCH = [
  'Watch: Reporter explains what happens next (2:41)',
  'Watch: The moment the announcement was made',
  'Listen: Our daily podcast on the day’s top stories',
  'Listen: Full interview on the morning programme',
];
export const SCHEDULE = [
  ['On air now', 'Morning Report 6:00–9:00', 'Up next: The Midday Hour 9:00–12:00'],
  ['Listen live', 'Now playing: World Tonight', 'Next: Late Edition at 23:00'],
];
export const TOPICS = [
  ['Politics', 'Economy', 'Courts'],
  ['World', 'Elections', 'Diplomacy'],
  ['Health', 'Science', 'Policy'],
  ['Business', 'Markets', 'Technology'],
];
export const KICKERS = ['THE BIG READ', 'ANALYSIS', 'Long read', 'DISPATCH', 'Explainer'];
export const DECKS = [
  'What the decision means, who it affects and what could happen next.',
  'A closer look at the week’s biggest story and the people behind it.',
  'Behind the headlines, a harder question remains unanswered.',
];
export const CONSENT = [
  'Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Alle akzeptieren Einstellungen',
  'Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience. Tout accepter Paramétrer',
  'Utilizamos cookies propias y de terceros para fines analíticos. Aceptar todo Configurar',
];
export const LIVE_BADGES = ['LIVE', 'Live updates', 'LIVE COVERAGE'];
export const COMMENT_COUNTS = ['214 comments', 'Comments (38)', 'Join the conversation: 1.2K comments'];
export const NAV = [
  ['Skip to main content', 'Sections', 'Search', 'Sign in'],
  ['Home', 'Local', 'Sports', 'Opinion', 'Obituaries', 'e-Edition'],
  ['Top stories', 'Watch', 'Listen', 'Schedule', 'Weather'],
];
