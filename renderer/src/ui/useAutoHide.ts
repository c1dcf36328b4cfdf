import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * True for a while after the mouse last moved. The toolbar uses it to stay out of the projected picture
 * during a talk (a clicker never moves the mouse) yet appear as soon as someone reaches for the mouse.
 * `hold(true)` keeps it shown (pointer over the toolbar, keyboard focus in it).
 */
export function useAutoHide(idleMs = 2500): [awake: boolean, hold: (held: boolean) => void] {
  const [awake, setAwake] = useState(false);
  const held = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const sleepLater = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!held.current) setAwake(false);
    }, idleMs);
  }, [idleMs]);

  useEffect(() => {
    // setAwake(true) when already awake is a no-op for React, so moving the mouse costs no render.
    const onMove = (): void => {
      setAwake(true);
      sleepLater();
    };
    window.addEventListener('mousemove', onMove, { passive: true });
    return () => {
      clearTimeout(timer.current);
      window.removeEventListener('mousemove', onMove);
    };
  }, [sleepLater]);

  const hold = useCallback(
    (value: boolean) => {
      held.current = value;
      if (value) setAwake(true);
      else sleepLater();
    },
    [sleepLater],
  );
  return [awake, hold];
}
