import { getStroke, type StrokeOptions } from 'perfect-freehand';
import type { InkPoint, InkStroke } from '../../../main/shared/annotations';

/**
 * Ink is stored in slide coordinates (x and y 0..1 of the slide's width and height) so it lands on the same
 * spot whatever the window size; it is drawn in the stage's own 1920×1080 pixels.
 */
export const slideWidth = 1920;
export const slideHeight = 1080;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

const clampUnit = (value: number): number => Math.min(1, Math.max(0, value));
/** Four decimals: a tenth of a stage pixel, and a file a quarter the size of full doubles. */
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * A pointer position (client pixels) as a slide point. `box` is the stage's on-screen rectangle
 * (getBoundingClientRect), which already includes the CSS scale the stage is fitted with, so the mapping is
 * a plain proportion. A mouse reports no pressure (0.5 while a button is down); a pen reports its own.
 */
export function toSlidePoint(clientX: number, clientY: number, box: Box, pressure: number): InkPoint {
  if (box.width <= 0 || box.height <= 0) return [0, 0, 0.5];
  return [
    round(clampUnit((clientX - box.left) / box.width)),
    round(clampUnit((clientY - box.top) / box.height)),
    round(clampUnit(pressure || 0.5)),
  ];
}

/** Leave out points closer than `minPixels` stage pixels to the last one kept (a resting pen adds nothing). */
export function appendPoint(points: readonly InkPoint[], point: InkPoint, minPixels = 1.5): InkPoint[] {
  const last = points.at(-1);
  if (last && Math.hypot((point[0] - last[0]) * slideWidth, (point[1] - last[1]) * slideHeight) < minPixels) return [...points];
  return [...points, point];
}

/** A mouse gives every point the same pressure: then perfect-freehand makes one up from the speed. */
const hasRealPressure = (points: readonly InkPoint[]): boolean => points.some((p) => p[2] !== 0.5);

export function strokeOptions(stroke: Pick<InkStroke, 'tool' | 'width' | 'points'>, finished: boolean): StrokeOptions {
  const size = stroke.width * slideWidth;
  if (stroke.tool === 'highlighter') {
    // A marker: even width, flat ends, no pressure.
    return { size, thinning: 0, smoothing: 0.6, streamline: 0.5, simulatePressure: false, last: finished, start: { cap: true }, end: { cap: true } };
  }
  return { size, thinning: 0.55, smoothing: 0.5, streamline: 0.45, simulatePressure: !hasRealPressure(stroke.points), last: finished };
}

/** The outline of a stroke as an SVG path in stage pixels (perfect-freehand gives the polygon around the line). */
export function strokePath(stroke: Pick<InkStroke, 'tool' | 'width' | 'points'>, finished = true): string {
  const input = stroke.points.map(([x, y, pressure]) => [x * slideWidth, y * slideHeight, pressure]);
  return outlineToPath(getStroke(input, strokeOptions(stroke, finished)));
}

/** perfect-freehand's recommended rendering: quadratic curves through the midpoints of the outline. */
export function outlineToPath(outline: readonly (readonly number[])[]): string {
  const first = outline[0];
  if (!first || outline.length < 2) return '';
  const fixed = (n: number | undefined): string => (n ?? 0).toFixed(1);
  const parts = [`M${fixed(first[0])},${fixed(first[1])}Q`];
  for (let i = 0; i < outline.length; i++) {
    const point = outline[i];
    const next = outline[(i + 1) % outline.length];
    if (!point || !next) continue;
    const [x0 = 0, y0 = 0] = point;
    const [x1 = 0, y1 = 0] = next;
    parts.push(`${fixed(x0)},${fixed(y0)} ${fixed((x0 + x1) / 2)},${fixed((y0 + y1) / 2)} `);
  }
  parts.push('Z');
  return parts.join('');
}

/** Distance in stage pixels from point p to the segment a–b (all in slide coordinates). */
function distanceToSegment(p: InkPoint, a: InkPoint, b: InkPoint): number {
  const [px, py] = [p[0] * slideWidth, p[1] * slideHeight];
  const [ax, ay] = [a[0] * slideWidth, a[1] * slideHeight];
  const [bx, by] = [b[0] * slideWidth, b[1] * slideHeight];
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** True when the eraser at `point` (radius in stage pixels) touches the stroke's line. */
export function touchesStroke(stroke: Pick<InkStroke, 'width' | 'points'>, point: InkPoint, radius: number): boolean {
  const reach = radius + (stroke.width * slideWidth) / 2;
  const points = stroke.points;
  if (points.length === 1) {
    const only = points[0];
    return only !== undefined && distanceToSegment(point, only, only) <= reach;
  }
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && distanceToSegment(point, a, b) <= reach) return true;
  }
  return false;
}
