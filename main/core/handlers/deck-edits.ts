import { applyDeckEdits, checkBriefingDeck, loadEditedDeck, redoDeckEdit, undoDeckEdit } from '../deck/edits/service';
import type { Handler } from './types';

export const editedDeckHandler = (({ briefingId }, { db }) => loadEditedDeck(db, briefingId)) satisfies Handler<'deck:edited'>;

export const applyEditsHandler = (({ briefingId, edits }, { db }) => applyDeckEdits(db, briefingId, edits)) satisfies Handler<'deck:applyEdits'>;

export const undoHandler = (({ briefingId }, { db }) => undoDeckEdit(db, briefingId)) satisfies Handler<'deck:undo'>;

export const redoHandler = (({ briefingId }, { db }) => redoDeckEdit(db, briefingId)) satisfies Handler<'deck:redo'>;

export const checkHandler = (({ briefingId }, { db }) => checkBriefingDeck(db, briefingId)) satisfies Handler<'deck:check'>;
