import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../main/core/report';
import type { ReportModel, ReportParagraph } from '../../../../main/shared/report';
import { placeFigures } from '../../../../main/core/report/placement';
import type { PlacedFigure } from '../../../../main/shared/figure';
import { readSeed, releaseWith } from './figures/helpers';

function paragraphsOf(report: ReportModel): Map<number, ReportParagraph> {
  const paragraphs = [
    ...report.parts.flatMap((part) => [...(part.lead ? [part.lead] : []), ...part.sections.flatMap((section) => section.paragraphs)]),
    ...(report.closing ? [report.closing] : []),
  ];
  return new Map(paragraphs.map((paragraph) => [paragraph.index, paragraph]));
}

function placed(source: string): { report: ReportModel; figures: PlacedFigure[]; paragraphs: Map<number, ReportParagraph> } {
  const { report, figures } = analyseReport(source);
  return { report, figures: placeFigures(report, figures), paragraphs: paragraphsOf(report) };
}

/** Every printed figure's value and quote, read back from its paragraph's plain text by the placed ranges. */
function expectExactPlacement(source: string): PlacedFigure[] {
  const { figures, paragraphs } = placed(source);
  const printed = figures.filter((figure) => !figure.derived);
  expect(printed.length).toBeGreaterThan(0);
  for (const figure of printed) {
    const text = paragraphs.get(figure.source.paragraphIndex)?.text ?? '';
    expect(text.slice(figure.valueRange.start, figure.valueRange.end)).toBe(figure.valueText);
    expect(text.slice(figure.quoteRange.start, figure.quoteRange.end)).toBe(figure.source.quoteText);
  }
  return printed;
}

function only(figures: readonly PlacedFigure[], valueText: string): PlacedFigure {
  const found = figures.filter((figure) => figure.valueText === valueText);
  expect(found).toHaveLength(1);
  return found[0] as PlacedFigure;
}

describe('placeFigures', () => {
  it('places every printed figure of the seed exactly on its paragraph text', () => {
    const printed = expectExactPlacement(readSeed());
    expect(printed.length).toBeGreaterThanOrEqual(40);
  });

  it('places figures around PM<sub>2.5</sub> markup and across a layout break inside the quote', () => {
    const source = releaseWith(
      '全区细颗粒物（PM<sub>2.5</sub>）平均浓度下降至26微克/立方米，投用8',
      '个国家级重点专科，优良天数比例达到90.6%。',
    );
    const printed = expectExactPlacement(source);
    const { report } = analyseReport(source);
    expect(report.joins).toHaveLength(1);
    const quote = '全区细颗粒物（PM2.5）平均浓度下降至26微克/立方米，投用8个国家级重点专科，优良天数比例达到90.6%。';
    for (const valueText of ['26', '8', '90.6']) {
      const figure = only(printed, valueText);
      expect(figure.source.quoteText).toBe(quote);
      expect(figure.quoteRange).toEqual({ start: 0, end: quote.length });
      // the source quote keeps the markup and the break; the plain-text range does not
      expect(figure.source.quote).toContain('<sub>');
      expect(figure.source.quote).toContain('\n\n');
    }
    expect(only(printed, '8').valueRange).toEqual({ start: quote.indexOf('8个'), end: quote.indexOf('8个') + 1 });
  });

  it('places a value whose digits also occur in dropped markup before it', () => {
    // The attribute's "1" comes before the value's "1" in the source but is no character of the plain text.
    const printed = expectExactPlacement(releaseWith('全区城镇新增就业<span data-n="1">12</span>万人，成效明显。'));
    expect(only(printed, '12').valueRange).toEqual({ start: 8, end: 10 });
  });

  it('places the figures of a model that was not made by parseReport (rebuilt maps) the same way', () => {
    const { report, figures } = analyseReport(readSeed());
    const copy = JSON.parse(JSON.stringify(report)) as ReportModel;
    expect(placeFigures(copy, figures)).toEqual(placeFigures(report, figures));
  });

  it('refuses a figure of a paragraph the report does not have', () => {
    const { report, figures } = analyseReport(readSeed());
    const figure = figures[0];
    if (!figure) throw new Error('the seed has figures');
    const stray = { ...figure, source: { ...figure.source, paragraphIndex: 9999 } };
    expect(() => placeFigures(report, [stray])).toThrow(/unknown paragraph 9999/);
  });
});
