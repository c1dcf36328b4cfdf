import { useState } from 'react';
import type { Annotation } from '../../../main/shared/annotations';
import { describeAnnotation, timeLabel } from './anchor-labels';
import type { Annotations } from './context';
import { parseTags } from './filters';
import { goToPassage, goToSlide } from './navigation';
import { NoteEditor } from './NoteEditor';
import { useStore } from '../ui/use-store';

interface NoteCardProps {
  readonly annotation: Annotation;
  readonly annotations: Annotations;
  /** The slide on screen: its notes do not repeat "第 N 张" as a link to where the reader already is. */
  readonly currentSlideNumber: number | null;
  /** Mark notes of the slide on screen as 本张 (among all notes; in 本张 it goes without saying). */
  readonly showHere: boolean;
}

/** One note: where it hangs, what it says, its tags and author; edited in place. */
export function NoteCard({ annotation, annotations, currentSlideNumber, showHere }: NoteCardProps) {
  const { panel, actions, deck, passage } = annotations;
  const editing = useStore(panel, (s) => (s.editing?.id === annotation.id ? s.editing : null));
  const [busy, setBusy] = useState(false);
  const { slideNumber, what } = describeAnnotation(annotation, deck);
  // Edited means its text changed: a delete undone (or a colleague's restore) moves updatedAt, not editedAt.
  const edited = annotation.editedAt;
  const paragraphId = annotation.paragraphId;
  const quoteRange = annotation.textRange;

  const startEditing = (): void =>
    panel.setState({ editing: { id: annotation.id, body: annotation.body, tags: annotation.tags.join('，') } });
  const save = async (): Promise<void> => {
    if (!editing) return;
    setBusy(true);
    const saved = await actions.editNote(annotation, { body: editing.body.trim(), tags: parseTags(editing.tags), colour: annotation.colour });
    setBusy(false);
    // Saved: leave the editor. Not saved: the text stays where it was typed.
    if (saved) panel.setState(({ editing: now }) => ({ editing: now?.id === annotation.id ? null : now }));
  };
  const remove = async (): Promise<void> => {
    setBusy(true);
    await actions.deleteNote(annotation);
    setBusy(false);
  };

  return (
    <li className={`note-card kind-${annotation.anchor.kind}`} data-annotation-id={annotation.id} aria-busy={busy || undefined}>
      <p className="note-card-where">
        {slideNumber !== null && slideNumber !== currentSlideNumber && (
          <button type="button" className="note-link" title="转到这张幻灯片" onClick={() => goToSlide(slideNumber - 1)}>
            第 {slideNumber} 张
          </button>
        )}
        {slideNumber !== null && slideNumber === currentSlideNumber && showHere && <span className="note-where-here">本张</span>}
        <span className="note-card-what">{what}</span>
        {annotation.anchor.kind === 'quote' && paragraphId !== null && (
          <button
            type="button"
            className="note-link"
            title="在原文中查看"
            onClick={() => goToPassage(passage, { paragraphId, start: quoteRange?.start ?? 0, end: quoteRange?.end ?? 0 })}
          >
            看原文
          </button>
        )}
        {annotation.orphan && <span className="note-orphan" title="报告更新后找不到原来的位置；批注仍保留">位置已失效</span>}
      </p>
      {editing ? (
        <NoteEditor
          text={editing}
          onChange={(text) => panel.setState({ editing: { ...text, id: annotation.id } })}
          onSave={() => void save()}
          onCancel={() => panel.setState({ editing: null })}
          saveLabel="保存修改"
          saving={busy}
          autoFocus
        />
      ) : (
        <>
          <p className="note-card-body">{annotation.body}</p>
          {annotation.tags.length > 0 && (
            <ul className="note-tags" aria-label="标签">
              {annotation.tags.map((tag) => (
                <li key={tag}>
                  <button
                    type="button"
                    className="note-tag"
                    title={`只看标签“${tag}”`}
                    onClick={() => panel.setState({ tag })}
                  >
                    {tag}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <footer className="note-card-foot">
            <span className="note-author">{annotation.author}</span>
            <time dateTime={annotation.createdAt} title={edited !== null ? `修改于 ${timeLabel(edited)}` : undefined}>
              {timeLabel(annotation.createdAt)}
              {edited !== null && '（已修改）'}
            </time>
            <span className="note-card-actions">
              <button type="button" className="note-text-button" onClick={startEditing} disabled={busy}>
                编辑
              </button>
              <button type="button" className="note-text-button is-danger" onClick={() => void remove()} disabled={busy}>
                删除
              </button>
            </span>
          </footer>
        </>
      )}
    </li>
  );
}
