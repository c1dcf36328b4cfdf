import { describe, expect, it } from 'vitest';
import { paragraphSourceMaps, parseReport } from '../../../../../main/core/report/parse/index';
import { paragraphSourceMap } from '../../../../../main/core/report/parse/mapped-text';

const offsets = (values: number[]): Int32Array => Int32Array.from(values);

/** Every character's span through the map, and one index past each end. */
function spansOf(map: ReturnType<typeof paragraphSourceMap>): (number | undefined)[][] {
  return Array.from({ length: map.length + 2 }, (_, i) => [map.startOf(i - 1), map.endOf(i - 1)]);
}

describe('paragraphSourceMap', () => {
  it('gives a verbatim paragraph (char i is source[first + i]) the same spans as its per-character offsets', () => {
    const map = paragraphSourceMap({ starts: offsets([40, 41, 42]), ends: offsets([41, 42, 43]) });
    expect(map.length).toBe(3);
    expect(spansOf(map)).toEqual([[undefined, undefined], [40, 41], [41, 42], [42, 43], [undefined, undefined]]);
  });

  it('keeps every offset of a paragraph that is not its source verbatim', () => {
    // PM<sub>2.5</sub>: the 2 comes from after the tag, and a character may span more than one source unit.
    const starts = [10, 11, 17, 18, 19];
    const ends = [11, 12, 18, 19, 20];
    const map = paragraphSourceMap({ starts: offsets(starts), ends: offsets(ends) });
    expect(spansOf(map)).toEqual([[undefined, undefined], ...starts.map((start, i) => [start, ends[i]]), [undefined, undefined]]);
    const wide = paragraphSourceMap({ starts: offsets([0, 1]), ends: offsets([1, 3]) });
    expect(wide.endOf(1)).toBe(3);
  });

  it('maps an empty text to nothing', () => {
    const map = paragraphSourceMap({ starts: offsets([]), ends: offsets([]) });
    expect(map.length).toBe(0);
    expect([map.startOf(0), map.endOf(0)]).toEqual([undefined, undefined]);
  });

  it('is exact for plain and marked-up paragraphs of a parsed report alike', () => {
    const source = ['# 标题', '', '## 一、经济', '', '本报讯 全省地区生产总值增长5.2%。', '', '### 环境', '', 'PM<sub>2.5</sub>平均浓度下降到28微克/立方米。', ''].join('\n');
    const report = parseReport(source);
    const maps = paragraphSourceMaps(report);
    const paragraphs = report.parts.flatMap((part) => [...(part.lead ? [part.lead] : []), ...part.sections.flatMap((section) => section.paragraphs)]);
    expect(paragraphs.length).toBe(2);
    for (const paragraph of paragraphs) {
      const map = maps.get(paragraph.index);
      expect(map?.length).toBe(paragraph.text.length);
      for (let i = 0; i < paragraph.text.length; i++) expect(source.charAt(map?.startOf(i) ?? -1)).toBe(paragraph.text.charAt(i));
    }
  });
});
