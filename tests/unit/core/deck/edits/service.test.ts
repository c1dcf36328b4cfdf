import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reimportReport } from '../../../../../main/core/briefings/reimport';
import { loadDeck } from '../../../../../main/core/deck/load';
import { setPositionHandler } from '../../../../../main/core/handlers/deck';
import { applyDeckEdits, loadEditedDeck, redoDeckEdit, undoDeckEdit } from '../../../../../main/core/deck/edits/service';
import { closeStore, type Db } from '../../../../../main/core/store/connection';
import { listFiguresOfBriefing } from '../../../../../main/core/store/queries/figures';
import type { AgendaSlide } from '../../../../../main/shared/deck';
import type { DeckEdit } from '../../../../../main/shared/deck-edits';
import { AppError } from '../../../../../main/shared/result';
import { expectEveryNumberStored } from '../../../../fixtures/deck/expect-stored';
import { seedText } from '../../../../support/temp';
import { contentOf, editedSeedText, keysOf, section, slideOf, storeWithSeed } from './support';

let db: Db;
let briefingId: number;
beforeEach(() => ({ db, briefingId } = storeWithSeed()));
afterEach(() => closeStore(db));

const apply = (...edits: DeckEdit[]) => applyDeckEdits(db, briefingId, edits);
const generated = () => loadEditedDeck(db, briefingId).deck;
const tables = () => db.prepare('SELECT (SELECT json_group_array(json_array(batch, position, edit_json)) FROM deck_edits), (SELECT json_group_array(applied_batch) FROM deck_edit_cursor)').raw().get();

function refusal(edits: unknown[]): string {
  try {
    applyDeckEdits(db, briefingId, edits);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    return (error as AppError).message;
  }
  throw new Error('the edits were applied');
}

