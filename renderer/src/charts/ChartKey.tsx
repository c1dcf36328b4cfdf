import type { JSX } from 'react';
import type { RingKeyEntry } from './options/ring';

/**
 * The words of a chart that keeps none on its canvas (the ring): one row per part with a swatch drawn as
 * the part is drawn, its label and its value as the report states it, and the open side of a bound.
 */
export function ChartKey({ entries }: { readonly entries: readonly RingKeyEntry[] }): JSX.Element {
  return (
    <ul className="chart-key" data-fit="height">
      {entries.map((entry) => (
        <li key={`${entry.kind}-${entry.label}`} className={`chart-key-row is-${entry.kind}${entry.derived ? ' is-derived' : ''}`}>
          <span className="chart-key-swatch" aria-hidden="true" />
          <span className="chart-key-text">
            {entry.kind === 'open' ? (
              <span className="chart-key-note">{entry.text}</span>
            ) : (
              <>
                <span className="chart-key-label">{entry.label}</span>
                <span className="chart-key-value">
                  {entry.text}
                  {entry.derived && <span className="chart-key-derived">（推算）</span>}
                </span>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
