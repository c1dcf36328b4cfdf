import type { FigureRelation } from '../../../main/shared/figure';
import type { StoredFigure } from '../../../main/shared/figure';
import { figureStatement, meaningStatement } from '../../../main/shared/format';
import { quoteMarkOf } from '../../../main/shared/quote-mark';
import type { ReviewedFigure } from '../../../main/shared/figure-corrections';
import { MarkedQuote } from '../text/MarkedQuote';
import { CorrectionPanel, type CorrectionDraft } from './CorrectionPanel';

const kindNames: Readonly<Record<StoredFigure['kind'], string>> = {
  amount: '数量',
  percent: '比例',
  change: '增减',
  ratio: '比值/倍数',
  fraction: '分数',
  rank: '排名',
  qualitative: '定性',
};

const comparisonNames: Readonly<Record<Extract<FigureRelation, { type: 'vs-nation' }>['comparison'], string>> = {
  'higher-by': '高于全国',
  'lower-by': '低于全国',
  'multiple-of': '为全国的倍数',
  'better-than': '优于全国',
  'worse-than': '差于全国',
  'equal-or-above': '达到或超过全国',
};

interface DetailsProps {
  readonly figure: ReviewedFigure;
  readonly all: readonly StoredFigure[];
  readonly onSelect: (key: string) => void;
  readonly onClose: () => void;
  /** The slide that shows the figure (0-based), null when the deck does not show it. */
  readonly slideIndex: number | null;
  readonly onOpenSlide: (index: number) => void;
  readonly onCorrect: (draft: CorrectionDraft) => Promise<void>;
  readonly onUncorrect: () => Promise<void>;
}

export function FigureDetails({ figure, all, onSelect, onClose, slideIndex, onOpenSlide, onCorrect, onUncorrect }: DetailsProps) {
  const correction = figure.correction;
  /** Under a corrected field, what the report has. */
  const was = (field: 'label' | 'period' | 'unit' | 'qualifier', empty: string) =>
    correction && field in correction.fields ? <span className="figure-details-was">报告原文：{correction.original[field] || empty}</span> : null;
  const byKey = (key: string | null) => (key ? all.find((f) => f.key === key) : undefined);
  const link = (key: string | null) => {
    const other = byKey(key);
    return other ? (
      <button type="button" className="link-button" onClick={() => onSelect(other.key)}>
        {other.label} {figureStatement(other)}
      </button>
    ) : null;
  };
  return (
    <div className="figure-details-box">
      <header className="figure-details-head">
        <h2>
          数据详情
          {correction && <span className="corrected-mark">已更正</span>}
        </h2>
        {correction?.excluded ? (
          <span className="source-hint figure-details-slide">不在幻灯片中显示</span>
        ) : slideIndex === null ? (
          <span className="source-hint figure-details-slide">未单独上幻灯片</span>
        ) : (
          <button type="button" className="figure-details-open" onClick={() => onOpenSlide(slideIndex)}>
            在幻灯片中查看（第 {slideIndex + 1} 张）
          </button>
        )}
        <button type="button" className="figure-details-close" aria-label="关闭数据详情" title="关闭" onClick={onClose}>
          ×
        </button>
      </header>
      <dl className="figure-details" data-figure-key={figure.key}>
        <dt>指标</dt>
        <dd>
          {figure.label}
          {was('label', '（无）')}
        </dd>
        <dt>数值</dt>
        <dd className="figure-details-value">
          {figureStatement(figure)}
          {figure.derived && <span className="badge">推算值</span>}
        </dd>
        <dt>单位</dt>
        <dd>
          {figure.unit || '—'}
          {was('unit', '—')}
        </dd>
        {figure.normalised && (
          <>
            <dt>换算</dt>
            <dd>
              {figure.normalised.value.toLocaleString('zh-CN', { maximumFractionDigits: 6 })} {figure.normalised.unit}
            </dd>
          </>
        )}
        <dt>时期</dt>
        <dd>
          {figure.period ?? '未注明'}
          {was('period', '未注明')}
        </dd>
        {figure.base && (
          <>
            <dt>比较基准</dt>
            <dd>{figure.base}</dd>
          </>
        )}
        {meaningStatement(figure) && (
          <>
            <dt>含义</dt>
            <dd>{meaningStatement(figure)}</dd>
          </>
        )}
        <dt>类型</dt>
        <dd>
          {kindNames[figure.kind]}
          {figure.qualifier ? `（${figure.qualifier}）` : ''}
          {was('qualifier', '无限定词')}
        </dd>
        {figure.rank && (
          <>
            <dt>排名</dt>
            <dd>
              {figure.rank.text}
              {figure.rank.previous &&
                `（此前：${figure.rank.previous.period ?? ''}${figure.rank.previous.from === 'bottom' ? '倒数' : '正数'}第${figure.rank.previous.position}位）`}
            </dd>
          </>
        )}
        {figure.relations.length > 0 && (
          <>
            <dt>关系</dt>
            <dd>
              <ul className="relation-list">
                {figure.relations.map((relation, i) => (
                  <li key={i}>
                    {relation.type === 'before-after' && (
                      <>
                        {relation.role === 'after' ? '此前：' : '此后：'}
                        {link(relation.otherKey)}
                      </>
                    )}
                    {relation.type === 'derived-from' && (
                      <>
                        由 {relation.formula} 推算，依据：{relation.fromKeys.map((key) => <span key={key}>{link(key)} </span>)}
                      </>
                    )}
                    {relation.type === 'vs-nation' && (
                      <>
                        {comparisonNames[relation.comparison]}
                        {relation.nationKey && <>：{link(relation.nationKey)}</>}
                      {relation.byKey && <>，幅度：{link(relation.byKey)}</>}
                      {relation.ofKey && <>，比较对象：{link(relation.ofKey)}</>}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>出处</dt>
        <dd>
          <blockquote className="figure-quote">
            <MarkedQuote text={figure.source.quoteText} mark={quoteMarkOf(figure)} />
          </blockquote>
        </dd>
      </dl>
      {/* Keyed by figure: another figure's details start with its own (closed) form. */}
      <CorrectionPanel key={figure.key} figure={figure} onSave={onCorrect} onUndo={onUncorrect} />
    </div>
  );
}
