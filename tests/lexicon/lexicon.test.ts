/**
 * The lexicon lists: each is non-empty, lower-case, without duplicates where duplicates would be a
 * mistake, and holds a few words every reader knows belong there.
 */
import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS } from '../../src/lib/lexicon/function-words.ts';
import { ENGLISH_MONTH_ABBREVIATIONS, MONTHS } from '../../src/lib/lexicon/months.ts';
import { INVERTING_SPEECH_VERBS } from '../../src/lib/lexicon/inverting-speech-verbs.ts';
import { LOCATIVES } from '../../src/lib/lexicon/locatives.ts';
import { NAME_ADJECTIVES } from '../../src/lib/lexicon/name-adjectives.ts';
import { NAME_TITLES } from '../../src/lib/lexicon/name-titles.ts';
import { ORGANISATION_WORDS } from '../../src/lib/lexicon/organisation-words.ts';
import { PERSON_SPEECH_VERBS } from '../../src/lib/lexicon/person-speech-verbs.ts';
import { COUNTRIES_AND_REGIONS, MULTI_WORD_PLACES } from '../../src/lib/lexicon/places.ts';
import { ENGLISH_STOPWORDS } from '../../src/lib/lexicon/stopwords.ts';
import { ABBREVIATIONS } from '../../src/lib/lexicon/abbreviations.ts';
import { AUXILIARIES } from '../../src/lib/lexicon/auxiliaries.ts';
import { FEMALE_NAMES, MALE_NAMES } from '../../src/lib/lexicon/first-names.ts';
import { NAME_PARTICLES } from '../../src/lib/lexicon/name-particles.ts';
import { QUANTITY_NOUNS } from '../../src/lib/lexicon/quantity-nouns.ts';
import { HOLDINGS } from '../../src/lib/lexicon/holdings.ts';
import { PRICED_ITEMS } from '../../src/lib/lexicon/priced-items.ts';
import { RETAIL_GOODS } from '../../src/lib/lexicon/retail-goods.ts';
import { PUBLIC_BODIES } from '../../src/lib/lexicon/public-bodies.ts';
import { RECURRING_FLOWS } from '../../src/lib/lexicon/recurring-flows.ts';
import { YEARLY_FLOWS } from '../../src/lib/lexicon/yearly-flows.ts';
import { QUANTITY_SYNONYMS, UNINFORMATIVE_CONTEXT_WORDS } from '../../src/lib/lexicon/quantity-synonyms.ts';
import { SENTENCE_OPENERS } from '../../src/lib/lexicon/sentence-openers.ts';
import { SPEECH_PARTICIPLES, SPEECH_VERBS } from '../../src/lib/lexicon/speech-verbs.ts';
import { TITLE_WORDS } from '../../src/lib/lexicon/titles.ts';
import { WEEKDAYS } from '../../src/lib/lexicon/weekdays.ts';
import { SPEAKING_DOCUMENTS } from '../../src/lib/lexicon/speaking-documents.ts';
import { BUSINESS_NOUNS } from '../../src/lib/lexicon/business-nouns.ts';
import { ORGANISATION_NOUNS } from '../../src/lib/lexicon/organisation-nouns.ts';
import { OBJECT_TAKING_VERBS } from '../../src/lib/lexicon/object-taking-verbs.ts';
import { NAME_MODIFIED_GROUPS } from '../../src/lib/lexicon/name-modified-groups.ts';

