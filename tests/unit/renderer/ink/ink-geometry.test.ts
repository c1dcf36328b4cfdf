import { describe, expect, it } from 'vitest';
import type { InkPoint } from '../../../../main/shared/annotations';
import { appendPoint, outlineToPath, strokePath, toSlidePoint, touchesStroke } from '../../../../renderer/src/ink/ink-geometry';

describe('pointer → slide coordinates', () => {
  // The stage as getBoundingClientRect reports it when a 1920×1080 slide is scaled to 0.5 and letterboxed.
  const scaled = { left: 100, top: 60, width: 960, height: 540 };

  it('maps through the stage scale: the centre of the box is the centre of the slide', () => {
    expect(toSlidePoint(580, 330, scaled, 0.5)).toEqual([0.5, 0.5, 0.5]);
    expect(toSlidePoint(100, 60, scaled, 0.5)).toEqual([0, 0, 0.5]);
    expect(toSlidePoint(1060, 600, scaled, 0.5)).toEqual([1, 1, 0.5]);
  });

  it('gives the same slide point for the same spot at any scale', () => {
    const full = { left: 0, top: 0, width: 1920, height: 1080 };
    const small = { left: 40, top: 10, width: 480, height: 270 };
    expect(toSlidePoint(480, 270, full, 0.5)).toEqual(toSlidePoint(40 + 120, 10 + 67.5, small, 0.5));
  });

  it('clamps points outside the slide (a stroke run off the edge) and rounds to four decimals', () => {
    expect(toSlidePoint(0, 2000, scaled, 0.5)).toEqual([0, 1, 0.5]);
    expect(toSlidePoint(100 + 960 / 3, 60, scaled, 0.5)[0]).toBe(0.3333);
  });

  it('keeps a pen’s pressure and gives a pressure-less pointer the middle one', () => {
    expect(toSlidePoint(580, 330, scaled, 0.83)[2]).toBe(0.83);
    expect(toSlidePoint(580, 330, scaled, 0)[2]).toBe(0.5);
  });

  it('is safe for a stage not laid out yet', () => {
    expect(toSlidePoint(5, 5, { left: 0, top: 0, width: 0, height: 0 }, 0.5)).toEqual([0, 0, 0.5]);
  });
});

describe('stroke points', () => {
  it('skips points closer than 1.5 stage pixels to the last one', () => {
    const start: InkPoint[] = [[0.5, 0.5, 0.5]];
    expect(appendPoint(start, [0.5 + 0.5 / 1920, 0.5, 0.5])).toHaveLength(1);
    expect(appendPoint(start, [0.5 + 3 / 1920, 0.5, 0.5])).toHaveLength(2);
  });
});

describe('drawing and erasing', () => {
  const stroke = { tool: 'pen' as const, colour: '#a61f2b', width: 0.004, points: [[0.1, 0.5, 0.5], [0.3, 0.5, 0.5]] as InkPoint[] };

  it('outlines a stroke as a closed SVG path in stage pixels', () => {
    const path = strokePath(stroke);
    expect(path).toMatch(/^M[\d.]+,[\d.]+Q.*Z$/);
    const xs = [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThan(0.1 * 1920 - 20);
    expect(Math.max(...xs)).toBeLessThan(0.3 * 1920 + 20);
  });

  it('draws a single dot too, and nothing for an empty outline', () => {
    expect(strokePath({ ...stroke, points: [[0.5, 0.5, 0.5]] })).not.toBe('');
    expect(outlineToPath([])).toBe('');
  });

  it('the eraser touches a stroke within its radius plus half the line width', () => {
    // The line runs along y = 540 px from x = 192 to 576 px; half its width is 3.84 px.
    expect(touchesStroke(stroke, [0.2, 0.5 + 20 / 1080, 0.5], 18)).toBe(true);
    expect(touchesStroke(stroke, [0.2, 0.5 + 23 / 1080, 0.5], 18)).toBe(false);
    expect(touchesStroke(stroke, [0.3 + 15 / 1920, 0.5, 0.5], 18)).toBe(true); // past the end, within reach
    expect(touchesStroke({ ...stroke, points: [[0.5, 0.5, 0.5]] }, [0.5, 0.5, 0.5], 18)).toBe(true);
  });
});
