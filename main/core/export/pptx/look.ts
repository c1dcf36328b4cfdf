import { displayWidth } from '../figure-rows';

/**
 * The look of the exported slides, matching the app's (renderer/src/styles/base.css and charts/theme.ts):
 * the same ink, navy, accent and paper, on a 16:9 page of 13.333 × 7.5 inches (the app's 1920 × 1080
 * stage at 144 px to the inch). Colours are hex without '#', as PowerPoint writes them.
 */
export const colours = {
  ink: '1C2530',
  inkSoft: '4A5563',
  paper: 'F6F4EF',
  panel: 'FFFFFF',
  line: 'D9D4CA',
  accent: 'A61F2B',
  accentTint: 'F1D9DB',
  accentOnNavy: 'D4515D',
  onNavySoft: 'C5D0DD',
  navy: '14263D',
  navyTint: 'DAE0E8',
  slate: '5D6B7C',
  slateTint: 'E1E5EA',
} as const;

/**
 * The typeface of every text, Latin and East Asian alike: 微软雅黑 is on every Windows since Vista, where
 * PowerPoint and WPS run; elsewhere the viewer substitutes its own Chinese sans-serif.
 */
export const typeface = 'Microsoft YaHei';
/** Every run is tagged Simplified Chinese, so spelling, line breaking and font choice follow Chinese rules. */
export const language = 'zh-CN';

export const page = { width: 13.333, height: 7.5, margin: 0.6 } as const;

/** Where a content slide's body goes, below its heading. */
export const body = { x: page.margin, y: 1.85, w: page.width - 2 * page.margin, h: 7.5 - 1.85 - 0.45 } as const;

/** Text options every box shares: the typeface, the language, no autofit surprises. */
export const textBase = { fontFace: typeface, lang: language, margin: 0 } as const;

/**
 * Width of a text in ems, set in the deck's typeface: a Chinese character (or full-width sign) is one em, a
 * digit or Latin letter a little over half of one (bold digits, and a viewer's substitute font, run wide).
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += displayWidth(char) === 2 ? 1 : 0.62;
  return ems;
}

/** The largest font size (pt) at which a one-line text fits a width (in), between `min` and `max`. */
export function fittingSize(text: string, width: number, max: number, min = 10): number {
  const ems = textEms(text);
  const size = ems === 0 ? max : (width * 72) / ems;
  return Math.max(min, Math.min(max, Math.floor(size)));
}