describe('deck edits, each op', () => {
  it('retitles a slide: its title and what it shows as its heading', () => {
    const { deck } = apply({ op: 'retitle', key: section.economy, title: '经济' }, { op: 'retitle', key: 'part:内蒙古生态屏障筑就『三个持续向好』', title: '生态' });
    expect(contentOf(deck.slides, section.economy)).toMatchObject({ title: '经济', heading: '经济' });
    expect(slideOf(deck.slides, 'part:内蒙古生态屏障筑就『三个持续向好』')).toMatchObject({ title: '生态', headline: '生态' });
  });

  it('hides and shows a slide, which stays in the deck in its place', () => {
    const before = keysOf(generated().slides);
    expect(slideOf(apply({ op: 'hide', key: 'agenda' }).deck.slides, 'agenda').hidden).toBe(true);
    const shown = apply({ op: 'show', key: 'agenda' }).deck;
    expect(keysOf(shown.slides)).toEqual(before);
    expect(shown.slides.every((s) => s.hidden === false)).toBe(true);
  });

  it('moves a slide before another, or last', () => {
    const moved = apply({ op: 'move', key: 'closing', before: 'agenda' }, { op: 'move', key: 'cover', before: null }).deck;
    const keys = keysOf(moved.slides);
    expect(keys.slice(0, 2)).toEqual(['closing', 'agenda']);
    expect(keys.at(-1)).toBe('cover');
    expect(new Set(keys).size).toBe(keysOf(generated().slides).length);
  });

  it('replaces the speaker notes, one paragraph per line', () => {
    const { deck } = apply({ op: 'notes', key: 'cover', text: '开场白\n\n  第二段  \n' });
    expect(slideOf(deck.slides, 'cover').notes).toEqual(['开场白', '第二段']);
  });

  it('chooses a chart among those the slide’s figures fit, or none, and refuses one they do not', () => {
    const page = `${section.livelihood}>落户国家区域医疗中心|-|个`;
    expect(contentOf(generated().slides, page).chartKinds).toEqual(['before-after', 'bars', 'gauge']);
    const deck = apply({ op: 'chart', key: page, type: 'gauge' }).deck;
    const slide = contentOf(deck.slides, page);
    expect(slide.chart?.kind).toBe('gauge');
    expect(slide.steps).toBe(slide.cards.length);
    expectEveryNumberStored(deck, listFiguresOfBriefing(db, briefingId));
    expect(contentOf(apply({ op: 'chart', key: page, type: 'none' }).deck.slides, page).chart).toBeNull();
    expect(refusal([{ op: 'chart', key: page, type: 'ring' }])).toContain('第 1 项（chart）：该页的数据不适合 ring 图表（可选：before-after、bars、gauge、none）');
    expect(refusal([{ op: 'chart', key: 'cover', type: 'bars' }])).toContain('只有带数据的内容页可以选择图表');
  });

  it('sets minutes per slide and budgets per part and section', () => {
    const part = 'part:内蒙古民生福祉实现“四个显著提升”';
    const { deck } = apply(
      { op: 'minutes', key: 'cover', minutes: 1.5 },
      { op: 'budget', key: part, minutes: 10 },
      { op: 'budget', key: section.economy, minutes: 4 },
    );
    expect(slideOf(deck.slides, 'cover').minutes).toBe(1.5);
    expect(slideOf(deck.slides, 'agenda').minutes).toBeNull();
    expect(deck.budgets).toEqual([
      { key: part, scope: 'part', title: '内蒙古民生福祉实现“四个显著提升”', minutes: 10 },
      { key: section.economy, scope: 'section', title: '综合经济实力实现新跃升', minutes: 4 },
    ]);
    expect(refusal([{ op: 'budget', key: 'cover', minutes: 3 }])).toContain('没有键为“cover”的部分或小节');
    expect(refusal([{ op: 'minutes', key: 'cover', minutes: -1 }])).toContain('第 1 项（minutes）：minutes：分钟数不能为负（0 表示不设时长）');
  });

  it('takes a slide’s minutes or a budget away again with 0', () => {
    const part = 'part:内蒙古民生福祉实现“四个显著提升”';
    apply({ op: 'minutes', key: 'cover', minutes: 1.5 }, { op: 'budget', key: part, minutes: 10 }, { op: 'budget', key: section.economy, minutes: 4 });
    const { deck } = apply({ op: 'minutes', key: 'cover', minutes: 0 }, { op: 'budget', key: part, minutes: 0 });
    expect(slideOf(deck.slides, 'cover').minutes).toBeNull();
    expect(deck.budgets).toEqual([{ key: section.economy, scope: 'section', title: '综合经济实力实现新跃升', minutes: 4 }]);
  });

  it('lists each part’s planned time and the meeting’s on the agenda, only once a time is set', () => {
    const agendaOf = (slides: readonly { kind: string }[]) => slides.find((s): s is AgendaSlide => s.kind === 'agenda');
    const plain = agendaOf(generated().slides);
    expect(plain?.plannedMinutes).toBeUndefined();
    expect(plain?.items.every((item) => item.minutes === undefined)).toBe(true);

    const part = 'part:内蒙古民生福祉实现“四个显著提升”';
    const divider = slideOf(generated().slides, part);
    const { deck } = apply({ op: 'minutes', key: 'cover', minutes: 1.5 }, { op: 'budget', key: part, minutes: 10 });
    const agenda = agendaOf(deck.slides);
    expect(agenda?.plannedMinutes).toBe(11.5);
    expect(agenda?.items.map((item) => item.minutes)).toEqual(agenda?.items.map((item) => (divider.kind === 'divider' && item.partIndex === divider.partIndex ? 10 : null)));
  });

  it('moves a figure card to another page of the same section, redrawing both, and never across sections', () => {
    const second = `${section.livelihood}>落户国家区域医疗中心|-|个`;
    const figure = '投用国家级临床重点专科|-|个';
    expect(refusal([{ op: 'moveFigure', figure: '城乡居民收入差距|-|-', to: second }])).toContain('目标页已有 6 张数据卡片');
    const { deck } = apply({ op: 'moveFigure', figure, to: section.livelihood });
    expect(contentOf(deck.slides, second).cards.map((c) => c.figureKey)).not.toContain(figure);
    expect(contentOf(deck.slides, section.livelihood).cards.map((c) => c.figureKey)).toContain(figure);
    expectEveryNumberStored(deck, listFiguresOfBriefing(db, briefingId));
    expect(refusal([{ op: 'moveFigure', figure: '综合交通网里程|-|万公里', to: section.economy }])).toContain('数据卡片只能移到同一小节的另一页');
    expect(refusal([{ op: 'moveFigure', figure: '不存在|-|-', to: section.economy }])).toContain('没有数据“不存在|-|-”');
  });

  it('adds a free text slide after another, gives it a key, and rewrites its lines', () => {
    const added = apply({ op: 'addText', after: 'cover', title: '今天的三件事', lines: ['民生', '生态'] }).deck;
    const slide = contentOf(added.slides, 'text:1');
    expect(keysOf(added.slides).slice(0, 2)).toEqual(['cover', 'text:1']);
    expect(slide).toMatchObject({ free: true, title: '今天的三件事', heading: '今天的三件事', points: ['民生', '生态'], cards: [], chart: null, id: 'text-1' });
    const rewritten = apply({ op: 'text', key: 'text:1', lines: ['发展'] }, { op: 'addText', after: 'text:1', title: '二', lines: [] }).deck;
    expect(contentOf(rewritten.slides, 'text:1').points).toEqual(['发展']);
    expect(keysOf(rewritten.slides).slice(0, 3)).toEqual(['cover', 'text:1', 'text:2']);
    expect(refusal([{ op: 'text', key: 'cover', lines: ['x'] }])).toContain('只有自己添加的文字页可以改写要点');
  });

  it('resets one slide to the generated one: title, notes, hiding, chart, its figures and its place; a free slide goes', () => {
    const page = `${section.livelihood}>落户国家区域医疗中心|-|个`;
    const original = generated();
    apply(
      { op: 'retitle', key: page, title: '改' },
      { op: 'hide', key: page },
      { op: 'notes', key: page, text: '备注' },
      { op: 'chart', key: page, type: 'bars' },
      { op: 'moveFigure', figure: '投用国家级临床重点专科|-|个', to: section.livelihood },
      { op: 'move', key: page, before: 'agenda' },
      { op: 'addText', after: 'cover', title: '临时', lines: [] },
      { op: 'retitle', key: 'agenda', title: '议程' },
    );
    const { deck } = apply({ op: 'reset', key: page }, { op: 'reset', key: 'text:1' });
    expect(contentOf(deck.slides, page)).toEqual(contentOf(original.slides, page));
    expect(contentOf(deck.slides, section.livelihood)).toEqual(contentOf(original.slides, section.livelihood));
    expect(keysOf(deck.slides)).toEqual(keysOf(original.slides));
    expect(slideOf(deck.slides, 'agenda').title).toBe('议程');
  });

  it('resets the whole deck, and an undo brings the edits back', () => {
    const original = generated();
    apply({ op: 'retitle', key: 'agenda', title: '议程' }, { op: 'hide', key: 'closing' });
    expect(apply({ op: 'resetAll' }).deck).toEqual(original);
    expect(slideOf(undoDeckEdit(db, briefingId).deck.slides, 'agenda').title).toBe('议程');
  });

  it('presents the edits in the deck the app opens (deck:get reads the same)', () => {
    apply({ op: 'retitle', key: 'agenda', title: '议程' });
    expect(loadDeck(db, briefingId)?.slides[1]?.title).toBe('议程');
  });
});

