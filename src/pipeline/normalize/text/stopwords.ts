/**
 * normalize/text/stopwords: the commonest function words of the languages explainer meets.
 *
 * Running text is 30–50% function words in any of these languages; menus, tag clouds, keyword
 * lists and headline lists are nearly free of them. So their density tells prose from furniture
 * (as in jusText), and which language's words dominate is a cheap language guess.
 */

const WORDS: Readonly<Record<string, string>> = {
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

/** Function word -> the languages it belongs to. */
const LANGUAGES_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [language, list] of Object.entries(WORDS)) {
    for (const word of list.split(' ')) {
      const languages = map.get(word) ?? [];
      languages.push(language);
      map.set(word, languages);
    }
  }
  return map;
})();

const TOKEN = /[\p{L}']+/gu;

/** How many of the text's words are function words. */
export function stopwordCount(text: string): number {
  let count = 0;
  const lower = text.toLowerCase();
  // ASCII: \p{L} is [A-Za-z], so the same tokens come from a (much faster) non-Unicode pattern.
  // eslint-disable-next-line no-control-regex
  const tokens = /^[\x00-\x7f]*$/.test(lower) ? lower.match(/[a-z']+/g) : lower.match(TOKEN);
  for (const token of tokens ?? []) if (LANGUAGES_OF.has(token)) count++;
  return count;
}

/** The language whose function words are commonest in the text, or null when too few to tell. */
export function guessLanguage(text: string): string | null {
  const tally = new Map<string, number>();
  let total = 0;
  for (const token of text.slice(0, 20_000).toLowerCase().match(TOKEN) ?? []) {
    total++;
    for (const language of LANGUAGES_OF.get(token) ?? []) tally.set(language, (tally.get(language) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [language, count] of tally) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  if (bestCount >= 5 && bestCount >= total * 0.08) return best;
  return scriptLanguage(text);
}

/** Languages told apart by script alone, for when no function-word list covers them. */
function scriptLanguage(text: string): string | null {
  const sample = text.slice(0, 5_000);
  if (/[\u3040-\u30ff]/u.test(sample)) return 'ja';
  if (/[\uac00-\ud7af]/u.test(sample)) return 'ko';
  if (/[\u4e00-\u9fff]/u.test(sample)) return 'zh';
  if (/[\u0600-\u06ff]/u.test(sample)) return 'ar';
  if (/[\u0590-\u05ff]/u.test(sample)) return 'he';
  if (/[\u0900-\u097f]/u.test(sample)) return 'hi';
  if (/[\u0e00-\u0e7f]/u.test(sample)) return 'th';
  if (/[\u0370-\u03ff]/u.test(sample)) return 'el';
  return null;
}

/**
 * The words that carry meaning (not function words, three letters or more), lower-cased and
 * crudely stemmed ("prosecutors" ~ "prosecutor"): enough to tell whether two lines share a topic.
 */
export function contentWords(text: string): string[] {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  return tokens
    .map((token) => token.replace(/['’]s?$/u, ''))
    .filter((token) => token.length >= 3 && !LANGUAGES_OF.has(token))
    .map((token) => token.replace(/(?:ies|es|s)$/u, ''));
}
