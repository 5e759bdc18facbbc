/**
 * figures/currency: the ways news text names a currency, mapped to ISO 4217 codes.
 *
 * In:  the currency part of a money phrase — a prefix ("US$", "€", "EUR ") or a word after the
 *      amount ("euros", "US dollars", "hryvnias", "USD").
 * Out: regex sources for the matchers, and `currencyOf*` functions returning the ISO code.
 */

/** Symbols and symbol-like prefixes written before the digits. Longest first matters ("US$" before "$"). */
const PREFIX_SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['U.S.$', 'USD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['CAN$', 'CAD'],
  ['HK$', 'HKD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['NT$', 'TWD'],
  ['Mex$', 'MXN'],
  ['JP¥', 'JPY'],
  ['CN¥', 'CNY'],
  ['RMB', 'CNY'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['NIS', 'ILS'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₴', 'UAH'],
  ['₽', 'RUB'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['₺', 'TRY'],
  ['₦', 'NGN'],
  ['Fr.', 'CHF'],
];

/** ISO codes accepted when written out ("EUR 5 million", "5 million USD"); upper case only. */
export const ISO_CODES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'UAH',
  'RUB',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'HKD',
  'SGD',
  'INR',
  'PKR',
  'KRW',
  'PLN',
  'SEK',
  'NOK',
  'DKK',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'TRY',
  'ZAR',
  'SAR',
  'AED',
  'QAR',
  'KWD',
  'ILS',
  'EGP',
  'NGN',
  'KES',
  'GHS',
  'MXN',
  'BRL',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'TWD',
  'IDR',
  'MYR',
  'THB',
  'VND',
  'PHP',
  'BDT',
  'KZT',
  'IRR',
  'GEL',
  'MDL',
  'BYN',
];

/**
 * Currency names written after the amount. Order matters: the specific ("Canadian dollars",
 * "Egyptian pounds") before the generic ("dollars", "pounds"). `needsScale`: the word is also a
 * common English word ("won", "rand"), so only "5 billion won" counts, never "5 won".
 */
interface CurrencyName {
  pattern: string;
  code: string;
  needsScale?: boolean;
}
const CURRENCY_NAMES: CurrencyName[] = [
  { pattern: '(?:U\\.?S\\.?|American)\\s+dollars?', code: 'USD' },
  { pattern: 'Canadian\\s+dollars?', code: 'CAD' },
  { pattern: 'Australian\\s+dollars?', code: 'AUD' },
  { pattern: 'Hong\\s+Kong\\s+dollars?', code: 'HKD' },
  { pattern: 'New\\s+Zealand\\s+dollars?', code: 'NZD' },
  { pattern: 'Singapore\\s+dollars?', code: 'SGD' },
  { pattern: 'Taiwan(?:ese)?\\s+dollars?', code: 'TWD' },
  { pattern: '[Dd]ollars?', code: 'USD' },
  { pattern: '[Ee]uros?', code: 'EUR' },
  { pattern: 'Egyptian\\s+pounds?', code: 'EGP' },
  { pattern: '(?:British\\s+)?[Pp]ounds?(?:\\s+sterling)?', code: 'GBP' },
  { pattern: 'sterling', code: 'GBP' },
  { pattern: '(?:Japanese\\s+)?yen', code: 'JPY' },
  { pattern: '(?:Chinese\\s+)?(?:yuan|renminbi)', code: 'CNY' },
  { pattern: '(?:Ukrainian\\s+)?(?:hryvnias?|hryvnyas?|hryvnas?|hryvnia)', code: 'UAH' },
  { pattern: '(?:Russian\\s+)?(?:roubles?|rubles?)', code: 'RUB' },
  { pattern: 'Swiss\\s+francs?', code: 'CHF' },
  { pattern: 'Pakistani\\s+rupees?', code: 'PKR' },
  { pattern: '(?:Indian\\s+)?rupees?', code: 'INR' },
  { pattern: '(?:Polish\\s+)?(?:zlotys?|złoty)', code: 'PLN' },
  { pattern: '(?:Swedish\\s+)?(?:kronor|krona)', code: 'SEK' },
  { pattern: 'Norwegian\\s+kron(?:er|e)', code: 'NOK' },
  { pattern: 'Danish\\s+kron(?:er|e)', code: 'DKK' },
  { pattern: '(?:Turkish\\s+)?lira', code: 'TRY' },
  { pattern: '(?:Saudi\\s+)?riyals?', code: 'SAR' },
  { pattern: '(?:UAE\\s+|Emirati\\s+)?dirhams?', code: 'AED' },
  { pattern: '(?:new\\s+)?shekels?', code: 'ILS' },
  { pattern: 'naira', code: 'NGN' },
  { pattern: 'Mexican\\s+pesos?', code: 'MXN' },
  { pattern: 'Argentine\\s+pesos?', code: 'ARS' },
  { pattern: 'Philippine\\s+pesos?', code: 'PHP' },
  { pattern: '(?:Brazilian\\s+)?reais', code: 'BRL' },
  { pattern: 'forints?', code: 'HUF' },
  { pattern: '(?:South\\s+)?(?:Korean\\s+)won', code: 'KRW' },
  { pattern: 'won', code: 'KRW', needsScale: true },
  { pattern: '(?:South\\s+African\\s+)?rand', code: 'ZAR', needsScale: true },
];

const COMPILED_NAMES = CURRENCY_NAMES.map((name) => ({
  ...name,
  regex: new RegExp(`^(?:${name.pattern})$`),
}));

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A currency written before the digits: a symbol ("US$", "€") or an ISO code ("EUR 5 million"). */
export const CURRENCY_PREFIX = `(?:${PREFIX_SYMBOLS.map(([symbol]) => escapeRegex(symbol)).join('|')}|(?:${ISO_CODES.join('|')})(?=\\s?\\d))`;

/** A currency written after the amount: a name or an ISO code. */
export const CURRENCY_SUFFIX = `(?:${CURRENCY_NAMES.map((name) => name.pattern).join('|')}|${ISO_CODES.join('|')})`;

/** ISO code of a prefix as matched ("US$" -> USD, "EUR" -> EUR). */
export function currencyOfPrefix(prefix: string): string | null {
  const trimmed = prefix.trim();
  for (const [symbol, code] of PREFIX_SYMBOLS) if (symbol === trimmed) return code;
  return ISO_CODES.includes(trimmed) ? trimmed : null;
}

/** ISO code of a currency name or code as matched; null when it needs a scale and has none. */
export function currencyOfSuffix(suffix: string, hasScale: boolean): string | null {
  const trimmed = suffix.trim().replace(/\s+/g, ' ');
  if (ISO_CODES.includes(trimmed)) return trimmed;
  for (const name of COMPILED_NAMES) {
    if (name.regex.test(trimmed)) return name.needsScale && !hasScale ? null : name.code;
  }
  return null;
}
