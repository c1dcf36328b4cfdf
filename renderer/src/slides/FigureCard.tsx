import { useContext, type JSX, type KeyboardEvent, type MouseEvent } from 'react';
import type { FigureCard as FigureCardData } from '../../../main/shared/deck';
import { figurePhrase, qualifierPlacement, slideMeaning, writtenUnit } from '../../../main/shared/format';
import { Phrases } from './layouts/shared';
import { CardMarksContext } from './card-marks';

export interface FigureCardProps {
  readonly card: FigureCardData;
  /** False while the card's reveal step has not come: it keeps its place but is invisible and inert. */
  readonly visible: boolean;
  readonly onOpenQuote?: (card: FigureCardData) => void;
}

/**
 * One key figure: the number and unit exactly as stored, the qualifier where Chinese reads it
 * (约4760.5 / 突破 2.6万亿元 / 4.5个以上), what it measures (with the terms of a ratio), when or against what
 * (较2020年), its rank and a mark to open its source.
 */
export function FigureCard({ card, visible, onOpenQuote }: FigureCardProps): JSX.Element {
  const { inline, lead, after } = qualifierPlacement(card);
  const marks = useContext(CardMarksContext);
  const open = (event: MouseEvent<HTMLButtonElement>): void => {
    // The deck advances on a click on the slide: opening the source must not also move on.
    event.stopPropagation();
    onOpenQuote?.(card);
  };
  const keepKeys = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
  };
  const phrase = figurePhrase(card);
  const meaning = slideMeaning(card);
  return (
    <li
      className={`figure-card${visible ? '' : ' is-hidden'}${card.derived ? ' is-derived' : ''}`}
      data-figure-key={card.figureKey}
      data-step={card.step}
      aria-hidden={visible ? undefined : true}
      inert={!visible}
    >
      <div className="figure-card-top">
        <p className="figure-card-value" data-fit="own">
          <span className="visually-hidden">{card.derived ? `${phrase}（推算）` : phrase}</span>
          {lead && (
            <span className="figure-lead" aria-hidden="true">
              {lead}
            </span>
          )}
          <span className="figure-amount" aria-hidden="true">
            {inline && <span className="figure-inline">{inline}</span>}
            <span className="figure-number">{card.valueText}</span>
            {writtenUnit(card) && <span className="figure-unit">{writtenUnit(card)}</span>}
            {after && <span className="figure-after">{after}</span>}
          </span>
        </p>
        {(card.rankBadge || card.derived || card.corrected) && (
          <p className="figure-card-tags">
            {card.rankBadge && <span className="rank-badge">{card.rankBadge}</span>}
            {card.corrected && (
              <span className="corrected-tag" title="指标、时期、单位或限定词经人工更正，数值仍为报告原文">
                已更正
              </span>
            )}
            {card.derived && (
              <span className="derived-tag" title="报告未直接给出，由相关数据推算">
                推算
              </span>
            )}
          </p>
        )}
      </div>
      <div className="figure-card-foot">
        <p className="figure-card-label">
          <span>
            <Phrases text={card.label} />
          </span>
          {meaning && <span className="figure-card-meaning">{meaning}</span>}
          {card.period && <span className="figure-card-period">{card.period}</span>}
          {card.base && <span className="figure-card-period">{card.base}</span>}
        </p>
        {marks && <marks.Action card={card} />}
        <button type="button" className="source-mark" aria-label="查看出处" title="查看出处" onClick={open} onKeyDown={keepKeys}>
          <span aria-hidden="true">出处</span>
        </button>
      </div>
      {marks && <marks.Count card={card} />}
    </li>
  );
}
