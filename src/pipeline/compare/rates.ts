/**
 * compare/rates: the exchange rates a story's articles state, and conversions with them.
 *
 * In:  the story's articles (a figure with `conversionOf` states a rate: "€1.8bn ($1.95bn)").
 * Out: StatedRate[] (stored in story.json as `analysis.rates`, so the site never derives rates
 *      again) and a converter that prefers the figure's own article's rate.
 *
 * Which rate converts a figure: the rate its own article states for that pair of currencies
 * first (an outlet's figures are read with the outlet's rate); otherwise a rate another article of
 * the story states, and the conversion then carries that rate, outlet and paragraph so the page can
 * say whose rate it is. Only direct pairs are used (no chains through a third currency): a chain of
 * two outlets' rates is a number no outlet printed.
 */
import type { Article, StatedRate } from '../../lib/model.ts';
import { outletName } from '../../lib/outlet.ts';

/** Every exchange rate an article states by giving a sum in two currencies ("€100bn ($107bn)"). */
export function statedRates(
  articles: readonly Pick<Article, 'id' | 'outlet' | 'source' | 'figures'>[],
): StatedRate[] {
  const rates: StatedRate[] = [];
  for (const article of articles) {
    for (const figure of article.figures) {
      if (figure.conversionOf === null) continue;
      const original = article.figures[figure.conversionOf];
      if (!original || original === figure || !original.currency || !figure.currency) continue;
      if (original.currency === figure.currency) continue;
      if (!(original.amount !== null && original.amount > 0 && figure.amount !== null && figure.amount > 0))
        continue;
      rates.push({
        from: original.currency,
        to: figure.currency,
        rate: figure.amount / original.amount,
        article: article.id,
        outlet: outletName(article),
        paragraph: figure.paragraph,
        text: `${original.text} (${figure.text})`,
      });
    }
  }
  return rates;
}

export interface Conversion {
  value: number;
  /** null when no conversion was needed (same currency). */
  rate: StatedRate | null;
}

/** 1 `from` in `to` by this stated rate (rates are stored one way; the inverse is implied). */
function factor(rate: StatedRate, from: string): number {
  return rate.from === from ? rate.rate : 1 / rate.rate;
}

/** Converts amounts between currencies with the story's stated rates. */
export class Converter {
  private readonly byPair = new Map<string, StatedRate[]>();
  /** The story's median rate per direction ("EUR|USD"), worked out on first use. */
  private readonly medians = new Map<string, StatedRate | null>();

  constructor(rates: StatedRate[]) {
    for (const rate of rates) {
      const key = [rate.from, rate.to].sort().join('|');
      const list = this.byPair.get(key) ?? [];
      this.byPair.set(key, list);
      list.push(rate);
    }
  }

  /**
   * The rate for a pair: the article's own when it states one, else one stated for the same sum
   * (`related`: a rate another outlet gives beside a figure of the same group), else the story's
   * median one.
   */
  rateFor(
    from: string,
    to: string,
    article: string,
    related?: (rate: StatedRate) => boolean,
  ): StatedRate | null {
    const list = this.byPair.get([from, to].sort().join('|'));
    if (!list || list.length === 0) return null;
    const own = list.find((rate) => rate.article === article) ?? (related ? list.find(related) : undefined);
    if (own) return own;
    const direction = `${from}|${to}`;
    let median = this.medians.get(direction);
    if (median === undefined) {
      const sorted = [...list].sort(
        (a, b) => factor(a, from) - factor(b, from) || a.article.localeCompare(b.article),
      );
      median = sorted[(sorted.length - 1) >> 1] ?? null;
      this.medians.set(direction, median);
    }
    return median;
  }

  convert(
    amount: number,
    from: string | null,
    to: string | null,
    article: string,
    related?: (rate: StatedRate) => boolean,
  ): Conversion | null {
    if (from === to || from === null || to === null) return { value: amount, rate: null };
    const rate = this.rateFor(from, to, article, related);
    return rate ? { value: amount * factor(rate, from), rate } : null;
  }
}
