/**
 * The colour of a badge's message says how the panel leans, in clear steps of its ship share.
 * Two palettes: `light` for light pages (white text, every colour at least 4.5:1 against it, as
 * Shields' grey label is), `dark` for dark pages (light colours with dark text, each at least
 * 5.9:1 against its text and 8.9:1 against a #0d1117 page, so the badge stands out from the page).
 */

export const BADGE_THEMES = ['light', 'dark'] as const;
export type BadgeTheme = (typeof BADGE_THEMES)[number];

export type BadgeStep = 'ship-strong' | 'ship' | 'split' | 'skip' | 'skip-strong' | 'none';

/** The steps, from the top: a share of at least `min` percent gets that step. */
export const BADGE_STEPS: readonly { step: BadgeStep; min: number }[] = [
  { step: 'ship-strong', min: 80 },
  { step: 'ship', min: 60 },
  { step: 'split', min: 40 },
  { step: 'skip', min: 20 },
  { step: 'skip-strong', min: 0 },
];

export interface BadgePalette {
  label: string;
  steps: Record<BadgeStep, string>;
}

export const BADGE_PALETTES: Record<BadgeTheme, BadgePalette> = {
  light: {
    label: '#555',
    steps: {
      'ship-strong': '#1a7f37',
      ship: '#4d7c0f',
      split: '#9a6700',
      skip: '#bc4c00',
      'skip-strong': '#cf222e',
      none: '#6e7781',
    },
  },
  dark: {
    label: '#30363d',
    steps: {
      'ship-strong': '#6fdd8b',
      ship: '#bde57b',
      split: '#eac54f',
      skip: '#ffa657',
      'skip-strong': '#ff9492',
      none: '#b1bac4',
    },
  },
};

/** The step of a panel ship share; `none` when there are no reviews (the share is null). */
export function badgeStep(percent: number | null): BadgeStep {
  if (percent === null) return 'none';
  return BADGE_STEPS.find(({ min }) => percent >= min)!.step;
}

export const badgeColor = (percent: number | null, theme: BadgeTheme = 'light'): string =>
  BADGE_PALETTES[theme].steps[badgeStep(percent)];