describe('lexicon/months', () => {
  const names = MONTHS.flatMap(([, list]) => list.split(' '));

  it('has twelve months numbered 1..12, each non-empty', () => {
    expect(MONTHS.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const [, list] of MONTHS) expect(list.trim().length).toBeGreaterThan(0);
  });

  it('is lower-case and names no month twice', () => {
    for (const name of names) expect(name).toBe(name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('knows common names', () => {
    const monthOf = new Map(MONTHS.flatMap(([n, list]) => list.split(' ').map((w) => [w, n] as const)));
    expect(monthOf.get('january')).toBe(1);
    expect(monthOf.get('märz')).toBe(3);
    expect(monthOf.get('outubro')).toBe(10);
    expect(monthOf.get('dec')).toBe(12);
  });
});

describe('lexicon/function-words', () => {
  it('has a non-empty, lower-case, duplicate-free list per language', () => {
    expect(Object.keys(FUNCTION_WORDS).length).toBeGreaterThanOrEqual(8);
    for (const list of Object.values(FUNCTION_WORDS)) {
      const words = list.split(' ');
      expect(words.length).toBeGreaterThan(20);
      for (const word of words) expect(word).toBe(word.toLowerCase());
      expect(new Set(words).size).toBe(words.length);
    }
  });

  it('knows common function words', () => {
    expect(FUNCTION_WORDS.en?.split(' ')).toContain('the');
    expect(FUNCTION_WORDS.de?.split(' ')).toContain('und');
    expect(FUNCTION_WORDS.fr?.split(' ')).toContain('les');
  });
});

/** A space-separated lexicon list as words. */
const list = (text: string): string[] => text.trim().split(/\s+/u);

/** Every list: non-empty, lower-case, and no word twice. */
function wellFormed(words: string[]): void {
  expect(words.length).toBeGreaterThan(0);
  for (const word of words) expect(word).toBe(word.toLowerCase());
  expect(new Set(words).size).toBe(words.length);
}

describe('lexicon/speech-verbs', () => {
  it('is well formed and knows the common speech verbs in both forms', () => {
    wellFormed(list(SPEECH_VERBS));
    wellFormed(list(SPEECH_PARTICIPLES));
    expect(list(SPEECH_VERBS)).toEqual(expect.arrayContaining(['said', 'told', 'added', 'warned']));
    expect(list(SPEECH_PARTICIPLES)).toEqual(expect.arrayContaining(['saying', 'adding']));
    // Nouns as often as verbs are left out on purpose.
    expect(list(SPEECH_VERBS)).not.toContain('states');
    expect(list(SPEECH_VERBS)).not.toContain('calls');
  });
});

describe('lexicon/weekdays', () => {
  it('names the seven days, Monday first', () => {
    expect(list(WEEKDAYS)).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ]);
  });
});

describe('lexicon/auxiliaries, name-particles, sentence-openers', () => {
  it('are well formed and hold the words every reader expects', () => {
    wellFormed(list(AUXILIARIES));
    wellFormed(list(NAME_PARTICLES));
    wellFormed(list(SENTENCE_OPENERS));
    expect(list(AUXILIARIES)).toEqual(expect.arrayContaining(['is', 'was', 'has', 'would']));
    expect(list(NAME_PARTICLES)).toEqual(expect.arrayContaining(['von', 'van', 'bin', 'de']));
    expect(list(SENTENCE_OPENERS)).toEqual(expect.arrayContaining(['but', 'and', 'the']));
  });
});

describe('lexicon/abbreviations', () => {
  it('is well formed and holds titles and the English month abbreviations', () => {
    wellFormed(list(ABBREVIATIONS));
    expect(list(ABBREVIATIONS)).toEqual(expect.arrayContaining(['mr', 'dr', 'etc', 'u.s']));
    // The month abbreviations agree with lexicon/months.
    const monthWords = new Set(MONTHS.flatMap(([, names]) => names.split(' ')));
    for (const month of ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])
      expect(list(ABBREVIATIONS).includes(month) && monthWords.has(month)).toBe(true);
  });
});

describe('lexicon/titles and first-names', () => {
  it('hold titles and names every reader knows', () => {
    expect(list(TITLE_WORDS)).toEqual(expect.arrayContaining(['mr', 'president', 'minister', 'senator']));
    expect(list(FEMALE_NAMES)).toEqual(expect.arrayContaining(['mary', 'angela']));
    expect(list(MALE_NAMES)).toEqual(expect.arrayContaining(['john', 'emmanuel']));
    for (const words of [list(TITLE_WORDS), list(FEMALE_NAMES), list(MALE_NAMES)])
      for (const word of words) expect(word).toBe(word.toLowerCase());
  });

  it('puts no first name under both genders', () => {
    const female = new Set(list(FEMALE_NAMES));
    expect(list(MALE_NAMES).filter((name) => female.has(name))).toEqual([]);
  });
});

describe('lexicon/quantity-nouns', () => {
  it('is well formed and holds the nouns money is often of', () => {
    wellFormed(list(QUANTITY_NOUNS));
    expect(list(QUANTITY_NOUNS)).toEqual(expect.arrayContaining(['amount', 'penalty', 'cost', 'threshold']));
  });
});

describe('lexicon/priced-items', () => {
  it('is well formed, holds things bought one at a time, and no fee that is a sum', () => {
    wellFormed(list(PRICED_ITEMS));
    expect(list(PRICED_ITEMS)).toEqual(expect.arrayContaining(['license', 'licence', 'entry', 'ticket']));
    for (const sum of ['legal', 'break-up', 'transfer', 'consulting'])
      expect(list(PRICED_ITEMS)).not.toContain(sum);
  });
});

describe('lexicon/retail-goods', () => {
  it('is well formed, holds shop goods, and no noun that is a sum or a legal case', () => {
    wellFormed(list(RETAIL_GOODS));
    expect(list(RETAIL_GOODS)).toEqual(expect.arrayContaining(['charger', 'mouse', 'keyboard', 'adapter']));
    for (const sum of ['fine', 'bill', 'contract', 'subscription', 'case', 'stand'])
      expect(list(RETAIL_GOODS)).not.toContain(sum);
  });
});

