import { useState } from 'react';
import { describeDraft } from './anchor-labels';
import type { Annotations } from './context';
import { parseTags } from './filters';
import { NoteEditor } from './NoteEditor';
import { useStore } from '../ui/use-store';

/** The new note being written, under a line saying what it will hang on. */
export function NoteComposer({ annotations }: { readonly annotations: Annotations }) {
  const { panel, actions, deck } = annotations;
  const draft = useStore(panel, (s) => s.draft);
  const [saving, setSaving] = useState(false);
  if (!draft) return null;
  const { slideNumber, what } = describeDraft(draft.target, deck);

  const save = async (): Promise<void> => {
    setSaving(true);
    const saved = await actions.addNote(draft.target, { body: draft.body.trim(), tags: parseTags(draft.tags), colour: null });
    setSaving(false);
    if (saved) panel.setState({ draft: null });
  };

  return (
    <section className="note-composer" aria-label="新批注">
      <p className="note-composer-target">
        <span className="note-composer-kicker">新批注</span>
        {slideNumber !== null && <span className="note-composer-slide">第 {slideNumber} 张</span>}
        <span className="note-composer-what">{what}</span>
      </p>
      <NoteEditor
        text={draft}
        onChange={(text) => panel.setState(({ draft: now }) => ({ draft: now ? { ...now, ...text } : now }))}
        onSave={() => void save()}
        onCancel={() => panel.setState({ draft: null })}
        saveLabel="保存批注"
        saving={saving}
        autoFocus
      />
    </section>
  );
}
