import type { ChartChoice, DeckEdit } from '../../../shared/deck-edits';
import type { ContentSlide } from '../../../shared/deck';
import { fittingCharts } from '../chart-choice';
import { isTextSlideKey, textSlideKey } from '../ids';
import { cardsPerSlide } from '../split';
import { freshSlide, generatedState, isContent, type DeckState, type SlideState } from './state';

/**
 * One edit laid over the deck state. Returns null when it applied, else why it cannot (a Chinese sentence):
 * the same check refuses a new edit and, for a stored one, says why it no longer applies after a re-import.
 * An edit that cannot apply changes nothing.
 */
export function applyEdit(state: DeckState, edit: DeckEdit): string | null {
  switch (edit.op) {
    case 'resetAll':
      resetAll(state);
      return null;
    case 'moveFigure':
      return moveFigure(state, edit.figure, edit.to);
    case 'addText':
      return addText(state, edit);
    case 'budget':
      return setBudget(state, edit.key, edit.minutes);
    default:
      break;
  }
  const slide = state.slides.get(edit.key);
  if (!slide) return noSlide(edit.key);
  switch (edit.op) {
    case 'retitle':
      slide.title = edit.title;
      return null;
    case 'hide':
    case 'show':
      slide.hidden = edit.op === 'hide';
      return null;
    case 'move':
      return move(state, edit.key, edit.before);
    case 'notes':
      slide.notes = notesOf(edit.text);
      return null;
    case 'chart':
      return chooseChart(state, slide, edit.type);
    case 'minutes':
      // 0: no budget for the slide any more.
      if (edit.minutes === 0) delete slide.minutes;
      else slide.minutes = edit.minutes;
      return null;
    case 'text':
      if (slide.generated) return `“${edit.key}”是生成的幻灯片，只有自己添加的文字页可以改写要点`;
      slide.lines = [...edit.lines];
      return null;
    case 'reset':
      reset(state, edit.key);
      return null;
  }
}

const noSlide = (key: string): string => `没有键为“${key}”的幻灯片`;

/** Notes as paragraphs: one per line, blank lines dropped. */
export function notesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function move(state: DeckState, key: string, before: string | null): string | null {
  if (before === key) return '不能把幻灯片移到它自己前面';
  if (before !== null && !state.slides.has(before)) return `移动的目标位置不存在：${noSlide(before)}`;
  const order = state.order.filter((k) => k !== key);
  const at = before === null ? order.length : order.indexOf(before);
  order.splice(at, 0, key);
  state.order = order;
  return null;
}

function chooseChart(state: DeckState, slide: SlideState, type: ChartChoice): string | null {
  if (!isContent(slide) || !slide.generated) return '只有带数据的内容页可以选择图表';
  if (type === 'none') {
    slide.chart = type;
    return null;
  }
  const fitting = fittingCharts(slide.figures, state.plan.context).map((chart) => chart.kind);
  if (!fitting.includes(type)) {
    return fitting.length === 0
      ? `该页的数据不适合任何图表，只能选 none`
      : `该页的数据不适合 ${type} 图表（可选：${[...fitting, 'none'].join('、')}）`;
  }
  slide.chart = type;
  return null;
}

function setBudget(state: DeckState, key: string, minutes: number): string | null {
  const isPart = state.slides.get(key)?.base.kind === 'divider';
  const isSection = [...state.slides.values()].some((slide) => isContent(slide) && slide.base.sectionKey === key);
  if (!isPart && !isSection) return `没有键为“${key}”的部分或小节（部分用其分隔页的键，小节用 section: 开头的键）`;
  // 0: no budget for the part or section any more.
  if (minutes === 0) state.budgets.delete(key);
  else state.budgets.set(key, minutes);
  return null;
}

/** The content page that holds a figure now, or null. */
function homeOf(state: DeckState, figureKey: string): [string, SlideState] | null {
  for (const [key, slide] of state.slides) if (slide.figures.some((f) => f.key === figureKey)) return [key, slide];
  return null;
}

const printed = (slide: SlideState): number => slide.figures.filter((f) => !f.derived).length;

