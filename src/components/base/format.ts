import { NO_FIGURE, type Share } from '../../data/derive.js';

/** A plausible BCP 47 tag; a malformed `lang` or `locale` falls back to the browser's. */
const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

const formatters = new Map<string, Formatter>();
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * Number and date formatting for one locale, shared by every element using that locale.
 * The first `Intl` formatter a page creates costs ~20 ms of ICU start-up on a slow phone, so the
 * formatters are made on first use, and English whole numbers and percents (what cards, badges and
 * panels show) are written without `Intl` at all.
 */
export class Formatter {
  /** The formatter for `locale` (or the browser's language), made once per page. */
  static for(locale: string | undefined): Formatter {
    const tag = locale && TAG.test(locale) ? locale : undefined;
    const key = tag ?? '';
    let formatter = formatters.get(key);
    if (!formatter) formatters.set(key, (formatter = new Formatter(tag)));
    return formatter;
  }

  private readonly english: boolean;
  private numbers?: Intl.NumberFormat;
  private percents?: Intl.NumberFormat;
  private dates?: Intl.DateTimeFormat;

  private constructor(readonly locale: string | undefined) {
    // Only US English: en-GB writes dates day first, en-IN groups digits differently.
    this.english = /^en(-US)?$/i.test(locale ?? globalThis.navigator?.language ?? 'en');
  }

  number(value: number): string {
    if (this.english && Number.isInteger(value)) return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (this.numbers ??= this.make(() => new Intl.NumberFormat(this.locale))).format(value);
  }

  /** "82%" ("82 %" in French), or "—" where there is nothing to count. */
  percent(share: Share): string {
    if (share.percent === null) return NO_FIGURE;
    if (this.english) return `${share.percent}%`;
    return (this.percents ??= this.make(() => new Intl.NumberFormat(this.locale, { style: 'percent' }))).format(share.percent / 100);
  }

  /** A `YYYY-MM-DD` date written the locale's way ("November 23, 2026" in English). */
  date(value: string): string {
    const [year, month, day] = value.split('-').map(Number);
    if (this.english && MONTHS[month! - 1]) return `${MONTHS[month! - 1]} ${day}, ${year}`;
    this.dates ??= this.make(() => new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }));
    return this.dates.format(new Date(`${value}T00:00:00Z`));
  }

  /** A tag that passes the pattern can still be unknown to Intl: then use the browser's locale. */
  private make<T>(create: () => T): T {
    try {
      return create();
    } catch {
      (this as { locale: string | undefined }).locale = undefined;
      return create();
    }
  }
}
