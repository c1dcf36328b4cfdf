import { describe, expect, it } from 'vitest';
import { planPresenterLayout, type DisplayArea } from '../../../main/electron/presenter-layout';

const display = (id: number, x: number, width: number, height: number): DisplayArea => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - 40 },
});

describe('planPresenterLayout', () => {
  it('with a projector: presenter on the laptop (primary), audience full screen on the projector', () => {
    const laptop = display(1, 0, 1920, 1080);
    const projector = display(2, 1920, 1280, 720);
    expect(planPresenterLayout([projector, laptop], 1)).toEqual({ presenter: laptop.workArea, audience: projector });
  });

  it('with one display: the presenter opens over the work area and the audience window stays', () => {
    const only = display(7, 0, 1366, 768);
    expect(planPresenterLayout([only], 7)).toEqual({ presenter: only.workArea, audience: null });
  });

  it('falls back to the first display when the primary id is unknown', () => {
    const a = display(1, 0, 1920, 1080);
    const b = display(2, 1920, 1920, 1080);
    expect(planPresenterLayout([a, b], 99)).toEqual({ presenter: a.workArea, audience: b });
  });
});
