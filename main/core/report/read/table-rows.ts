/**
 * A table as rows of text that figures can be read from. With a header row and a label column, each cell
 * becomes a clause that names what it measures, as a sentence of the report would:
 *   | 指标 | 2020年 | 2024年 |  /  | 地区生产总值（亿元） | 17258 | 25000 |
 *   → 2020年地区生产总值17258亿元，2024年地区生产总值25000亿元。
 * (a period heading goes first, any other heading after the label: 粮食产量增长3.1%); a unit in a heading's
 * brackets, a 单位 column's or the label's goes after bare numbers, in that order (rowSentence). Without a
 * header, a row is its cells joined by commas.
 */
import { ELEMENT_NODE, type DomNode } from './dom-node';

/** Headings that say nothing a sentence needs: 数值 of 指标 数值, 绝对数 of 指标 绝对数 比上年增长（%）. */
const GENERIC_HEADING = /^(?:指标|项目|名称|类别|内容|数值|数量|数据|金额|值|序号|备注|指标名称|绝对数|绝对值|总量|数额)$/u;
/** A column of units (| 指标 | 单位 | 绝对数 |): the unit of the row's bare numbers, no clause of its own. */
const UNIT_HEADING = /^(?:单位|计量单位)$/u;
const PERIOD_HEADING = /^(?:\d{4}年.*|.*[年月季度]|“十[一二三四五六七八九]五”.*)$/u;
const VALUE = /^[-+]?\d/u;
const UNIT_IN_BRACKETS = /[（(]([^（）()]{1,8})[）)]$/u;

export function tableRowTexts(table: DomNode): string[] {
  const rows = rowsOf(table).map((row) => cellsOf(row).map(cellText));
  const filled = rows.filter((cells) => cells.some((cell) => cell !== ''));
  const [first, ...rest] = filled;
  if (!first) return [];
  if (!isHeaderRow(first, rest)) return filled.map(plainRowText);
  return rest.map((cells) => rowSentence(first, cells)).filter((text) => text !== '');
}

/** A first row that heads the rows below: no values after its label column (a period is a heading), and values below it. */
export function isHeaderRow(first: readonly string[], rest: readonly (readonly string[])[]): boolean {
  return (
    rest.length > 0 &&
    first.slice(1).every((cell) => !VALUE.test(cell) || PERIOD_HEADING.test(cell)) &&
    rest.some((cells) => cells.slice(1).some((cell) => VALUE.test(cell)))
  );
}

/** A cell that says there is no value: —, ——, -, －, …, ／. */
export const isNoValue = (cell: string): boolean => /^[—–\-－…/／]+$/u.test(cell);

/** A row with no header over it: its cells joined, as a sentence. */
export function plainRowText(cells: readonly string[]): string {
  return sentence(cells.filter((cell) => cell !== ''));
}

/**
 * A row as a sentence. A bare number takes the unit its column's heading gives in brackets (比上年增长（%）),
 * else the unit of the row's 单位 column, else the one in its label's brackets (地区生产总值（亿元）): the growth
 * of a GDP in 亿元 is in %, never in 亿元. The label is the 指标 column's where columns of categories stand before
 * it (| 类别 | 指标 | 2020年 | …, as a plan's table of targets has them); a 属性 or 备注 column says nothing of a value.
 */
