import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reimportReport } from '../../../../../main/core/briefings/reimport';
import { applyDeckEdits, checkBriefingDeck } from '../../../../../main/core/deck/edits/service';
import { numbersIn } from '../../../../../main/core/deck/edits/check';
import { closeStore, type Db } from '../../../../../main/core/store/connection';
import type { DeckEdit } from '../../../../../main/shared/deck-edits';
import { editedSeedText, section, storeWithSeed } from './support';

let db: Db;
let briefingId: number;
beforeEach(() => ({ db, briefingId } = storeWithSeed()));
afterEach(() => closeStore(db));

const apply = (...edits: DeckEdit[]) => applyDeckEdits(db, briefingId, edits);
const findings = () => checkBriefingDeck(db, briefingId).findings;

describe('检查: every number on the deck is a stored figure', () => {
  it('finds nothing on the embedded report as generated', () => {
    expect(findings()).toEqual([]);
  });

  it('flags a number a free text slide invents, and passes the report’s own figures and periods', () => {
    apply({ op: 'addText', after: 'cover', title: '2024年要点', lines: ['经济总量突破2.6万亿元', '建成率84.3%，增长99.9%', '农业机械化率九成，收入翻三倍'] });
    expect(findings()).toEqual([
      { kind: 'unstored-number', slideKey: 'text:1', slideTitle: '2024年要点', where: 'text', number: '99.9', message: '《2024年要点》的要点中的“99.9”不是报告中的数据' },
      { kind: 'unstored-number', slideKey: 'text:1', slideTitle: '2024年要点', where: 'text', number: '三', message: '《2024年要点》的要点中的“三”不是报告中的数据' },
    ]);
  });

  it('flags invented numbers in a new title and in edited notes, not the report’s numbers kept in them', () => {
    apply({ op: 'retitle', key: 'closing', title: '答卷2099' }, { op: 'notes', key: section.infrastructure, text: '里程23.8万公里，再加7条线' });
    expect(findings().map((f) => (f.kind === 'unstored-number' ? [f.slideKey, f.where, f.number] : f.kind))).toEqual([
      [section.infrastructure, 'notes', '7'],
      ['closing', 'title', '2099'],
    ]);
  });

  it('after a re-import, lists the edits that no longer apply and the edited slides whose figures vanished', () => {
    apply({ op: 'retitle', key: section.infrastructure, title: '交通' }, { op: 'hide', key: section.culture });
    reimportReport(db, briefingId, 'v2.txt', editedSeedText());
    expect(findings()).toEqual([
      {
        kind: 'vanished-figures',
        slideKey: section.infrastructure,
        slideTitle: '交通',
        figureKeys: ['民用机场数量|-|个'],
        message: '《交通》修改时显示的数据已不在报告中：民用机场数量|-|个',
      },
      {
        kind: 'orphaned-edit',
        edit: { op: 'hide', key: section.culture },
        slideTitle: '文化体育服务供给能力显著提升',
        message: `修改（hide）《文化体育服务供给能力显著提升》已不适用：没有键为“${section.culture}”的幻灯片`,
      },
    ]);
  });
});

describe('numbersIn', () => {
  it('reads digits as written (full-width made plain, thousands separators dropped) and word numbers before 成 or 倍', () => {
    expect(numbersIn('达到２０２５年，共1,234.5亿元，占2/3，九成，两倍，第一')).toEqual(['2025', '1234.5', '2/3', '九', '两']);
  });
});
