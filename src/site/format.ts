/** Display formatting: dates, money, counts. Pure, locale fixed to en-GB so builds are reproducible. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024-04-30" -> "30 April 2024"; null -> "date not stated". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'date not stated';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

export function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'Dates not stated';
  if (!first || !last || first === last) return formatDate(first ?? last);
  return `${formatDate(first)} – ${formatDate(last)}`;
}

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' };

/** 100000000000, "EUR" -> "€100bn"; 1500000, "USD" -> "$1.5m"; other currencies get their code. */
export function formatMoney(amount: number | null, currency: string | null, precise = false): string {
  if (amount === null || !Number.isFinite(amount)) return 'not stated';
  const symbol = currency ? (SYMBOLS[currency] ?? '') : '';
  const code = currency && !symbol ? ` ${currency}` : '';
  return `${amount < 0 ? '−' : ''}${symbol}${scaled(Math.abs(amount), precise)}${code}`;
}

function scaled(value: number, precise: boolean): string {
  const steps: [number, string][] = [
    [1e12, 'tn'],
    [1e9, 'bn'],
    [1e6, 'm'],
  ];
  for (const [size, suffix] of steps) {
    if (value >= size) return `${trim(value / size, precise ? 2 : 1)}${suffix}`;
  }
  return Math.round(value).toLocaleString('en-GB');
}

function trim(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toString();
}

/** Full unit words for screen readers and tables: "€100bn" -> "100 billion euros". */
export function spokenMoney(amount: number | null, currency: string | null): string {
  if (amount === null) return 'not stated';
  const names: Record<string, string> = { EUR: 'euros', USD: 'US dollars', GBP: 'pounds', JPY: 'yen' };
  const unit = currency ? (names[currency] ?? currency) : '';
  const steps: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, word] of steps) {
    if (Math.abs(amount) >= size) return `${trim(amount / size, 2)} ${word} ${unit}`.trim();
  }
  return `${amount.toLocaleString('en-GB')} ${unit}`.trim();
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "a, b and c" */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Shortens text at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

/** Like list(), naming at most `max` items: "dpa, AP, Reuters and 812 other outlets". */
export function listSome(items: string[], max: number, others = 'others'): string {
  if (items.length <= max) return list(items);
  return `${items.slice(0, max).join(', ')} and ${items.length - max} ${others}`;
}
