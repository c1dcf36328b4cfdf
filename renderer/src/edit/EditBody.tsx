import type { Deck } from '../../../main/shared/deck';
import type { CheckFinding, DeckEdit } from '../../../main/shared/deck-edits';
import { SlideView } from '../slides/SlideView';
import { Stage } from '../slides/Stage';
import { CheckResults } from './CheckResults';
import { SlideList } from './SlideList';
import { SlidePanel } from './SlidePanel';

interface EditBodyProps {
  readonly deck: Deck;
  readonly index: number;
  readonly onSelect: (index: number) => void;
  readonly onEdit: (edits: readonly DeckEdit[]) => Promise<boolean>;
  readonly findings: readonly CheckFinding[] | null;
  readonly onOpenFinding: (slideKey: string) => void;
  readonly onCloseFindings: () => void;
}

/** Thumbnails on the left, the selected slide as presented in the middle, its fields (and the check) on the right. */
export function EditBody({ deck, index, onSelect, onEdit, findings, onOpenFinding, onCloseFindings }: EditBodyProps) {
  const slide = deck.slides[index];
  if (!slide) return null;
  return (
    <div className="edit-view">
      <SlideList slides={deck.slides} selected={index} onSelect={onSelect} onMove={(edit) => void onEdit([edit])} />
      <main className="edit-preview" aria-label="所选幻灯片预览">
        <div className="edit-preview-stage" data-hidden={slide.hidden === true ? 'true' : undefined}>
          <Stage label={slide.title}>
            <SlideView slide={slide} revealed={slide.steps} animate={false} />
          </Stage>
        </div>
        <p className="edit-preview-hint">
          {slide.hidden === true ? '这一张已隐藏：放映时跳过。' : ''}↑/↓ 选择幻灯片，Alt+↑/↓ 调整顺序，也可拖动缩略图。
        </p>
      </main>
      <div className="edit-side">
        {findings !== null && <CheckResults findings={findings} onOpen={onOpenFinding} onClose={onCloseFindings} />}
        <SlidePanel deck={deck} index={index} onEdit={onEdit} />
      </div>
    </div>
  );
}
