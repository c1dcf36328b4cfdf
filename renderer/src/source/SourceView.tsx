import { useEffect, useMemo, useState } from 'react';
import type { LoadedBriefing } from './useBriefing';
import type { StoredParagraph } from '../../../main/shared/briefing';
import type { ReviewedFigure } from '../../../main/shared/figure-corrections';
import type { Slide } from '../../../main/shared/deck';
import { RichText } from '../text/RichText';
import { FigureDetails } from './FigureDetails';
import { slidesOfFigures } from './figure-slides';
import type { CorrectionDraft } from './CorrectionPanel';

interface SourceViewProps {
  readonly data: LoadedBriefing;
  /** The deck of the same briefing, to say on which slide a figure is shown. */
  readonly slides: readonly Slide[];
  /** Open the deck on slide `index` (0-based). */
  readonly onOpenSlide: (index: number) => void;
  /** Save a figure's correction (or undo it): resolves to the figure as now corrected, rejects with the refusal. */
  readonly onCorrect: (figureKey: string, draft: CorrectionDraft) => Promise<ReviewedFigure>;
  readonly onUncorrect: (figureKey: string) => Promise<ReviewedFigure>;
}

/**
 * The report as written, every figure highlighted; selecting one shows what it measures, where it came from
 * and on which slide it is shown. The details take a column only while a figure is selected, and on a
 * narrow window (or beside the notes panel) they lie over the foot of the text instead, so the report keeps
 * a readable measure at every size.
 */
export function SourceView({ data, slides, onOpenSlide, onCorrect, onUncorrect }: SourceViewProps) {
  const { briefing } = data;
  // A correction replaces its figure here, so the details and the text show it at once.
  const [figures, setFigures] = useState<readonly ReviewedFigure[]>(data.figures);
  const replace = (next: ReviewedFigure): void => setFigures((all) => all.map((f) => (f.key === next.key ? next : f)));
  const slideOf = useMemo(() => slidesOfFigures(slides), [slides]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const byParagraph = useMemo(() => {
    const map = new Map<number, ReviewedFigure[]>();
    for (const figure of figures) {
      if (figure.derived) continue; // a derived value has no words of its own in the text
      const list = map.get(figure.paragraphId) ?? [];
      list.push(figure);
      map.set(figure.paragraphId, list);
    }
    return map;
  }, [figures]);
  const selected = figures.find((f) => f.key === selectedKey) ?? null;
  const corrected = figures.filter((f) => f.correction).length;
  // The chosen figure stays in sight above the details, wherever they open (a column or over the text).
  useEffect(() => {
    if (selectedKey === null) return;
    document.querySelector(`.source-text [data-figure="${CSS.escape(selectedKey)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey]);

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
          ...(f.correction ? { review: f.correction.excluded ? ('excluded' as const) : ('corrected' as const) } : {}),
        }))}
        onSelectHighlight={setSelectedKey}
      />
    </p>
  );

  return (
    <div className="source-view" data-details={selected ? 'open' : 'closed'}>
      <article className="source-text" aria-label="报告原文">
        <h1>{briefing.title}</h1>
        <p className="source-summary">
          共 {figures.filter((f) => !f.derived).length} 项数据，另有 {figures.filter((f) => f.derived).length} 项推算值
          {corrected > 0 && `，其中 ${corrected} 项已更正`}。点击高亮的数字查看详情。
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
      <aside className="source-details" aria-label="数据详情" aria-live="polite" hidden={!selected}>
        {selected && (
          <FigureDetails
            figure={selected}
            all={figures}
            onSelect={setSelectedKey}
            onClose={() => setSelectedKey(null)}
            slideIndex={slideOf.get(selected.key) ?? null}
            onOpenSlide={onOpenSlide}
            onCorrect={async (draft) => replace(await onCorrect(selected.key, draft))}
            onUncorrect={async () => replace(await onUncorrect(selected.key))}
          />
        )}
      </aside>
    </div>
  );
}