export function rowSentence(header: readonly string[], cells: readonly string[]): string {
  const labelColumn = labelColumnOf(header);
  const rawLabel = cells[labelColumn] ?? '';
  const unitColumn = header.findIndex((heading, i) => i > labelColumn && UNIT_HEADING.test(heading));
  const labelUnit = UNIT_IN_BRACKETS.exec(rawLabel)?.[1] ?? '';
  const rowUnit = (unitColumn > 0 ? cells[unitColumn] : undefined) || labelUnit;
  const label = labelUnit ? rawLabel.replace(UNIT_IN_BRACKETS, '') : rawLabel;
  const clauses = cells.flatMap((value, i) => {
    const rawHeading = header[i] ?? '';
    if (i <= labelColumn || value === '' || isNoValue(value) || i === unitColumn || NOTE_HEADING.test(rawHeading)) return [];
    // 〔3.7〕: in a plan's table, a figure in these brackets is the total over the plan's years, not a yearly one.
    const total = PLAN_TOTAL.exec(value)?.[1];
    if (total !== undefined) return [`${label}累计${total}`];
    const { heading, unit: headingUnit } = headingAndUnit(rawHeading);
    const bounded = BOUNDED_NUMBER.exec(value);
    const written = bounded ? `${bounded[1] ?? ''}${headingUnit || rowUnit}${bounded[2] ?? ''}` : value;
    if (heading === '' || GENERIC_HEADING.test(heading)) return [`${label}${written}`];
    return [PERIOD_HEADING.test(heading) ? `${heading}${label}${written}` : `${label}${heading}${written}`];
  });
  return clauses.length > 0 ? sentence(clauses) : label;
}

/** A number, alone or with the bound a plan's target gives it (6左右, 95以上). */
const BOUNDED_NUMBER = /^([-+]?\d[\d,]*(?:\.\d+)?)(左右|以上|以下|以内)?$/u;
const PLAN_TOTAL = /^[〔［[]([-+]?\d[\d,]*(?:\.\d+)?)[〕］\]]$/u;
const CATEGORY_HEADING = /^(?:类别|分类|领域|类型|序号|编号)$/u;
const LABEL_HEADING = /^(?:指标|指标名称|项目|项目名称|名称)$/u;
/** Columns that say something of a row but hold no value of it: 属性 (预期性 / 约束性), 备注. */
const NOTE_HEADING = /^(?:属性|指标属性|备注|说明)$/u;

/** The column that names each row: the first, or the 指标 column after columns of categories. */
function labelColumnOf(header: readonly string[]): number {
  const named = header.findIndex((heading) => LABEL_HEADING.test(heading));
  return named > 0 && header.slice(0, named).every((heading) => CATEGORY_HEADING.test(heading)) ? named : 0;
}

/** 比上年增长（%）, 比上年增长(%), 比上年增长%, 比上年增减（±%）: the heading's words and the unit it gives its column. */
function headingAndUnit(rawHeading: string): { heading: string; unit: string } {
  const bracketed = UNIT_IN_BRACKETS.exec(rawHeading);
  if (bracketed) return { heading: rawHeading.replace(UNIT_IN_BRACKETS, ''), unit: percentOf(bracketed[1] ?? '') };
  const percent = TRAILING_PERCENT.exec(rawHeading);
  return percent ? { heading: rawHeading.slice(0, percent.index), unit: '%' } : { heading: rawHeading, unit: '' };
}

const TRAILING_PERCENT = /[±+]?[%％]$/u;
const percentOf = (unit: string): string => (/^[±+]?[%％]$/u.test(unit) ? '%' : unit);

function sentence(clauses: readonly string[]): string {
  const joined = clauses.join('，');
  return joined === '' || /[。！？]$/u.test(joined) ? joined : `${joined}。`;
}

function elementsOf(node: DomNode): DomNode[] {
  return Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT_NODE);
}

/** The table's rows, through thead/tbody/tfoot, not those of a table nested in a cell. */
function rowsOf(table: DomNode): DomNode[] {
  return elementsOf(table).flatMap((child) => {
    const tag = child.nodeName.toLowerCase();
    if (tag === 'tr') return [child];
    return ['thead', 'tbody', 'tfoot'].includes(tag) ? elementsOf(child).filter((row) => row.nodeName.toLowerCase() === 'tr') : [];
  });
}

function cellsOf(row: DomNode): DomNode[] {
  return elementsOf(row).filter((cell) => ['td', 'th'].includes(cell.nodeName.toLowerCase()));
}

function cellText(cell: DomNode): string {
  return (cell.textContent ?? '').replace(/[\s\u00A0\u3000]+/gu, ' ').trim();
}
