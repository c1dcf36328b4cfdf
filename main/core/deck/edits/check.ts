import type { CheckFinding, DeckCheck, OrphanedEdit } from '../../../shared/deck-edits';
import type { DeckValue, Slide } from '../../../shared/deck';
import type { StoredFigure } from '../../../shared/figure';
import { describeCorrection, figureNamed, type FigureCorrections } from '../../../shared/figure-corrections';
import { chartPoints } from '../../../shared/chart-points';
import type { StoredDeckEdit } from '../../store/queries/deck-edits';
import type { DeckState } from './state';

/**
 * The consistency check (检查): every number on the deck as presented must be a stored figure of the report.
 * Cards and chart points are compared with the figure they name; text the presenter wrote (a new title,
 * notes, a free text slide) is searched for numbers, and each one that is no figure's value is listed — a
 * year or period a figure carries counts as the report's. Also listed: edits a re-import left without their
 * slide or figure, edited slides that showed figures the report no longer has, every figure a staff member
 * corrected or excluded from the deck, and corrections whose figure a re-import removed. Figures are compared
 * as corrected: a card shows the corrected unit.
 */
export function checkDeck(
  state: DeckState,
  slides: readonly Slide[],
  reviewed: FigureCorrections,
  applied: readonly StoredDeckEdit[],
  orphans: readonly OrphanedEdit[],
): DeckCheck {
  const { figures } = reviewed;
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const known = knownNumbers(figures);
  const findings: CheckFinding[] = [];
  for (const slide of slides) {
    const key = slide.key ?? slide.id;
    const unstored = (where: Extract<CheckFinding, { kind: 'unstored-number' }>['where'], number: string, what: string): void => {
      findings.push({ kind: 'unstored-number', slideKey: key, slideTitle: slide.title, where, number, message: `《${slide.title}》${what}中的“${number}”不是报告中的数据` });
    };
    if (slide.kind === 'content') {
      for (const card of slide.cards) if (!matchesStored(card, byKey)) unstored('card', card.valueText, '的数据卡片');
      for (const point of slide.chart ? chartPoints(slide.chart) : []) if (!matchesStored(point, byKey)) unstored('chart', point.valueText, '的图表');
    }
    const own = state.slides.get(key);
    if (!own) continue;
    // The report's own words on the slide (its generated title and notes) may repeat their numbers.
    const allowed = new Set([...known, ...numbersIn(own.base.title), ...own.base.notes.flatMap(numbersIn)]);
    const check = (text: string, where: 'title' | 'text' | 'notes', what: string): void => {
      for (const number of numbersIn(text)) if (!allowed.has(number)) unstored(where, number, what);
    };
    if (!own.generated) check(own.base.title, 'title', '的标题');
    else if (own.title !== undefined) check(own.title, 'title', '的新标题');
    for (const line of own.lines ?? []) check(line, 'text', '的要点');
    for (const paragraph of own.notes ?? []) check(paragraph, 'notes', '的备注');
  }

  const vanishedBySlide = new Map<string, { title: string; keys: Set<string> }>();
  const orphaned = new Set(orphans.map((o) => o.edit));
  for (const { edit, context } of applied) {
    if (orphaned.has(edit) || edit.op === 'resetAll') continue;
    const key = edit.op === 'moveFigure' ? edit.to : edit.key;
    const gone = context.figureKeys.filter((figureKey) => !byKey.has(figureKey));
    if (key === undefined || gone.length === 0) continue;
    const entry = vanishedBySlide.get(key) ?? { title: state.slides.get(key)?.title ?? context.title ?? key, keys: new Set<string>() };
    for (const figureKey of gone) entry.keys.add(figureKey);
    vanishedBySlide.set(key, entry);
  }
  for (const [slideKey, { title, keys }] of vanishedBySlide) {
    const figureKeys = [...keys];
    findings.push({ kind: 'vanished-figures', slideKey, slideTitle: title, figureKeys, message: `《${title}》修改时显示的数据已不在报告中：${figureKeys.join('、')}` });
  }
  for (const orphan of orphans) {
    const gone = orphan.context.figureKeys.filter((figureKey) => !byKey.has(figureKey));
    const lost = gone.length > 0 ? `；该页原有的数据已不在报告中：${gone.join('、')}` : '';
    const named = orphan.context.title === null ? '' : `《${orphan.context.title}》`;
    findings.push({ kind: 'orphaned-edit', edit: orphan.edit, slideTitle: orphan.context.title, message: `修改（${orphan.edit.op}）${named}已不适用：${orphan.reason}${lost}` });
  }
  findings.push(...correctionFindings(reviewed));
  return { findings };
}

/** Every corrected or excluded figure, and every correction whose figure is gone, in words. */
function correctionFindings(reviewed: FigureCorrections): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const figure of reviewed.figures) {
    const correction = figure.correction;
    if (!correction) continue;
    const signed = `（${correction.author}，${correction.updatedAt.slice(0, 16).replace('T', ' ')}）`;
    const { figureKey, author, updatedAt } = correction;
    const changed = describeCorrection({ ...correction, excluded: false }, correction.original);
    if (correction.excluded) {
      const also = changed === '' ? '' : `；另已更正：${changed}`;
      findings.push({ kind: 'excluded-figure', figureKey, label: figure.label, author, updatedAt, message: `数据${figureNamed(figure)}已设为不在幻灯片中显示${also}${signed}` });
    } else {
      findings.push({ kind: 'corrected-figure', figureKey, label: figure.label, author, updatedAt, message: `数据${figureNamed(figure)}已更正：${changed}${signed}` });
    }
  }
  for (const { correction } of reviewed.orphans) {
    findings.push({
      kind: 'orphaned-correction',
      figureKey: correction.figureKey,
      message: `对数据 ${correction.figureKey} 的更正（${describeCorrection(correction, null)}）已不适用：报告中已没有这项数据`,
    });
  }
  return findings;
}

/** A card or point is its figure as stored; a value computed on the slide (a ring's rest) names its figure. */
function matchesStored(value: DeckValue, byKey: ReadonlyMap<string, StoredFigure>): boolean {
  const figure = byKey.get(value.figureKey);
  if (!figure) return false;
  if (value.derived && !figure.derived) return true;
  return figure.valueText === value.valueText && figure.value === value.value && figure.unit === value.unit;
}

const fullWidth = /[０-９．／]/g;
const halfOf = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);

/**
 * The numbers a text states, as written (full-width digits made plain): 5615.3, 2/3, 60, and word numbers a
 * figure may be (九成, 两倍). A digit run inside a longer one is not counted apart.
 */
export function numbersIn(text: string): string[] {
  const plain = text.replace(fullWidth, halfOf);
  const digits = plain.match(/\d+(?:,\d{3})*(?:\.\d+)?(?:\/\d+)?/g) ?? [];
  const words = plain.match(/[零〇一二两三四五六七八九十百千]+(?=成|倍)/g) ?? [];
  return [...digits.map((d) => d.replace(/,/g, '')), ...words];
}

/** Every number the report's figures state: values (as written and as numbers), and the years of periods and bases. */
function knownNumbers(figures: readonly StoredFigure[]): Set<string> {
  const known = new Set<string>();
  for (const figure of figures) {
    for (const text of [figure.valueText, figure.period ?? '', figure.base ?? '']) for (const number of numbersIn(text)) known.add(number);
    known.add(figure.valueText);
    if (Number.isFinite(figure.value)) known.add(String(figure.value));
  }
  return known;
}
