import type { ContentSlide, Deck } from '../../../main/shared/deck';
import type { DeckEdit } from '../../../main/shared/deck-edits';

interface FigureMovesProps {
  readonly deck: Deck;
  readonly slide: ContentSlide;
  readonly onEdit: (edits: readonly DeckEdit[]) => Promise<boolean>;
}

/** The slide's figure cards, each of which may go to another generated slide of the same section. */
export function FigureMoves({ deck, slide, onEdit }: FigureMovesProps) {
  const targets = deck.slides
    .map((other, at) => ({ other, at }))
    .filter(({ other }) => other.kind === 'content' && other.free !== true && other.key !== slide.key && other.sectionKey === slide.sectionKey);
  const cards = slide.cards.filter((card) => !card.derived);
  if (targets.length === 0 || cards.length === 0) return null;
  return (
    <fieldset className="edit-field edit-figures">
      <legend className="edit-label">数据卡片（可移到同一小节的另一页）</legend>
      <ul>
        {cards.map((card) => (
          <li key={card.figureKey}>
            <span className="edit-figure-label" title={card.label}>
              {card.label}
              <span className="edit-figure-value">
                {card.valueText}
                {card.unit}
              </span>
            </span>
            <select
              aria-label={`把“${card.label}”移到`}
              value=""
              onChange={(event) => {
                if (event.target.value !== '') void onEdit([{ op: 'moveFigure', figure: card.figureKey, to: event.target.value }]);
              }}
            >
              <option value="">移到…</option>
              {targets.map(({ other, at }) => (
                <option key={other.key} value={other.key}>
                  第 {at + 1} 张：{other.title}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
