// verdict-elements/badge: SVG badges and Shields endpoint JSON, for Node (no DOM, not in the CDN bundle).
export {
  renderBadge,
  shieldsEndpoint,
  errorBadge,
  badgeOptionsProblem,
  BADGE_STYLES,
  BADGE_LABEL_MAX,
  SHIELDS_MIN_CACHE_SECONDS,
  type BadgeStyle,
  type BadgeOptions,
  type ShieldsOptions,
  type ShieldsEndpoint,
  type ErrorBadgeOptions,
  type CommunityTally,
} from './badge.js';
export { BADGE_THEMES, BADGE_STEPS, BADGE_PALETTES, badgeStep, badgeColor, type BadgeTheme, type BadgeStep, type BadgePalette } from './colors.js';
export { BADGE_LOCALES, badgeLanguage, type BadgeLanguage } from './words.js';
