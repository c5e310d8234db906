/**
 * Verdict badges as SVG, for places where no script runs (a README, a package page, a
 * marketplace listing, an email): drawn by badge-maker, Shields' own renderer, so text widths and
 * the five styles are the ones people know; and the same content as a Shields endpoint JSON.
 * Node or any runtime without a DOM; never part of the CDN bundle.
 */
import { makeBadge } from 'badge-maker';
import { figuresFor, roundedPercent } from '../data/derive.js';
import { VerdictError } from '../data/errors.js';
import type { ComparisonDocument, Tool } from '../data/schema.js';
import { BADGE_PALETTES, BADGE_THEMES, badgeColor, type BadgeTheme } from './colors.js';
import { characters, cleanText, escapeXml, shorten } from './text.js';
import { speakerFor, type Speaker } from './words.js';

export const BADGE_STYLES = ['flat', 'flat-square', 'for-the-badge', 'plastic', 'social'] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];

/** The longest `label` a badge takes, in characters. */
export const BADGE_LABEL_MAX = 40;

/** The shortest `cacheSeconds` Shields accepts, and the default. */
export const SHIELDS_MIN_CACHE_SECONDS = 300;

/** Live ship and skip votes (a vote server's tally), to show the community share beside the panel's. */
export interface CommunityTally {
  ship: number;
  skip: number;
}

export interface BadgeOptions {
  /** badge-maker's style; default `flat`. */
  style?: BadgeStyle;
  /** Replaces the tool's name on the left (1 to 40 characters). */
  label?: string;
  /** `light` (default) for light pages, `dark` for dark ones. */
  theme?: BadgeTheme;
  /** Language of the words and numbers: `en` (default), `fr`, `de`; any other falls back to English. */
  locale?: string;
  /** When given, the message adds the community ship share of these votes. */
  community?: CommunityTally;
}

export interface ShieldsOptions extends Omit<BadgeOptions, 'style'> {
  /** How long Shields may keep the badge; at least (and by default) 300. */
  cacheSeconds?: number;
}

/** The Shields.io endpoint format, exactly: https://shields.io/badges/endpoint-badge */
export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
  cacheSeconds: number;
}

export interface ErrorBadgeOptions {
  style?: BadgeStyle;
  theme?: BadgeTheme;
  /** The left side; default `verdict`. */
  label?: string;
}

