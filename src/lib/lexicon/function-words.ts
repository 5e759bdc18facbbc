/**
 * lexicon/function-words: the commonest function words (stop words) per language, lower-case,
 * space-separated, keyed by ISO 639-1 code (en, de, fr, es, it, pt, nl, id, ru, uk).
 *
 * Source: the top of each language's word-frequency list (articles, prepositions, pronouns,
 * auxiliaries), chosen by hand. Used by normalize/text/stopwords for prose density and a cheap
 * language guess.
 */

export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in a is that for it was on with as are be by at this from have has had not but or an were which their its they he she his her will would been who we you',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis',
  fr: 'le la les de des et à en un une du est que qui dans pour pas au sur par il elle ne se sont ce avec plus son sa ses aux ont été cette mais ou nous vous leur',
  es: 'el la los las de del y en que a un una por con para es se no al lo como más su sus pero fue ha son este esta entre sobre también ya o le',
  it: 'il lo la i gli le di del della dei e è che un una per in con non si da al alla sono ha come più anche ma nel nella sul dopo questo questa',
  pt: 'o a os as de do da dos das e em um uma que para com não no na nos nas por se mais como foi ao são pela pelo sua seu também mas ou',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er om ook als bij door maar dan nog naar uit wordt werd worden heeft hebben',
  id: 'yang dan di ke dari ini itu dengan untuk dalam tidak akan pada juga ada oleh karena atau sebagai bahwa mereka telah sudah bisa lebih saat',
  ru: 'и в не на что с по это как а из к но он она они о за от для то же было все его её так уже бы при до',
  uk: 'і в не на що з та це як а до у за від для але він вона вони його її так вже було при який яка які також',
};
