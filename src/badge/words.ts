import { NO_FIGURE } from '../data/derive.js';

/**
 * The words of a badge in each language it speaks. A badge is an image: its text cannot be
 * translated by the page around it, so the renderer picks the language (`locale`).
 */

/** Languages with words of their own; any other locale gets English. */
export const BADGE_LOCALES = ['en', 'fr', 'de'] as const;
export type BadgeLanguage = (typeof BADGE_LOCALES)[number];

export interface BadgeWords {
  /** The verdict word before the panel share: "ship 75%". */
  ship: string;
  /** "4 reviewers". */
  reviewers: (count: number, n: string) => string;
  /** The community part of the message: "community 82%". */
  community: (share: string) => string;
  /** The whole sentence for `<title>` and `aria-label`; `share` is null without reviews. */
  panelSentence: (subject: string, share: string | null, count: number, n: string) => string;
  /** Appended to the sentence when the community share is shown; `share` is null without votes. */
  communitySentence: (share: string | null, count: number, n: string) => string;
}

const en: BadgeWords = {
  ship: 'ship',
  reviewers: (count, n) => `${n} reviewer${count === 1 ? '' : 's'}`,
  community: (share) => `community ${share}`,
  panelSentence: (subject, share, _count, n) =>
    share === null ? `${subject}: no panel reviews yet` : `${subject}: ${share} of a ${n}-reviewer panel say ship`,
  communitySentence: (share, count, n) =>
    share === null ? '; no community votes yet' : `; ${share} of ${n} community vote${count === 1 ? '' : 's'} say ship`,
};

const fr: BadgeWords = {
  ship: 'ship',
  reviewers: (count, n) => `${n} expert${count > 1 ? 's' : ''}`,
  community: (share) => `communauté ${share}`,
  panelSentence: (subject, share, count, n) =>
    share === null
      ? `${subject} : pas encore d’avis du jury`
      : `${subject} : ${share} d’un jury de ${n} expert${count > 1 ? 's' : ''} disent ship`,
  communitySentence: (share, count, n) =>
    share === null
      ? ' ; pas encore de vote de la communauté'
      : ` ; ${share} de ${n} vote${count > 1 ? 's' : ''} de la communauté disent ship`,
};

const de: BadgeWords = {
  ship: 'ship',
  reviewers: (count, n) => `${n} ${count === 1 ? 'Experte' : 'Experten'}`,
  community: (share) => `Community ${share}`,
  panelSentence: (subject, share, _count, n) =>
    share === null
      ? `${subject}: noch keine Bewertungen des Panels`
      : `${subject}: ${share} eines Panels aus ${n} Experten sagen ship`,
  communitySentence: (share, count, n) =>
    share === null
      ? '; noch keine Community-Stimmen'
      : `; ${share} von ${n} Community-${count === 1 ? 'Stimme' : 'Stimmen'} sagen ship`,
};

const WORDS: Record<BadgeLanguage, BadgeWords> = { en, fr, de };

/** `fr-CA` -> `fr`; undefined when the locale has no words of its own. */
export function badgeLanguage(locale: string | undefined): BadgeLanguage | undefined {
  const primary = (locale ?? 'en').trim().toLowerCase().split(/[-_]/)[0];
  return (BADGE_LOCALES as readonly string[]).includes(primary!) ? (primary as BadgeLanguage) : undefined;
}

export interface Speaker {
  language: BadgeLanguage;
  words: BadgeWords;
  /** 75 -> "75%" (en), "75 %" (fr, de), with the locale's spacing. */
  percent: (value: number | null) => string;
  /** 1234 -> "1,234" (en), "1 234" (fr), "1.234" (de). */
  number: (value: number) => string;
}

const speakers = new Map<BadgeLanguage, Speaker>();

/** Words and number formats for a locale (English for one without words of its own). */
export function speakerFor(locale: string | undefined): Speaker {
  const language = badgeLanguage(locale) ?? 'en';
  let speaker = speakers.get(language);
  if (!speaker) {
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const number = new Intl.NumberFormat(language);
    speaker = {
      language,
      words: WORDS[language],
      percent: (value) => (value === null ? NO_FIGURE : percent.format(value / 100)),
      number: (value) => number.format(value),
    };
    speakers.set(language, speaker);
  }
  return speaker;
}
