/**
 * lexicon/titles: English words that stand before a name as title, office, honorific, party or
 * nationality label ("Prime Minister", "Dr", "Senator", "former"), lower-case, space-separated.
 *
 * Source: chosen by hand from news bylines and speech tags. Used by extract/people to strip a
 * title from a name and to read a person's role.
 */

/** "mr mrs ms … president minister …". */
export const TITLE_WORDS = `mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron duke duchess
  president vice prime minister secretary general secretary-general chancellor chief executive officer
  senator senators sen sens rep reps representative congressman congresswoman governor gov mayor judge justice ambassador
  presidents governors mayors justices ministers
  foreign defence defense finance interior home health economy economic trade deputy coach manager
  captain chairman chairwoman chair chairperson director director-general commissioner king queen prince
  princess pope cardinal bishop archbishop rev reverend father speaker leader head boss spokesman
  spokeswoman spokesperson ceo cfo coo cto founder co-founder colonel col lt lieutenant major sergeant
  sgt admiral commander marshal field pres attorney treasury state envoy premier striker midfielder
  defender goalkeeper forward winger star veteran analyst economist sheikh emir crown ayatollah imam
  rabbi senior hon fr gen capt maj adm cmdr mp mep labour tory republican democrat democratic
  conservative liberal socialist green opposition former acting interim outgoing incoming new
  chief-of-staff minister-president secretary-of-state counsel officer official councillor councilor
  councilman councilwoman alderman sec superintendent actor actress singer rapper comedian author writer
  police sheriff detective prosecutor lawyer host anchor correspondent lawmaker candidate nominee
  activist researcher scientist inspector agent assistant associate
  businessman businesswoman entrepreneur investor billionaire philanthropist whip majority minority
  cartoonist columnist journalist reporter editor photographer novelist`;
