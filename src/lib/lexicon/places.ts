/**
 * lexicon/places: the world's countries and large regions by their usual English names, lower-case:
 * a name on these lists is a place. One-word names space-separated; names of two or more words one
 * per entry (so "south korea" is not read as "south" and "korea").
 *
 * Source: the UN member states and common English region names, with the short forms news copy
 * uses ("uk", "us", "turkiye", "donbass"); written by hand. Used by compare/entities (via
 * compare/entity-words); other places are recognised by the words in front of them (locatives.ts).
 */

/** One-word countries and regions: "afghanistan albania … uk us". */
export const COUNTRIES_AND_REGIONS = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
  bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
  brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia
  comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea
  estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada
  guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel
  italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia
  lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia
  maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
  morocco mozambique myanmar burma namibia nauru nepal netherlands nicaragua niger nigeria norway
  oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
  russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan
  suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
  turkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen
  zambia zimbabwe europe asia africa america americas antarctica oceania arctic crimea donbas
  donbass gaza kashmir tibet scandinavia balkans caucasus siberia england scotland wales britain
  usa uk us`;

/** Countries and regions of two or more words: "united states", "south korea", "black sea". */
export const MULTI_WORD_PLACES: readonly string[] = [
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
];
