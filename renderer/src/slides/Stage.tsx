import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Slides are laid out on a 1920×1080 canvas and scaled, letterboxed, to whatever window they are shown in. */
export const stageWidth = 1920;
export const stageHeight = 1080;

export interface StageProps {
  readonly children: ReactNode;
  readonly label: string;
  /**
   * 'css' leaves the scale to a stylesheet (the first-paint layer: drawn ahead on a server, it cannot measure
   * the window); by default the stage measures its frame and scales itself.
   */
  readonly scaledBy?: 'measure' | 'css';
}

export function Stage({ children, label, scaledBy = 'measure' }: StageProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element || scaledBy === 'css') return;
    const fit = (): void => setScale(Math.min(element.clientWidth / stageWidth, element.clientHeight / stageHeight));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [scaledBy]);
  return (
    <div className="stage-frame" ref={frame}>
      <div
        className="stage"
        role="region"
        aria-roledescription="幻灯片"
        aria-label={label}
        style={scaledBy === 'css' ? undefined : { transform: `translate(-50%, -50%) scale(${scale})` }}
      >
        {children}
      </div>
    </div>
  );
}