function moveFigure(state: DeckState, figureKey: string, to: string): string | null {
  const home = homeOf(state, figureKey);
  if (!home) return `没有数据“${figureKey}”在任何内容页上`;
  const [fromKey, from] = home;
  const target = state.slides.get(to);
  if (!target) return `移动的目标页不存在：${noSlide(to)}`;
  if (fromKey === to) return '数据已在该页上';
  if (!isContent(target) || !target.generated || !isContent(from) || target.base.sectionKey !== from.base.sectionKey) {
    return `数据卡片只能移到同一小节的另一页（“${figureKey}”属于“${from.base.title}”）`;
  }
  const figure = from.figures.find((f) => f.key === figureKey);
  if (!figure) return `没有数据“${figureKey}”在任何内容页上`;
  if (!figure.derived && printed(target) >= cardsPerSlide.max) return `目标页已有 ${cardsPerSlide.max} 张数据卡片，放不下更多`;
  if (!figure.derived && printed(from) === 1) return '不能移走一页上仅剩的数据：该页将成为空白页';
  from.figures = from.figures.filter((f) => f.key !== figureKey);
  target.figures = [...target.figures, figure].sort((a, b) => a.index - b.index);
  // A chosen chart that the new figures no longer support gives way to the generated choice.
  for (const page of [from, target]) {
    if (page.chart && page.chart !== 'none' && !fittingCharts(page.figures, state.plan.context).some((c) => c.kind === page.chart)) delete page.chart;
  }
  return null;
}

function addText(state: DeckState, edit: Extract<DeckEdit, { op: 'addText' }>): string | null {
  const after = state.slides.get(edit.after);
  if (!after) return `插入位置不存在：${noSlide(edit.after)}`;
  let key = edit.key;
  if (key !== undefined) {
    if (!isTextSlideKey(key)) return `自己添加的文字页的键应为 text:数字，而不是“${key}”`;
    if (state.slides.has(key)) return `键“${key}”已被占用`;
  }
  key ??= textSlideKey(state.textCount + 1);
  state.textCount = Math.max(state.textCount, Number(key.slice('text:'.length)));
  const neighbour = after.base;
  const base: ContentSlide & { key: string } = {
    kind: 'content',
    id: key.replace(':', '-'),
    key,
    free: true,
    title: edit.title,
    notes: [],
    steps: 0,
    partIndex: 'partIndex' in neighbour ? neighbour.partIndex : 0,
    partHeadline: neighbour.kind === 'content' ? neighbour.partHeadline : neighbour.kind === 'divider' ? neighbour.headline : '',
    sectionId: neighbour.kind === 'content' ? neighbour.sectionId : 0,
    heading: edit.title,
    page: 1,
    pages: 1,
    cards: [],
    chart: null,
    points: [],
  };
  state.slides.set(key, { base, generated: false, figures: [], hidden: false, lines: [...edit.lines] });
  const order = [...state.order];
  order.splice(order.indexOf(edit.after) + 1, 0, key);
  state.order = order;
  return null;
}

/**
 * A slide back to the generated one: what was set on it, its figures (cards moved off come back, cards
 * moved onto it go home) and its place; a budget stored under its key goes too. A free slide is removed.
 */
function reset(state: DeckState, key: string): void {
  state.budgets.delete(key);
  const current = state.slides.get(key);
  if (!current) return;
  if (!current.generated) {
    state.slides.delete(key);
    state.order = state.order.filter((k) => k !== key);
    return;
  }
  const fresh = freshSlide(state, key);
  if (!fresh) return;
  const ownKeys = new Set(fresh.figures.map((f) => f.key));
  for (const [otherKey, other] of state.slides) {
    if (otherKey === key || !other.figures.some((f) => ownKeys.has(f.key))) continue;
    other.figures = other.figures.filter((f) => !ownKeys.has(f.key));
  }
  for (const figure of current.figures.filter((f) => !ownKeys.has(f.key))) returnHome(state, figure.key);
  state.slides.set(key, fresh);
  // Back after the nearest generated slide before it that is still shown before it.
  const generatedOrder = state.plan.slides.map(({ slide }) => slide.key);
  const order = state.order.filter((k) => k !== key);
  const before = generatedOrder.slice(0, generatedOrder.indexOf(key)).reverse().find((k) => order.includes(k));
  order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, key);
  state.order = order;
}

/** A figure moved off its generated page goes back to it. */
function returnHome(state: DeckState, figureKey: string): void {
  const planned = state.plan.slides.find(({ figures }) => figures.some((f) => f.key === figureKey));
  const page = planned && state.slides.get(planned.slide.key);
  const figure = planned?.figures.find((f) => f.key === figureKey);
  if (!page || !figure || page.figures.some((f) => f.key === figureKey)) return;
  page.figures = [...page.figures, figure].sort((a, b) => a.index - b.index);
}

function resetAll(state: DeckState): void {
  const fresh = generatedState(state.plan, new Map([...state.slides.values()].filter((s) => s.generated).map((s) => [s.base.id, s.base.notes])));
  state.order = fresh.order;
  state.slides.clear();
  for (const [key, slide] of fresh.slides) state.slides.set(key, slide);
  state.budgets.clear();
}