const isStyle = (value: unknown): value is BadgeStyle => (BADGE_STYLES as readonly unknown[]).includes(value);
const isTheme = (value: unknown): value is BadgeTheme => (BADGE_THEMES as readonly unknown[]).includes(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * What is wrong with badge options, as a sentence, or undefined when they are fine. The CLI turns
 * it into a usage error and a server into a 400; `renderBadge` throws it as a TypeError.
 */
export function badgeOptionsProblem(options: BadgeOptions & { cacheSeconds?: number }): string | undefined {
  const { style, theme, label, locale, community, cacheSeconds } = options;
  if (style !== undefined && !isStyle(style)) return `unknown style "${String(style)}"; styles: ${BADGE_STYLES.join(', ')}`;
  if (theme !== undefined && !isTheme(theme)) return `unknown theme "${String(theme)}"; themes: ${BADGE_THEMES.join(', ')}`;
  if (label !== undefined) {
    if (typeof label !== 'string') return 'label must be a string';
    const length = characters(cleanText(label));
    if (length === 0) return 'label must not be empty';
    if (length > BADGE_LABEL_MAX) return `label is ${length} characters; at most ${BADGE_LABEL_MAX}`;
  }
  if (locale !== undefined && typeof locale !== 'string') return 'locale must be a string such as "fr" or "de-AT"';
  if (community !== undefined && !(isCount(community?.ship) && isCount(community?.skip))) {
    return 'community must be { ship, skip }, whole numbers of votes (0 or more)';
  }
  if (cacheSeconds !== undefined && !(typeof cacheSeconds === 'number' && cacheSeconds >= 0 && Number.isFinite(cacheSeconds))) {
    return 'cacheSeconds must be a number of seconds';
  }
  return undefined;
}

function check(options: BadgeOptions & { cacheSeconds?: number }): void {
  const problem = badgeOptionsProblem(options);
  if (problem) throw new TypeError(problem);
}

function findTool(document: ComparisonDocument, toolId: string): Tool {
  const tool = document.tools.find((t) => t.id === toolId);
  if (tool) return tool;
  const ids = document.tools.map((t) => `"${t.id}"`).join(', ');
  throw new VerdictError('not-found', `This comparison has no tool "${toolId}". Its tools are ${ids}.`);
}

interface Content {
  label: string;
  message: string;
  /** The full sentence: `<title>` and `aria-label`. */
  sentence: string;
  color: string;
  speaker: Speaker;
}

/** What a badge says, in words and colour, whatever draws it (SVG here, Shields from the JSON). */
function content(document: ComparisonDocument, toolId: string, options: BadgeOptions): Content {
  const tool = findTool(document, toolId);
  const { panel } = figuresFor(document).byId.get(tool.id)!;
  const speaker = speakerFor(options.locale);
  const { words, percent, number } = speaker;
  // A name made only of controls cleans to nothing: the id still says which tool it is.
  const name = cleanText(tool.name) || tool.id;
  // The badge shows at most BADGE_LABEL_MAX characters of a name; the sentence has all of it.
  const label = options.label === undefined ? shorten(name, BADGE_LABEL_MAX) : cleanText(options.label);
  const subject = options.label === undefined || label === name ? name : `${label} (${name})`;
  const share = percent(panel.percent);
  let message = `${words.ship} ${share} · ${words.reviewers(panel.total, number(panel.total))}`;
  let sentence = words.panelSentence(subject, panel.percent === null ? null : share, panel.total, number(panel.total));
  if (options.community) {
    const votes = options.community.ship + options.community.skip;
    const community = roundedPercent(options.community.ship, votes);
    message += ` · ${words.community(percent(community))}`;
    sentence += words.communitySentence(community === null ? null : percent(community), votes, number(votes));
  }
  return { label, message, sentence, color: badgeColor(panel.percent, options.theme), speaker };
}

/** The document's page, when it is a web address a badge can link to (not a file: URL of the CLI). */
function link(document: ComparisonDocument): string | undefined {
  const url = document.url;
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** social is drawn in fixed light colours by badge-maker; these are its dark counterparts. */
const SOCIAL_DARK: Record<string, string> = {
  '#fcfcfc': '#21262d', // label background and its gradient
  '#fafafa': '#161b22', // message bubble
  '#d5d5d5': '#3d444d', // outlines
  '#333': '#e6edf3', // text
  '#fff': '#010409', // text shadow
};

/** FNV-1a, 32 bits, in base 36: a short stable tag of a badge's content. */
function tag(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Draws with badge-maker, then gives the SVG its own accessible name (the full sentence, in
 * `<title>` and `aria-label`; badge-maker's is "label: message"), a viewBox so that it scales,
 * and its language.
 */
function draw(
  { label, message, sentence, color, speaker }: Omit<Content, 'speaker'> & { speaker?: Speaker },
  style: BadgeStyle,
  theme: BadgeTheme,
  href: string | undefined,
): string {
  let svg = makeBadge({
    label,
    message,
    color,
    labelColor: BADGE_PALETTES[theme].label,
    style,
    // Ids (clip path, gradients) unique to what the badge shows: several badges inlined in one
    // page would otherwise all clip to the first one's width. Stable, so ETags stay stable too.
    idSuffix: `-${tag([label, message, color, style, theme, href].join('\u0000'))}`,
  });
  if (style === 'social' && theme === 'dark') {
    // Only attribute values in raw quotes: document text is escaped and never holds a bare quote.
    svg = svg.replace(/(fill|stroke|stop-color)="(#[0-9a-f]{3,6})"/g, (whole, name: string, value: string) =>
      SOCIAL_DARK[value] ? `${name}="${SOCIAL_DARK[value]}"` : whole,
    );
  }
  // badge-maker's head is `<svg xmlns=".." width="W" height="H" role="img" aria-label=".."><title>..</title>`:
  // escaped text never holds `<`, so the first `</title>` ends it.
  const end = svg.indexOf('</title>');
  const size = /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="([\d.]+)" height="([\d.]+)" role="img" aria-label="[^"]*"><title>/.exec(svg);
  if (end < 0 || !size || !svg.endsWith('</svg>')) throw new Error('badge-maker drew an SVG of an unexpected shape');
  const [, width, height] = size;
  const text = escapeXml(sentence);
  const lang = speaker ? ` xml:lang="${speaker.language}"` : '';
  const box = `width="${width}" height="${height}"`;
  const image = `role="img" aria-label="${text}"><title>${text}</title>${svg.slice(end + '</title>'.length)}`;
  const root = `<svg xmlns="http://www.w3.org/2000/svg" ${box} viewBox="0 0 ${width} ${height}"${lang}`;
  // A link cannot sit inside role="img" (its content is presentational: a focusable link there is
  // lost to screen readers). So a linked badge is a link around the image, as in HTML: <a><img></a>.
  return href ? `${root}><a href="${escapeXml(href)}" target="_blank"><svg ${box} ${image}</a></svg>` : `${root} ${image}`;
}

/**
 * The SVG badge of one tool: the tool's name (or `label`), then "ship 75% · 4 reviewers" coloured
 * by the panel's ship share (see BADGE_STEPS), linking to the document's `url` when it has one.
 * Throws a VerdictError `not-found` for a tool the document lacks, a TypeError for bad options.
 */
export function renderBadge(document: ComparisonDocument, toolId: string, options: BadgeOptions = {}): string {
  check(options);
  const theme = options.theme ?? 'light';
  return draw(content(document, toolId, options), options.style ?? 'flat', theme, link(document));
}

/** The same badge as a Shields.io endpoint (`https://img.shields.io/endpoint?url=...`). */
export function shieldsEndpoint(document: ComparisonDocument, toolId: string, options: ShieldsOptions = {}): ShieldsEndpoint {
  check(options);
  const { label, message, color } = content(document, toolId, options);
  return {
    schemaVersion: 1,
    label,
    message,
    color,
    cacheSeconds: Math.max(SHIELDS_MIN_CACHE_SECONDS, Math.ceil(options.cacheSeconds ?? SHIELDS_MIN_CACHE_SECONDS)),
  };
}

/**
 * "verdict | not found": what a server answers for an unknown comparison or tool, so that a page
 * shows a readable badge instead of a broken image.
 */
export function errorBadge(message = 'not found', options: ErrorBadgeOptions = {}): string {
  check({ style: options.style, theme: options.theme, label: options.label });
  const theme = options.theme ?? 'light';
  const label = options.label === undefined ? 'verdict' : cleanText(options.label);
  const text = cleanText(String(message)) || 'not found';
  return draw(
    { label, message: text, sentence: `${label}: ${text}`, color: BADGE_PALETTES[theme].steps.none },
    options.style ?? 'flat',
    theme,
    undefined,
  );
}
