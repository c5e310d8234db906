import { NO_FIGURE, type Share } from '../../data/derive.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

function safeLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined; // A malformed `lang` or `locale` falls back to the browser's.
  }
}

/** Number and date formatting for one locale; formatters are built once per locale and shared. */
export class Formatter {
  readonly locale: string | undefined;
  private readonly numbers: Intl.NumberFormat;
  private readonly percents: Intl.NumberFormat;
  private readonly dates: Intl.DateTimeFormat;

  constructor(locale?: string) {
    const tag = (this.locale = safeLocale(locale));
    this.numbers = cached(`n${tag}`, () => new Intl.NumberFormat(tag));
    this.percents = cached(`p${tag}`, () => new Intl.NumberFormat(tag, { style: 'percent' }));
    this.dates = cached(`d${tag}`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }));
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  /** "82%" ("82 %" in French), or "—" where there is nothing to count. */
  percent(share: Share): string {
    return share.percent === null ? NO_FIGURE : this.percents.format(share.percent / 100);
  }

  /** A `YYYY-MM-DD` date written the locale's way. */
  date(value: string): string {
    return this.dates.format(new Date(`${value}T00:00:00Z`));
  }
}
