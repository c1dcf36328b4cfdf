import type { ReportModel } from '../shared/report';
import type { Figure } from '../shared/figure';
import { qualifierPlacement, valueWithUnit } from '../shared/format';

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
      valueColumn(f),
      `${f.label}${meaningNote(f)}`,
      `${f.period ?? '—'}${f.base ? `（${f.base}）` : ''}`,
      f.derived ? '推算' : '',
    ].join('\t'),
  );
  return `${lines.join('\n')}\n共 ${figures.length} 项数据\n`;
}

/**
 * The value as the report writes it (no unit after a word number: 九成, never 九成%), 约 / 近 in front as
 * read, any other qualifier after it in brackets so the column lines up: 95%（以上）, 2万亿元（突破）.
 */
function valueColumn(figure: Figure): string {
  const { inline } = qualifierPlacement(figure);
  const bracketed = figure.qualifier && !inline ? `（${figure.qualifier}）` : '';
  return `${inline}${valueWithUnit(figure)}${bracketed}`;
}

/** What the value means beside its label: 城乡居民收入差距（城镇:农村）, 投资增速（≥10%）. */
function meaningNote({ meaning }: Figure): string {
  if (!meaning) return '';
  return meaning.type === 'ratio' ? `（${meaning.terms.join(':')}）` : `（≥${meaning.value}${meaning.unit}）`;
}
