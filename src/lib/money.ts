/**
 * The one money formatter (pipeline labels, site pages, chart labels, downloads): Intl.NumberFormat
 * in en-GB, compact ("€1.84bn", "$10,000", "£1.6bn") with narrow symbols.
 *
 * A narrow symbol shared by several currencies ("$", "¥", "kr") stays with its home currency (USD,
 * JPY…); the others get Intl's own symbol ("CN¥100bn", "A$5m") so no two currencies read alike.
 * `decimals` is the precision an outlet printed ("$1.375 billion" -> 3), so a value is shown as it
 * was written; without it, three significant digits (a converted value, a total).
 */

/** Currencies that keep a narrow symbol other currencies also use. */
const HOME_OF_SHARED_SYMBOL = new Set(['USD', 'JPY', 'GBP', 'EUR', 'SEK']);
const SHARED_NARROW = new Set(['$', '¥', '£', 'kr', '€']);

const cache = new Map<string, Intl.NumberFormat>();

function formatter(currency: string | null, compact: boolean, decimals: number | null): Intl.NumberFormat {
  const key = `${currency}|${compact}|${decimals}`;
  let format = cache.get(key);
  if (format) return format;
  const digits: Intl.NumberFormatOptions =
    decimals === null
      ? compact
        ? { maximumSignificantDigits: 3 }
        : { minimumFractionDigits: 0, maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  const base: Intl.NumberFormatOptions = { notation: compact ? 'compact' : 'standard', ...digits };
  if (currency) {
    let display: Intl.NumberFormatOptions['currencyDisplay'] = 'narrowSymbol';
    const narrow = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
    })
      .formatToParts(1)
      .find((part) => part.type === 'currency')?.value;
    if (narrow && SHARED_NARROW.has(narrow) && !HOME_OF_SHARED_SYMBOL.has(currency)) display = 'symbol';
    format = new Intl.NumberFormat('en-GB', {
      ...base,
      style: 'currency',
      currency,
      currencyDisplay: display,
    });
  } else format = new Intl.NumberFormat('en-GB', base);
  cache.set(key, format);
  return format;
}

/** ISO codes Intl knows, remembered: building an Intl.NumberFormat to ask costs ~0.1 ms a call. */
const knownCodes = new Map<string, boolean>();

function isCurrencyCode(currency: string | null): currency is string {
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return false;
  let known = knownCodes.get(currency);
  if (known === undefined) {
    try {
      new Intl.NumberFormat('en-GB', { style: 'currency', currency });
      known = true;
    } catch {
      known = false;
    }
    knownCodes.set(currency, known);
  }
  return known;
}

/**
 * 1.84e9, "EUR" -> "€1.84bn"; 10000, "USD" -> "$10,000"; null -> "not stated".
 * Amounts of a million or more are compact; smaller ones are written out.
 */
export function formatMoney(
  amount: number | null,
  currency: string | null,
  options: { decimals?: number | null } = {},
): string {
  if (amount === null || !Number.isFinite(amount)) return 'not stated';
  const compact = Math.abs(amount) >= 1e6;
  const known = isCurrencyCode(currency) ? currency : null;
  const text = formatter(known, compact, options.decimals ?? null).format(amount);
  return currency && !known ? `${text} ${currency}` : text;
}

/** Digits after the decimal point in the number as written ("$1.375 billion" -> 3, "$40bn" -> 0). */
export function writtenDecimals(text: string): number {
  const match = /\d(?:[\d,]*\d)?(?:\.(\d+))?/.exec(text);
  return Math.min(match?.[1]?.length ?? 0, 4);
}

/** A figure as its outlet printed it: its amount and currency at its written precision. */
export function formatAsPrinted(figure: {
  amount: number | null;
  currency: string | null;
  text: string;
}): string {
  if (figure.amount === null) return figure.text;
  return formatMoney(figure.amount, figure.currency, { decimals: writtenDecimals(figure.text) });
}

/**
 * A formatted value with the hedge or bound words its outlet printed: "nearly" + "$2bn" -> "nearly
 * $2bn"; words printed after the number stay after it ("$5bn or more", "$5bn-plus", "$5bn+").
 */
export function withQualifier(label: string, qualifier: string | null): string {
  if (!qualifier) return label;
  if (/^[-+]/.test(qualifier)) return `${label}${qualifier}`;
  return /^or\b/.test(qualifier) ? `${label} ${qualifier}` : `${qualifier} ${label}`;
}

const NAMES: Record<string, string> = {
  EUR: 'euros',
  USD: 'US dollars',
  GBP: 'pounds',
  JPY: 'yen',
  CNY: 'yuan',
  INR: 'rupees',
  RUB: 'roubles',
  UAH: 'hryvnias',
};

const SPOKEN = new Intl.NumberFormat('en-GB', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumSignificantDigits: 4,
});

/** Words for screen readers: 1e11, "EUR" -> "100 billion euros". */
export function spokenMoney(amount: number | null, currency: string | null): string {
  if (amount === null || !Number.isFinite(amount)) return 'not stated';
  const unit = currency ? (NAMES[currency] ?? currency) : '';
  const words = SPOKEN.format(amount);
  return `${words} ${unit}`.trim();
}
