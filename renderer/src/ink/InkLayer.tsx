import './ink.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, InkStroke } from '../../../main/shared/annotations';
import type { Annotations } from '../annotations/context';
import { inkOnSlide } from '../annotations/filters';
import { useStore } from '../ui/use-store';
import { slideHeight, slideWidth, strokePath } from './ink-geometry';
import { attachInkInput } from './ink-input';
import { colourOf } from '../annotations/ink-tools';
import { InkStrokePath } from './InkStrokePath';
import { drawnStrokes, type DrawnStroke } from './stroke-paths';

interface PendingStroke {
  readonly key: number;
  readonly slideId: string;
  readonly drawn: DrawnStroke;
  readonly failed: boolean;
}

interface InkLayerProps {
  readonly annotations: Annotations;
  readonly slideId: string;
  /** The presenter view shows the ink but draws none. */
  readonly readOnly?: boolean;
}

/**
 * The ink of the slide on screen, in an SVG over the 1920×1080 stage, and — with a tool in hand — the
 * surface that is drawn on. Each finished stroke is saved at once as one ink annotation (so each can be
 * erased and undone on its own, and nothing drawn waits for a later save). Until the core has saved it, a
 * stroke is drawn from memory; one that could not be saved stays drawn, marked, with 重试 on offer.
 */
export function InkLayer({ annotations, slideId, readOnly = false }: InkLayerProps) {
  const { store, ink, actions } = annotations;
  const all = useStore(store.state, (s) => s.annotations);
  const toolSetting = useStore(ink, (s) => s.tool);
  const tool = readOnly ? null : toolSetting;
  const remoteLaser = useStore(annotations.laser.remote, (s) => s.spot);
  const saved = useMemo(() => inkOnSlide(all, slideId), [all, slideId]);
  const [pending, setPending] = useState<readonly PendingStroke[]>([]);
  const [erasing, setErasing] = useState<ReadonlySet<string>>(new Set());

  const svg = useRef<SVGSVGElement>(null);
  const livePath = useRef<SVGPathElement>(null);
  const laser = useRef<SVGGElement>(null);
  const eraserRing = useRef<SVGCircleElement>(null);
  // The pointer handlers are wired once; they read the current values through this.
  const now = useRef({ slideId, saved });
  useEffect(() => {
    now.current = { slideId, saved };
  }, [slideId, saved]);

  useEffect(() => {
    const element = svg.current;
    if (readOnly || !element || !livePath.current || !laser.current || !eraserRing.current) return;
    let nextKey = 1;
    const save = (strokeSlide: string, stroke: InkStroke): void => {
      if (stroke.points.length === 0) return;
      const key = nextKey++;
      const drawn: DrawnStroke = { key: `pending-${key}`, annotationId: null, tool: stroke.tool, colour: stroke.colour, path: strokePath(stroke) };
      setPending((list) => [...list, { key, slideId: strokeSlide, drawn, failed: false }]);
      const forget = (): void => setPending((list) => list.filter((p) => p.key !== key));
      void actions.addInk(strokeSlide, stroke, forget).then((result) => {
        if (!result) setPending((list) => list.map((p) => (p.key === key ? { ...p, failed: true } : p)));
      });
    };
    return attachInkInput(element, {
      tool: () => ink.getState().tool,
      colour: () => colourOf(ink.getState()),
      slideId: () => now.current.slideId,
      savedInk: () => now.current.saved,
      onStroke: save,
      onErasing: setErasing,
      onErased: (strokes: readonly Annotation[]) => {
        void actions.eraseInk(strokes).finally(() => setErasing(new Set()));
      },
      onLaser: (point) => annotations.laser.send(point ? { slideId: now.current.slideId, x: point[0], y: point[1] } : null),
      livePath: livePath.current,
      laser: laser.current,
      eraserRing: eraserRing.current,
    });
  }, [readOnly, ink, actions, annotations.laser]);

  // Putting the laser down (or leaving the slide) takes the dot off the other window too.
  useEffect(() => {
    if (tool !== 'laser') return;
    return () => annotations.laser.send(null);
  }, [tool, slideId, annotations.laser]);

  const shownPending = pending.filter((p) => p.slideId === slideId);
  return (
    <svg
      ref={svg}
      className={`ink-layer${tool ? ` is-active tool-${tool}` : ''}`}
      viewBox="0 0 1920 1080"
      data-ink-slide={slideId}
      aria-hidden="true"
      focusable="false"
    >
      <g className="ink-saved">
        {saved
          .filter((annotation) => !erasing.has(annotation.id))
          .flatMap((annotation) => drawnStrokes(annotation))
          .map((drawn) => (
            <InkStrokePath key={drawn.key} stroke={drawn} />
          ))}
      </g>
      <g className="ink-pending">
        {shownPending.map((p) => (
          <InkStrokePath key={p.drawn.key} stroke={p.drawn} state={p.failed ? 'failed' : 'saving'} />
        ))}
      </g>
      <path ref={livePath} className="ink-stroke ink-live" d="" />
      <circle ref={eraserRing} className="ink-eraser-ring" r="18" data-visible="false" />
      <g ref={laser} className="ink-laser" data-visible="false">
        <circle className="ink-laser-glow" r="26" />
        <circle className="ink-laser-dot" r="10" />
      </g>
      {remoteLaser && remoteLaser.slideId === slideId && (
        // The other window's pointer (the presenter's, seen by the audience, or the other way round).
        <g
          className="ink-laser is-remote"
          data-visible="true"
          transform={`translate(${(remoteLaser.x * slideWidth).toFixed(1)} ${(remoteLaser.y * slideHeight).toFixed(1)})`}
        >
          <circle className="ink-laser-glow" r="26" />
          <circle className="ink-laser-dot" r="10" />
        </g>
      )}
    </svg>
  );
}
