import { useEffect, useState } from 'react';

const format = (date: Date): string =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}:${String(date.getSeconds()).padStart(2, '0')}`;

/** The time of day, so the presenter knows when the meeting slot ends. */
export function WallClock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(tick);
  }, []);
  return (
    <section className="presenter-clock" aria-label="当前时间">
      <span className="presenter-label">现在</span>
      <time className="presenter-clock-time" dateTime={now.toISOString()}>
        {format(now)}
      </time>
    </section>
  );
}