describe('refusals', () => {
  it('refuses the whole list when one edit is invalid, naming each bad one, and stores nothing', () => {
    apply({ op: 'hide', key: 'agenda' });
    const stored = tables();
    const message = refusal([
      { op: 'retitle', key: 'cover', title: '好' },
      { op: 'retitle', key: 'nope', title: 'x' },
      { op: 'hide' },
      { op: 'move', key: 'cover', before: 'cover' },
      { op: 'explode', key: 'cover' },
      { op: 'retitle', key: 'cover', title: '', extra: 1 },
    ]);
    expect(message.split('\n')).toEqual([
      '修改未应用，简报未变（共 5 项有误）：',
      '第 2 项（retitle）：没有键为“nope”的幻灯片',
      '第 3 项（hide）：缺少 key',
      '第 4 项（move）：不能把幻灯片移到它自己前面',
      '第 5 项（explode）：未知的修改类型 “explode”（可用：retitle、hide、show、move、notes、chart、minutes、budget、moveFigure、addText、text、reset、resetAll）',
      '第 6 项（retitle）：title：标题不能为空；多余的字段 extra',
    ]);
    expect(tables()).toEqual(stored);
    expect(slideOf(generated().slides, 'cover').title).toBe('“十四五”成就');
  });

  it('checks each edit against the deck the ones before it leave: a slide added earlier in the list can be edited', () => {
    const { deck } = apply({ op: 'addText', after: 'agenda', title: '新页', lines: [] }, { op: 'retitle', key: 'text:1', title: '改名' }, { op: 'hide', key: 'text:1' });
    expect(slideOf(deck.slides, 'text:1')).toMatchObject({ title: '改名', hidden: true });
    expect(refusal([{ op: 'reset', key: 'text:1' }, { op: 'hide', key: 'text:1' }])).toContain('第 2 项（hide）：没有键为“text:1”的幻灯片');
  });
});