describe('lexicon/holdings', () => {
  it('is well formed and holds what people own', () => {
    wellFormed(list(HOLDINGS));
    expect(list(HOLDINGS)).toEqual(expect.arrayContaining(['stake', 'shares', 'options', 'fortune']));
    expect(list(HOLDINGS)).not.toContain('aid');
  });
});

describe('lexicon/public-bodies', () => {
  it('is well formed and holds the usual government units', () => {
    wellFormed(list(PUBLIC_BODIES));
    expect(list(PUBLIC_BODIES)).toEqual(
      expect.arrayContaining(['agency', 'department', 'ministry', 'county']),
    );
    expect(list(PUBLIC_BODIES)).not.toContain('company');
  });
});

describe('lexicon/recurring-flows', () => {
  it('is well formed, holds money that keeps arriving, and no one-off sum', () => {
    wellFormed(list(RECURRING_FLOWS));
    expect(list(RECURRING_FLOWS)).toEqual(expect.arrayContaining(['aid', 'subsidies', 'salary', 'revenue']));
    for (const once of ['prize', 'fine', 'settlement', 'loan'])
      expect(list(RECURRING_FLOWS)).not.toContain(once);
  });
});

describe('lexicon/yearly-flows', () => {
  it('is well formed, singular, holds flows reported by the year, and no one-off sum', () => {
    wellFormed(list(YEARLY_FLOWS));
    expect(list(YEARLY_FLOWS)).toEqual(expect.arrayContaining(['revenue', 'profit', 'budget', 'salary']));
    for (const once of ['fine', 'settlement', 'deal', 'prize'])
      expect(list(YEARLY_FLOWS)).not.toContain(once);
    // year-scope matches singularised heads, so a plural here would never match.
    expect(list(YEARLY_FLOWS).filter((word) => /(?<![usi])s$/u.test(word))).toEqual([]);
  });
});

describe('lexicon/months: English abbreviations', () => {
  it('is well formed and each abbreviation names its month in MONTHS', () => {
    wellFormed(list(ENGLISH_MONTH_ABBREVIATIONS));
    const monthOf = new Map(MONTHS.flatMap(([n, names]) => names.split(' ').map((w) => [w, n] as const)));
    expect(list(ENGLISH_MONTH_ABBREVIATIONS).map((w) => monthOf.get(w))).toEqual([
      1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12,
    ]);
  });
});

describe('lexicon/stopwords', () => {
  it('is well formed (no word twice) and holds function words, speech filler and honorifics', () => {
    wellFormed(list(ENGLISH_STOPWORDS));
    expect(list(ENGLISH_STOPWORDS)).toEqual(
      expect.arrayContaining(['the', 'whose', 'said', 'mrs', "it's", 's']),
    );
    // Topic words are not stop words.
    expect(list(ENGLISH_STOPWORDS)).not.toContain('war');
    expect(list(ENGLISH_STOPWORDS)).not.toContain('president');
  });
});

describe('lexicon/name-titles', () => {
  it('is well formed, holds the titles before names, and is not the speaker-title list', () => {
    wellFormed(list(NAME_TITLES));
    expect(list(NAME_TITLES)).toEqual(expect.arrayContaining(['president', 'sheikh', 'dr', 'former']));
    // A different list from titles.ts on purpose (see its header): party and job words are not here.
    expect(list(NAME_TITLES)).not.toContain('labour');
    expect(list(TITLE_WORDS)).toContain('labour');
    expect(list(NAME_TITLES)).toContain('sultan');
    expect(list(TITLE_WORDS)).not.toContain('sultan');
  });
});

describe('lexicon/organisation-words, name-adjectives, locatives', () => {
  it('are well formed and hold the words every reader would expect', () => {
    wellFormed(list(ORGANISATION_WORDS));
    wellFormed(list(NAME_ADJECTIVES));
    wellFormed(list(LOCATIVES));
    expect(list(ORGANISATION_WORDS)).toEqual(expect.arrayContaining(['ministry', 'council', 'reuters']));
    expect(list(NAME_ADJECTIVES)).toEqual(expect.arrayContaining(['western', 'federal']));
    expect(list(LOCATIVES)).toEqual(expect.arrayContaining(['in', 'to', 'visited']));
  });
});

describe('lexicon/places', () => {
  it('is well formed, one-word names apart from longer ones', () => {
    wellFormed(list(COUNTRIES_AND_REGIONS));
    wellFormed([...MULTI_WORD_PLACES]);
    expect(list(COUNTRIES_AND_REGIONS)).toEqual(expect.arrayContaining(['ukraine', 'germany', 'gaza', 'uk']));
    expect(MULTI_WORD_PLACES).toEqual(expect.arrayContaining(['united states', 'south korea']));
    for (const place of list(COUNTRIES_AND_REGIONS)) expect(place).not.toMatch(/\s/);
    for (const place of MULTI_WORD_PLACES) expect(place).toMatch(/^\S+( \S+)+$/);
  });
});

