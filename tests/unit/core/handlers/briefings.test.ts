import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../main/core/app';
import { getBriefingHandler, getSourceHandler } from '../../../../main/core/handlers/briefings';
import { listLibraryHandler } from '../../../../main/core/handlers/library';
import { listFiguresHandler } from '../../../../main/core/handlers/figures';
import { AppError } from '../../../../main/shared/result';
import { dataDir, seedText, tempDir } from '../../../support/temp';

let dir: ReturnType<typeof tempDir>;
let core: AppCore;
beforeEach(() => {
  dir = tempDir();
  core = startCore(join(dir.path, 'store.db'), dataDir);
});
afterEach(() => {
  core.close();
  dir.cleanup();
});

describe('briefing handlers on a fresh store', () => {
  it('finds the embedded default report imported on first run, and only once', () => {
    const list = listLibraryHandler({}, core);
    expect(list).toHaveLength(1);
    expect(list[0]?.title).toBe('“十四五”成就');
    core.close();
    core = startCore(join(dir.path, 'store.db'), dataDir);
    expect(listLibraryHandler({}, core)).toHaveLength(1);
  });

  it('returns parts, sections and paragraphs in document order, text kept verbatim', () => {
    const id = listLibraryHandler({}, core)[0]?.id ?? 0;
    const briefing = getBriefingHandler({ id }, core);
    const source = getSourceHandler({ id }, core).text;
    expect(source).toBe(seedText());
    expect(briefing.parts.map((p) => p.slogan)).toEqual(['四个显著提升', '三个持续向好', '三个新跃升']);
    expect(briefing.parts.map((p) => p.sections.length)).toEqual([4, 3, 3]);
    expect(briefing.closing?.text).toBe('内蒙古答卷');
    const paragraphs = briefing.parts.flatMap((p) => [...(p.lead ? [p.lead] : []), ...p.sections.flatMap((s) => s.paragraphs)]);
    for (const p of paragraphs) {
      // Every stored paragraph is its source span with markup removed and layout breaks joined.
      const span = source.slice(p.sourceStart, p.sourceEnd).replace(/<\/?sub>/g, '').replace(/\n+/g, '');
      expect(p.text).toBe(span);
    }
    const positions = paragraphs.map((p) => p.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('throws NOT_FOUND for a briefing that does not exist', () => {
    expect(() => getBriefingHandler({ id: 4242 }, core)).toThrow(AppError);
    expect(() => listFiguresHandler({ briefingId: 4242 }, core)).toThrow(/找不到/);
  });

  it('lists figures by briefing and by section', () => {
    const briefing = getBriefingHandler({ id: 1 }, core);
    const all = listFiguresHandler({ briefingId: 1 }, core);
    expect(all.length).toBeGreaterThanOrEqual(40);
    const section = briefing.parts[0]?.sections[1];
    const ofSection = listFiguresHandler({ briefingId: 1, sectionId: section?.id ?? 0 }, core);
    expect(ofSection.length).toBeGreaterThan(0);
    expect(ofSection.every((f) => f.sectionId === section?.id)).toBe(true);
    expect(ofSection.map((f) => f.key)).toEqual(all.filter((f) => f.sectionId === section?.id).map((f) => f.key));
  });

  it('places every printed figure value on its paragraph text', () => {
    const briefing = getBriefingHandler({ id: 1 }, core);
    const paragraphs = new Map(
      briefing.parts.flatMap((p) => [...(p.lead ? [p.lead] : []), ...p.sections.flatMap((s) => s.paragraphs)]).map((p) => [p.id, p]),
    );
    for (const figure of listFiguresHandler({ briefingId: 1 }, core)) {
      if (figure.derived) continue;
      const text = paragraphs.get(figure.paragraphId)?.text ?? '';
      expect(text.slice(figure.valueRange.start, figure.valueRange.end)).toBe(figure.valueText);
      expect(text.slice(figure.quoteRange.start, figure.quoteRange.end)).toBe(figure.source.quoteText);
    }
  });
});
