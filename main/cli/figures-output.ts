import type { ReportModel } from '../core/report/model';
import type { Figure } from '../shared/figure';

/** One figure as the CLI prints it: the figure plus the heading of the section it sits in. */
export interface FigureJson extends Figure {
  readonly section: string | null;
  readonly quote: string;
}

export function toFigureJson({ report, figures }: { report: ReportModel; figures: readonly Figure[] }): FigureJson[] {
  const headings = new Map<number, string>();
  for (const part of report.parts) for (const section of part.sections) headings.set(section.index, section.heading);
  const partHeadlines = new Map(report.parts.map((part) => [part.index, part.headline]));
  return figures.map((figure) => ({
    ...figure,
    section:
      figure.source.sectionIndex === null
        ? (partHeadlines.get(figure.source.partIndex) ?? null)
        : (headings.get(figure.source.sectionIndex) ?? null),
    quote: figure.source.quote,
  }));
}

export function formatFigureTable(figures: readonly FigureJson[]): string {
  const lines = figures.map((f) =>
    [
      String(f.index + 1).padStart(3),
      `${f.qualifier === '约' ? '约' : ''}${f.valueText}${/[0-9]/.test(f.valueText) ? f.unit : ''}${f.qualifier && f.qualifier !== '约' ? `（${f.qualifier}）` : ''}`,
      `${f.label}${meaningNote(f)}`,
      `${f.period ?? '—'}${f.base ? `（${f.base}）` : ''}`,
      f.derived ? '推算' : '',
    ].join('\t'),
  );
  return `${lines.join('\n')}\n共 ${figures.length} 项数据\n`;
}

/** What the value means beside its label: 城乡居民收入差距（城镇:农村）, 投资增速（≥10%）. */
function meaningNote({ meaning }: Figure): string {
  if (!meaning) return '';
  return meaning.type === 'ratio' ? `（${meaning.terms.join(':')}）` : `（≥${meaning.value}${meaning.unit}）`;
}
