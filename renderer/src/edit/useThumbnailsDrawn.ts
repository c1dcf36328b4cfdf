import { useEffect, useState } from 'react';
import type { Slide } from '../../../main/shared/deck';
import { thumbnailOrder } from '../deck/Overview';
import { whenIdle } from '../ui/idle';

/** Thumbnails drawn per idle period: each lays out a slide (and may set up a chart). */
const perIdle = 2;

/**
 * The slides (by key) whose thumbnails may be drawn: a couple more each time the browser is idle, the
 * selected slide and its neighbours first, so the editing view opens at once with its titles.
 */
export function useThumbnailsDrawn(slides: readonly Slide[], selected: number): ReadonlySet<string> {
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(() => new Set());
  const keys = slides.map((slide) => slide.key ?? slide.id);
  const next = thumbnailOrder(keys.length, selected)
    .map((at) => keys[at] ?? '')
    .filter((key) => !drawn.has(key))
    .slice(0, perIdle);
  const pending = next.join('\n');
  useEffect(() => {
    if (pending === '') return;
    return whenIdle(() => setDrawn((done) => new Set([...done, ...pending.split('\n')])));
  }, [pending]);
  return drawn;
}
