import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Slides are laid out on a 1920×1080 canvas and scaled, letterboxed, to whatever window they are shown in. */
export const stageWidth = 1920;
export const stageHeight = 1080;

export function Stage({ children, label }: { readonly children: ReactNode; readonly label: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const fit = (): void => setScale(Math.min(element.clientWidth / stageWidth, element.clientHeight / stageHeight));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="stage-frame" ref={frame}>
      <div
        className="stage"
        role="region"
        aria-roledescription="幻灯片"
        aria-label={label}
        style={{ transform: `translate(-50%, -50%) scale(${scale})` }}
      >
        {children}
      </div>
    </div>
  );
}