describe('undo and redo', () => {
  it('undoes and redoes one list of edits at a time; a new edit after an undo drops what could be redone', () => {
    const original = generated();
    const first = apply({ op: 'retitle', key: 'agenda', title: '一' }, { op: 'hide', key: 'closing' });
    expect(first).toMatchObject({ canUndo: true, canRedo: false });
    apply({ op: 'retitle', key: 'agenda', title: '二' });
    expect(slideOf(undoDeckEdit(db, briefingId).deck.slides, 'agenda').title).toBe('一');
    const none = undoDeckEdit(db, briefingId);
    expect(none.deck).toEqual(original);
    expect(none).toMatchObject({ canUndo: false, canRedo: true });
    expect(() => undoDeckEdit(db, briefingId)).toThrow('没有可撤销的修改');
    expect(slideOf(redoDeckEdit(db, briefingId).deck.slides, 'closing').hidden).toBe(true);
    apply({ op: 'retitle', key: 'agenda', title: '三' });
    expect(() => redoDeckEdit(db, briefingId)).toThrow('没有可重做的修改');
    expect(slideOf(undoDeckEdit(db, briefingId).deck.slides, 'agenda').title).toBe('一');
  });

  it('refuses an unknown briefing', () => {
    expect(() => undoDeckEdit(db, 99)).toThrow('找不到编号为 99 的简报');
    expect(() => applyDeckEdits(db, 99, [{ op: 'hide', key: 'cover' }])).toThrow('找不到编号为 99 的简报');
  });
});

describe('a new version of the report', () => {
  it('keeps slide keys of sections whose place changed, while positional ids move', () => {
    const before = generated();
    reimportReport(db, briefingId, 'v2.txt', editedSeedText());
    const after = generated();
    expect(slideOf(before.slides, section.infrastructure).id).toBe('section-1-3-p1');
    expect(slideOf(after.slides, section.infrastructure).id).toBe('section-1-4-p1');
    expect(keysOf(after.slides)).toContain('section:新增的一节');
    expect(keysOf(after.slides)).not.toContain(section.culture);
  });

  it('keeps every edit whose slide or figure is still there and lists the others with the reason', () => {
    apply(
      { op: 'retitle', key: section.infrastructure, title: '交通与能源' },
      { op: 'hide', key: section.culture },
      { op: 'notes', key: section.culture, text: '讲文化' },
      { op: 'move', key: section.economy, before: section.culture },
      { op: 'minutes', key: section.economy, minutes: 3 },
    );
    reimportReport(db, briefingId, 'v2.txt', editedSeedText());
    const { deck, orphans } = loadEditedDeck(db, briefingId);
    expect(slideOf(deck.slides, section.infrastructure).title).toBe('交通与能源');
    expect(slideOf(deck.slides, section.economy).minutes).toBe(3);
    expect(orphans.map((o) => [o.edit.op, o.reason, o.context.title])).toEqual([
      ['hide', `没有键为“${section.culture}”的幻灯片`, '文化体育服务供给能力显著提升'],
      ['notes', `没有键为“${section.culture}”的幻灯片`, '文化体育服务供给能力显著提升'],
      ['move', `移动的目标位置不存在：没有键为“${section.culture}”的幻灯片`, '综合经济实力实现新跃升（1/2）'],
    ]);
    // The orphans stay stored: the old report back brings them back into force.
    reimportReport(db, briefingId, 'v1.txt', seedText());
    const restored = loadEditedDeck(db, briefingId);
    expect(restored.orphans).toEqual([]);
    expect(slideOf(restored.deck.slides, section.culture).hidden).toBe(true);
  });
});


describe('positions in the deck as presented', () => {
  it('counts the slides the presenter added, so the last one’s position is kept', () => {
    const count = generated().slides.length;
    apply({ op: 'addText', after: 'closing', title: '附页', lines: [] });
    expect(setPositionHandler({ briefingId, slide: count }, { db })).toEqual({ lastSlide: count });
  });
});
