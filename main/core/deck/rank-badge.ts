import type { FigureRank } from '../../shared/figure';

/** Verbs that lead into a rank in the report's wording (居全国第一位, 重新回到全国中游, 冲进全国前十). */
const leadingVerbs = /^(?:重新|持续|连续|均|稳|已)*(?:位居|稳居|居于|居|进入|冲进|跻身|回到|保持|位列|排名|实现)?/;
/** Words that close a band without adding to it (中等创新地区行列 → 中等创新地区). */
const trailingFiller = /(?:行列|水平|之列)$/;

/**
 * A short badge for a card: 全国第一 / 全国首位 / 全国第2位 for a position, the report's own band
 * shortened (全国中游, 全国前十, 全国领先) where it gives no position.
 */
export function rankBadge(rank: FigureRank | null): string | null {
  if (!rank) return null;
  const { position, from, text } = rank;
  // A rank read from 从…全国倒数第3位跃升至正数第2位 may come without its scope; the sentence still names it.
  const scope = rank.scope !== '' ? rank.scope : text.includes('全国') ? '全国' : '';
  if (position !== null) {
    if (from === 'bottom') return `${scope}倒数第${position}位`;
    if (position === 1) return text.includes('首位') ? `${scope}首位` : `${scope}第一`;
    return `${scope}第${position}位`;
  }
  const at = scope === '' ? -1 : text.indexOf(scope);
  const band = (at >= 0 ? text.slice(at + scope.length) : text.replace(leadingVerbs, ''))
    .replace(trailingFiller, '')
    .trim();
  return band === '' ? null : `${scope}${band}`;
}

/**
 * The badge of a card whose big number is itself the rank (第2, 首位): repeating 全国第2位 would say it twice,
 * so the badge gives what the number does not — the earlier rank the report compares it with, else the scope.
 */
export function rankFigureBadge(rank: FigureRank | null): string | null {
  if (!rank) return null;
  const scope = rank.scope !== '' ? rank.scope : rank.text.includes('全国') ? '全国' : '';
  const { previous } = rank;
  if (previous) {
    const place = `${previous.from === 'bottom' ? '倒数' : ''}第${previous.position}位`;
    return `${previous.period ?? '此前'}为${scope}${place}`;
  }
  return scope === '' ? null : scope;
}
