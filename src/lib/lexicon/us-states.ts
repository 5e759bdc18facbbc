/**
 * lexicon/us-states: the abbreviations of US states in party tags ("R-Ky.", "D-Calif.", "R-S.C.",
 * "D-NY"), each to the state's name, so "Sen. Rand Paul, R-Ky.," can be "the Kentucky Republican".
 *
 * Source: the AP Stylebook state abbreviations and the USPS two-letter codes, written by hand.
 * Used by extract/quotes (quotes/speakers.ts, descriptions of speakers).
 */

/** "Abbreviation=Name" pairs, AP style then postal code, separated by "|". */
export const US_STATES = `Ala.=Alabama|AL=Alabama|Alaska=Alaska|AK=Alaska|Ariz.=Arizona|AZ=Arizona|Ark.=Arkansas|AR=Arkansas|
Calif.=California|CA=California|Colo.=Colorado|CO=Colorado|Conn.=Connecticut|CT=Connecticut|Del.=Delaware|DE=Delaware|
Fla.=Florida|FL=Florida|Ga.=Georgia|GA=Georgia|Hawaii=Hawaii|HI=Hawaii|Idaho=Idaho|ID=Idaho|Ill.=Illinois|IL=Illinois|
Ind.=Indiana|IN=Indiana|Iowa=Iowa|IA=Iowa|Kan.=Kansas|KS=Kansas|Ky.=Kentucky|KY=Kentucky|La.=Louisiana|LA=Louisiana|
Maine=Maine|ME=Maine|Md.=Maryland|MD=Maryland|Mass.=Massachusetts|MA=Massachusetts|Mich.=Michigan|MI=Michigan|
Minn.=Minnesota|MN=Minnesota|Miss.=Mississippi|MS=Mississippi|Mo.=Missouri|MO=Missouri|Mont.=Montana|MT=Montana|
Neb.=Nebraska|NE=Nebraska|Nev.=Nevada|NV=Nevada|N.H.=New Hampshire|NH=New Hampshire|N.J.=New Jersey|NJ=New Jersey|
N.M.=New Mexico|NM=New Mexico|N.Y.=New York|NY=New York|N.C.=North Carolina|NC=North Carolina|N.D.=North Dakota|
ND=North Dakota|Ohio=Ohio|OH=Ohio|Okla.=Oklahoma|OK=Oklahoma|Ore.=Oregon|OR=Oregon|Pa.=Pennsylvania|PA=Pennsylvania|
R.I.=Rhode Island|RI=Rhode Island|S.C.=South Carolina|SC=South Carolina|S.D.=South Dakota|SD=South Dakota|
Tenn.=Tennessee|TN=Tennessee|Texas=Texas|Tex.=Texas|TX=Texas|Utah=Utah|UT=Utah|Vt.=Vermont|VT=Vermont|Va.=Virginia|
VA=Virginia|Wash.=Washington|WA=Washington|W.Va.=West Virginia|WV=West Virginia|Wis.=Wisconsin|WI=Wisconsin|
Wyo.=Wyoming|WY=Wyoming`;

/** The pairs, parsed once for every reader: [abbreviation, name] ("Ky.", "Kentucky"). */
export const US_STATE_PAIRS: ReadonlyArray<readonly [string, string]> = US_STATES.split('|').map(
  (pair) => pair.trim().split('=') as [string, string],
);
