import { useMemo, useState } from 'react';
import type { LoadedBriefing } from '../app/useBriefing';
import type { StoredParagraph } from '../../../main/core/store/queries/briefings';
import type { StoredFigure } from '../../../main/core/store/queries/figures';
import { RichText } from '../text/RichText';
import { FigureDetails } from './FigureDetails';

/** The report as written, every figure highlighted; selecting one shows what it measures and where from. */
export function SourceView({ data }: { readonly data: LoadedBriefing }) {
  const { briefing, figures } = data;
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const byParagraph = useMemo(() => {
    const map = new Map<number, StoredFigure[]>();
    for (const figure of figures) {
      if (figure.derived) continue; // a derived value has no words of its own in the text
      const list = map.get(figure.paragraphId) ?? [];
      list.push(figure);
      map.set(figure.paragraphId, list);
    }
    return map;
  }, [figures]);
  const selected = figures.find((f) => f.key === selectedKey) ?? null;

  const paragraph = (p: StoredParagraph, className?: string) => (
    // data-paragraph-id: where a selection or a search result lands (offsets are into this paragraph's text).
    <p key={p.id} className={className} data-paragraph-id={p.id}>
      <RichText
        text={p.text}
        marks={p.marks}
        highlights={(byParagraph.get(p.id) ?? []).map((f) => ({
          start: f.valueRange.start,
          end: f.valueRange.end,
          id: f.key,
          selected: f.key === selectedKey,
        }))}
        onSelectHighlight={setSelectedKey}
      />
    </p>
  );

  return (
    <div className="source-view">
      <article className="source-text" aria-label="报告原文">
        <h1>{briefing.title}</h1>
        <p className="source-summary">
          共 {figures.filter((f) => !f.derived).length} 项数据，另有 {figures.filter((f) => f.derived).length} 项推算值。点击高亮的数字查看详情。
        </p>
        {briefing.parts.map((part) => (
          <section key={part.id} className="source-part">
            <h2>{part.headline}</h2>
            {part.lead && paragraph(part.lead, 'source-lead')}
            {part.sections.map((section) => (
              <section key={section.id} className="source-section">
                <h3>{section.heading}</h3>
                {section.paragraphs.map((p) => paragraph(p))}
              </section>
            ))}
          </section>
        ))}
        {briefing.closing && paragraph(briefing.closing, 'source-closing')}
      </article>
      <aside className="source-details" aria-label="数据详情" aria-live="polite">
        {selected ? (
          <FigureDetails figure={selected} all={figures} onSelect={setSelectedKey} />
        ) : (
          <p className="source-hint">选择原文中高亮的数字，查看其指标、数值、单位、时期、关系与出处。</p>
        )}
      </aside>
    </div>
  );
}
