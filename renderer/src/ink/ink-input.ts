import { annotationLimits as limits, type Annotation, type InkPoint, type InkStroke } from '../../../main/shared/annotations';
import { appendPoint, slideHeight, slideWidth, strokePath, toSlidePoint, touchesStroke } from './ink-geometry';
import { inkWidths, type InkTool } from '../annotations/ink-tools';

/** What the pointer handling reads (at the moment of each event) and reports. */
export interface InkInputOptions {
  readonly tool: () => InkTool | null;
  readonly colour: () => string;
  readonly slideId: () => string;
  /** The saved ink annotations of the slide on screen (what the eraser can touch). */
  readonly savedInk: () => readonly Annotation[];
  readonly onStroke: (slideId: string, stroke: InkStroke) => void;
  /** Strokes the eraser has touched so far in this gesture (hidden at once, deleted when it ends). */
  readonly onErasing: (ids: ReadonlySet<string>) => void;
  readonly onErased: (strokes: readonly Annotation[]) => void;
  /** Where the laser points now (null: off the slide), for the other window to show the same dot. */
  readonly onLaser?: (point: InkPoint | null) => void;
  readonly livePath: SVGPathElement;
  readonly laser: SVGGElement;
  readonly eraserRing: SVGCircleElement;
}

/** Eraser radius in stage pixels: a fingertip, not a pin. */
const eraserRadius = 18;

/** Events that must not reach the deck while a tool is in hand: a click or a swipe there turns the slide. */
const swallowed = ['click', 'dblclick', 'mousedown', 'mouseup', 'touchstart', 'touchmove', 'touchend', 'contextmenu'] as const;

/**
 * Pointer input of the ink layer, wired with native listeners: they run, and stop the event, on the layer
 * itself, before any listener of the deck further up (React's handlers would only run at the root, too
 * late). Drawing updates the live path directly, not through React, to keep up with a fast pen.
 */
export function attachInkInput(svg: SVGSVGElement, options: InkInputOptions): () => void {
  let drawing: { pointerId: number; slideId: string; tool: 'pen' | 'highlighter'; colour: string; points: InkPoint[] } | null = null;
  let erasing: { pointerId: number; ids: Set<string> } | null = null;
  let frame = 0;

  const pointOf = (event: PointerEvent): InkPoint => toSlidePoint(event.clientX, event.clientY, svg.getBoundingClientRect(), event.pressure);
  const place = (element: SVGElement, point: InkPoint | null): void => {
    if (!point) return element.setAttribute('data-visible', 'false');
    element.setAttribute('transform', `translate(${(point[0] * slideWidth).toFixed(1)} ${(point[1] * slideHeight).toFixed(1)})`);
    element.setAttribute('data-visible', 'true');
  };

  const drawLive = (): void => {
    frame = 0;
    if (!drawing) return options.livePath.setAttribute('d', '');
    const width = inkWidths[drawing.tool];
    options.livePath.setAttribute('d', strokePath({ tool: drawing.tool, width, points: drawing.points }, false));
  };

  const eraseAt = (point: InkPoint): void => {
    if (!erasing) return;
    const before = erasing.ids.size;
    for (const annotation of options.savedInk()) {
      if (erasing.ids.has(annotation.id) || annotation.anchor.kind !== 'ink') continue;
      if (annotation.anchor.strokes.some((stroke) => touchesStroke(stroke, point, eraserRadius))) erasing.ids.add(annotation.id);
    }
    if (erasing.ids.size !== before) options.onErasing(new Set(erasing.ids));
  };

  const onPointerDown = (event: PointerEvent): void => {
    const tool = options.tool();
    event.stopPropagation();
    if (tool === null || tool === 'laser' || event.button !== 0) return;
    event.preventDefault();
    svg.setPointerCapture(event.pointerId);
    const point = pointOf(event);
    if (tool === 'eraser') {
      erasing = { pointerId: event.pointerId, ids: new Set() };
      eraseAt(point);
      return;
    }
    drawing = { pointerId: event.pointerId, slideId: options.slideId(), tool, colour: options.colour(), points: [point] };
    options.livePath.setAttribute('fill', drawing.colour);
    options.livePath.setAttribute('class', `ink-stroke ink-live is-${tool}`);
    drawLive();
  };

  const onPointerMove = (event: PointerEvent): void => {
    const tool = options.tool();
    const point = pointOf(event);
    place(options.laser, tool === 'laser' ? point : null);
    if (tool === 'laser') options.onLaser?.(point);
    place(options.eraserRing, tool === 'eraser' ? point : null);
    if (erasing?.pointerId === event.pointerId) {
      for (const each of event.getCoalescedEvents?.() ?? [event]) eraseAt(pointOf(each));
      return;
    }
    if (drawing?.pointerId !== event.pointerId) return;
    for (const each of event.getCoalescedEvents?.() ?? [event]) {
      if (drawing.points.length >= limits.pointsPerStroke) break;
      drawing.points = appendPoint(drawing.points, pointOf(each));
    }
    if (!frame) frame = requestAnimationFrame(drawLive);
  };

  const onPointerUp = (event: PointerEvent): void => {
    event.stopPropagation();
    if (erasing?.pointerId === event.pointerId) {
      const ids = erasing.ids;
      erasing = null;
      const touched = options.savedInk().filter((a) => ids.has(a.id));
      if (touched.length > 0) options.onErased(touched);
      else options.onErasing(new Set());
      return;
    }
    if (drawing?.pointerId !== event.pointerId) return;
    const { slideId, tool, colour, points } = drawing;
    drawing = null;
    cancelAnimationFrame(frame);
    drawLive();
    // A cancelled pointer (the system took it) still leaves what was drawn: nothing drawn is thrown away.
    options.onStroke(slideId, { tool, colour, width: inkWidths[tool], points });
  };

  const onPointerLeave = (): void => {
    if (options.laser.getAttribute('data-visible') === 'true') options.onLaser?.(null);
    place(options.laser, null);
    place(options.eraserRing, null);
  };
  const swallow = (event: Event): void => event.stopPropagation();

  svg.addEventListener('pointerdown', onPointerDown);
  svg.addEventListener('pointermove', onPointerMove);
  svg.addEventListener('pointerup', onPointerUp);
  svg.addEventListener('pointercancel', onPointerUp);
  svg.addEventListener('pointerleave', onPointerLeave);
  for (const type of swallowed) svg.addEventListener(type, swallow);
  return () => {
    cancelAnimationFrame(frame);
    svg.removeEventListener('pointerdown', onPointerDown);
    svg.removeEventListener('pointermove', onPointerMove);
    svg.removeEventListener('pointerup', onPointerUp);
    svg.removeEventListener('pointercancel', onPointerUp);
    svg.removeEventListener('pointerleave', onPointerLeave);
    for (const type of swallowed) svg.removeEventListener(type, swallow);
  };
}
