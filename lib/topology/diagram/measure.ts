// Sizes for the diagram, in SVG user units (px at 100 %). Node text is monospace, so a
// character's width is a fixed share of the font size and text never needs measuring.
export const TITLE_SIZE = 12;
export const LINE_SIZE = 11;
const MONO_ADVANCE = 0.6;
export const PAD_X = 10;
export const PAD_Y = 8;
export const LINE_HEIGHT = 15;
export const V_GAP = 12;
export const ROOT_GAP = 24;
export const COL_GAP = 32;
export const HEADER_HEIGHT = 30;
export const MARGIN = 4;
export const ATTACH_GAP = 22;
export const MIN_WIDTH = 112;
export const MAX_WIDTH = 230;
/** Room for the state glyph in a node's top-right corner. */
export const BADGE_WIDTH = 18;

export function textWidth(chars: number, size: number): number {
  return chars * size * MONO_ADVANCE;
}

export function nodeHeight(lineCount: number): number {
  return PAD_Y * 2 + TITLE_SIZE + LINE_HEIGHT * lineCount + 3;
}

/** The first baseline (title) and the ones below it, relative to the node's top. */
export function baseline(index: number): number {
  return PAD_Y + TITLE_SIZE - 1 + index * LINE_HEIGHT;
}

/** Cuts text to fit `width`, ending in an ellipsis; the tooltip keeps the full text. */
export function fit(value: string, width: number, size: number): string {
  const max = Math.floor(width / (size * MONO_ADVANCE));
  return value.length <= max ? value : `${value.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * Cuts an object name in the middle: object names share the site prefix at the start and
 * differ at the end (role and port, e.g. "_mdm_vs_8443"), so the end is what must stay.
 */
export function fitName(value: string, width: number, size: number): string {
  const max = Math.floor(width / (size * MONO_ADVANCE));
  if (value.length <= max) return value;
  if (max < 3) return fit(value, width, size);
  const head = Math.min(4, Math.floor((max - 1) / 3));
  const tail = max - 1 - head;
  return `${value.slice(0, head)}…${value.slice(value.length - tail)}`;
}
