/**
 * compare/entity-words: the word lists findEntities (entities.ts) reads names with.
 *
 * In:  nothing (constants).
 * Out: titles, organisation words, calendar words, adjectives, places, and the words around a
 *      mention that say person (speech verbs) or place (locative prepositions). All folded.
 */
// Words that introduce a name without being part of it.
export const TITLES = new Set(
  `president vice prime minister ministers secretary general secretary-general chancellor chief chairman
  chairwoman chair king queen prince princess pope sen senator rep gov governor mayor ambassador
  spokesman spokeswoman spokesperson commander admiral colonel lieutenant captain sergeant judge
  dr mr mrs ms sir lord lady deputy former acting leader sheikh sayyed ayatollah director head boss
  premier emir sultan cardinal bishop professor prof gen col lt`.split(/\s+/),
);

// A name containing one of these is an organisation (and never gets split at a title word).
export const ORG_WORDS = new Set(
  `organization organisation alliance group council congress ministry union agency party committee
  parliament commission bank fund command department office assembly court forces force army navy
  corps institute university association federation company corporation inc ltd news times post
  press media tv television radio nations guard service services board authority pentagon kremlin
  house senate cabinet government coalition movement front brigade battalion regiment staff
  foundation bureau network reuters`.split(/\s+/),
);

export const CALENDAR = new Set(
  `january february march april may june july august september october november december monday
  tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec`.split(
    /\s+/,
  ),
);

// Capitalised adjectives that are never a name on their own.
export const ADJECTIVES = new Set([
  'western',
  'eastern',
  'northern',
  'southern',
  'central',
  'allied',
  'federal',
  'national',
  'international',
]);

// Countries and regions: a name on this list is a place. Other places are recognised by the
// prepositions in front of them ("in Brussels", "to Kyiv").
export const PLACES = new Set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
  bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
  bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
  cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
  finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
  honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
  kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
  liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
  mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma
  namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama
  paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
  seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
  tajikistan tanzania thailand togo tonga tunisia turkey turkiye turkmenistan tuvalu uganda ukraine
  uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe europe asia africa america
  americas antarctica oceania arctic crimea donbas donbass gaza kashmir tibet scandinavia balkans
  caucasus siberia england scotland wales britain usa uk us`.split(/\s+/),
);
export const MULTI_WORD_PLACES = new Set([
  'united states',
  'united kingdom',
  'united arab emirates',
  'south korea',
  'north korea',
  'south africa',
  'new zealand',
  'saudi arabia',
  'middle east',
  'west bank',
  'sri lanka',
  'costa rica',
  'el salvador',
  'czech republic',
  'dominican republic',
  'ivory coast',
  'hong kong',
  'latin america',
  'north america',
  'south america',
  'eastern europe',
  'western europe',
  'central asia',
  'south sudan',
  'east timor',
  'great britain',
  'north macedonia',
  'black sea',
  'baltic sea',
  'red sea',
]);

export const LOCATIVE = new Set([
  'in',
  'to',
  'from',
  'at',
  'across',
  'into',
  'near',
  'toward',
  'towards',
  'throughout',
  'inside',
  'outside',
  'visit',
  'visited',
  'visiting',
]);
export const SPEECH = new Set([
  'said',
  'says',
  'stated',
  'told',
  'claimed',
  'stressed',
  'argued',
  'insisted',
  'admitted',
  'warned',
  'explained',
  'added',
  'noted',
  'emphasized',
  'emphasised',
  'replied',
  'wrote',
]);