describe('lexicon/person-speech-verbs and inverting-speech-verbs', () => {
  it('are well formed, short, and draw only on the full speech-verb list', () => {
    const all = new Set(list(SPEECH_VERBS));
    for (const short of [PERSON_SPEECH_VERBS, INVERTING_SPEECH_VERBS]) {
      wellFormed(list(short));
      expect(list(short).filter((verb) => !all.has(verb))).toEqual([]);
      expect(list(short).length).toBeLessThan(all.size / 4);
    }
    expect(list(PERSON_SPEECH_VERBS)).toEqual(expect.arrayContaining(['said', 'told', 'wrote']));
    expect(list(INVERTING_SPEECH_VERBS)).toEqual(expect.arrayContaining(['said', 'added', 'asked']));
    // "told" takes an object ("told reporters"), so it does not invert.
    expect(list(INVERTING_SPEECH_VERBS)).not.toContain('told');
  });
});

describe('lexicon/quantity-synonyms', () => {
  it('maps each head noun to a key that is not itself remapped, and never joins a fine with aid', () => {
    for (const [word, key] of Object.entries(QUANTITY_SYNONYMS)) {
      expect(word).toMatch(/^[a-z]+$/u);
      expect(QUANTITY_SYNONYMS[key]).toBeUndefined();
    }
    expect(QUANTITY_SYNONYMS.penalty).toBe('fine');
    expect(QUANTITY_SYNONYMS.fine).toBeUndefined();
    expect(QUANTITY_SYNONYMS.package).toBe('aid');
  });
  it('treats units, hedges and reporting verbs as uninformative context, not content nouns', () => {
    for (const word of ['billion', 'about', 'said', 'year'])
      expect(UNINFORMATIVE_CONTEXT_WORDS.has(word)).toBe(true);
    for (const word of ['fine', 'videos', 'tariffs'])
      expect(UNINFORMATIVE_CONTEXT_WORDS.has(word)).toBe(false);
  });
});

describe('lexicon/speaking-documents, business-nouns, organisation-nouns', () => {
  const lists = { SPEAKING_DOCUMENTS, BUSINESS_NOUNS, ORGANISATION_NOUNS };
  const wordsOf = (list: string) => list.split(/\s+/u).filter(Boolean);

  it('are lower-case single words without duplicates', () => {
    for (const list of Object.values(lists)) {
      const words = wordsOf(list);
      expect(words.length).toBeGreaterThan(10);
      for (const word of words) expect(word).toMatch(/^\p{Ll}+$/u);
      expect(new Set(words).size).toBe(words.length);
    }
  });

  it('hold the words every reader knows belong there, and no word is in two of them', () => {
    expect(wordsOf(SPEAKING_DOCUMENTS)).toEqual(
      expect.arrayContaining(['indictment', 'complaint', 'report']),
    );
    expect(wordsOf(BUSINESS_NOUNS)).toEqual(expect.arrayContaining(['company', 'network', 'airline']));
    expect(wordsOf(ORGANISATION_NOUNS)).toEqual(expect.arrayContaining(['union', 'court', 'department']));
    const all = Object.values(lists).flatMap(wordsOf);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('lexicon/object-taking-verbs, name-modified-groups', () => {
  const wordsOf = (list: string) => list.split(/\s+/u).filter(Boolean);

  it('are lower-case single words without duplicates, and share none', () => {
    for (const list of [OBJECT_TAKING_VERBS, NAME_MODIFIED_GROUPS]) {
      const words = wordsOf(list);
      expect(words.length).toBeGreaterThan(10);
      for (const word of words) expect(word).toMatch(/^\p{Ll}+$/u);
      expect(new Set(words).size).toBe(words.length);
    }
    const verbs = new Set(wordsOf(OBJECT_TAKING_VERBS));
    expect(wordsOf(NAME_MODIFIED_GROUPS).filter((word) => verbs.has(word))).toEqual([]);
  });

  it('hold verbs done to a person and nouns a name modifies, never a speech verb', () => {
    expect(wordsOf(OBJECT_TAKING_VERBS)).toEqual(expect.arrayContaining(['pardon', 'fire', 'sue']));
    expect(wordsOf(NAME_MODIFIED_GROUPS)).toEqual(
      expect.arrayContaining(['voters', 'campaign', 'administration']),
    );
    for (const speech of ['said', 'says', 'told', 'tweeted'])
      expect(wordsOf(OBJECT_TAKING_VERBS)).not.toContain(speech);
  });
});
