/**
 * lexicon/first-names: common first names by usual gender, lower-case, space-separated, for a
 * person's grammatical gender only (a name missing here just has unknown gender).
 *
 * Source: chosen by hand, names frequent in international news. No one in particular is listed.
 * Used by extract/people.
 */

/** Usually female first names. */
export const FEMALE_NAMES = `mary anna anne ann maria marie elizabeth sarah sara emma emily olivia sophie sophia laura julia kate
  katherine catherine kathryn karen susan lisa linda nancy hillary kamala ursula angela annalena
  theresa margaret rachel priti liz suella kemi yvette angela jacinda giorgia marine christine jill
  michelle melania nikki elise alexandria ilhan nicola kristi janet gina jennifer jessica amanda
  ashley helen claire clare rebecca lucy charlotte victoria alice jane joanna natalia natalie olga
  irina yulia tatiana svetlana elena ekaterina maria hanna iryna oksana kaja mette magdalena sanna
  ingrid greta monika barbara petra sandra andrea nadia fatima aisha leila layla mariam sofia isabel
  isabella carmen lucia elisa francesca chiara giulia marta beatriz ana paula serena venus naomi
  simone megan  coco iga aryna elena ons emma amy jess mia susan nancy kirstjen kellyanne betsy
  elaine debbie dianne patty tammy kirsten heidi lisa shelley martha sheryl cindy meghan shirley
  susanne joan joanne judith judy deborah debra donna sharon carol carolyn diane janice julie
  kathleen kathy lori marilyn pamela patricia rosa ruth sally stephanie teresa tina valerie wendy
  sheila sylvia brenda cheryl denise gloria irene jacqueline jeanne kimberly kristen lauren melissa
  michele nicole vanessa amelia abigail madeleine samantha sonia tamara tiffany tulsi kirsty ayanna
  rashida marsha maxine nydia dolores loretta roberta gwen mazie jeanine betty dorothy eleanor
  evelyn frances harriet hannah jenny joyce lillian lois louise margo maureen miriam nina norma rita
  roxanne stacey susanna suzanne sylvie yolanda carrie ronna tara marianne ileana marina roseann dina
  bridget allison kayla anita amber krystle cynthia dilma renee chelsea christiane miley susie ethel
  myra`;

/** Usually male first names. */
export const MALE_NAMES = `john james robert michael william david richard joseph thomas charles christopher daniel matthew
  mark donald joe joseph barack george bill boris keir rishi jeremy david tony gordon nigel emmanuel
  olaf friedrich vladimir volodymyr dmitry sergei sergey viktor jens mark antony anthony lloyd jake
  kevin mike mitch chuck ron ted marco bernie pete justin benjamin ben yair recep xi narendra jair
  luis luiz andrzej petr pedro pablo carlos juan jose miguel antonio giuseppe mario matteo alexander
  alexei alexey andrei andriy oleksandr dmytro denys rustem mykhailo ivan pavel peter paul stefan
  hans klaus wolfgang karl frank martin luc jean pierre francois nicolas sebastien michel ahmed
  mohammed muhammad ali hassan hussein omar khalid abdullah mahmoud yousef ismail ibrahim lionel
  cristiano kylian erling harry jude marcus rafael roger novak andy carlos jannik lewis max elon
  jeff tim satya sundar warren jamie larry sam steve bob tom jack henry edward hugh ryan adam eric
  scott gary wayne alan brian kenneth steven andrew patrick sean liam noah ethan jason phil philip
  phillip gregory greg raymond roy dennis jerry walter arthur albert carl douglas doug harold howard
  jim jimmy johnny lawrence louis ralph randy russell stanley todd vincent wesley zachary jerald
  rudy rudolph kenny kent orrin mitt newt rand eddie darrell devin dick duncan elijah franklin fred
  gene glenn jared jay jeb josh kurt kyle lamar leon mitchell neil nathan norman oliver ricky rod
  roland saxby shaun stuart trey troy wilbur willie mikhail nikita yuri leonid vladislav dan danny dave jon brett bret bruce bryan
  clarence cory curtis derek dustin evan floyd gerald herbert hank isaac jesse jimmie joel keith ken
  lowell luke malcolm matt nick rick seth tyler victor wade timothy ed françois darren don mohammad
  manuel bernard bobby ronald jonathan billy ruslan pawel khaled ian jeffrey corey zach marc barry
  julian tommy geoff jacob stephen julio georg mohamed craig bashar stephane jorge aaron cherif
  chérif ashton brad osama abraham hugo geoffrey raul sheldon christian salah`;

/**
 * First names both men and women bear in the news, or that also open East Asian names as
 * surnames ("Kim Jong Un"): never a gender from the first name alone, whatever a name list says.
 */
export const UNISEX_NAMES = `kim pat dana kelly tracy lee jo sam alex ali jess jamie robin chris jordan
  taylor morgan casey leslie shannon sasha sydney carroll jean terry andrea nicola simone claude
  lindsey lindsay`;

/**
 * Capitalised words that open names but are no given name, though name lists hold them: cities
 * and faiths ("Boston Globe", "Roman Catholics"); countries and US states come from their lexicons.
 */
export const NOT_GIVEN_NAMES = `roman boston austin paris london dallas houston denver phoenix florence
  christian catholic orthodox`;
