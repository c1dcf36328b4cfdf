/**
 * Chinese text may break between any two characters, and so inside a number: 5615. / 3亿元, 2021— / 2025年.
 * A printed handout cannot be reflowed by its reader, so every number, with the unit that follows it, is
 * kept on one line (a nowrap run); the text around it breaks as usual.
 */

/** Units and measure words that stay with the number before them, longest first where one starts another. */
const units = [
  '个百分点', '百分点', '万亿元', '亿元', '万元', '元', '万亿', '亿', '万', '千', '倍',
  '平方公里', '平方米', '公里', '千米', '米', '万吨', '吨', '万亩', '亩', '千瓦时', '万千瓦', '千瓦',
  '小时', '分钟', '年', '月', '日', '天', '周', '岁', '个', '人', '户', '家', '项', '位', '名', '所', '座',
  '条', '次', '辆', '台', '套', '部', '种', '类', '张', '件', '级', '克', '升',
];

const digits = '[0-9０-９]';
const number = `${digits}(?:[0-9０-９.．,]*${digits})?`;
const range = `(?:[—–~～\\-－]${number})?`;
const unit = `(?:[%％‰]|(?:${units.join('|')})+)?`;
const numberRun = new RegExp(`${number}${range}${unit}`, 'g');

export interface TextRun {
  readonly text: string;
  /** A number with its unit: set without a line break inside. */
  readonly number: boolean;
}

/** `text` cut into runs, numbers (with their units) apart; joined, the runs give `text` back unchanged. */
export function numberRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(numberRun)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), number: false });
    runs.push({ text: match[0], number: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), number: false });
  return runs;
}
