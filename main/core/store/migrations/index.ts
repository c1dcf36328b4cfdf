import { initial } from './0010-initial';
import { figures } from './0020-figures';
import { deckNotes } from './0030-deck-notes';
import { annotations } from './0040-annotations';
import { editedAt } from './0050-edited-at';
import { annotationSearch } from './0060-annotation-search';
import { slimFigures } from './0070-slim-figures';
import { library } from './0080-library';
import { deckEdits } from './0090-deck-edits';
import { figureCorrections } from './0100-figure-corrections';
import { paragraphIndexPerImport } from './0110-paragraph-index-per-import';
import type { Migration } from './types';

/** Every schema step in order. The last version is the schema this app writes. */
export const migrations: readonly Migration[] = [initial, figures, deckNotes, annotations, editedAt, annotationSearch, slimFigures, library, deckEdits, figureCorrections, paragraphIndexPerImport];

export const latestVersion: number = migrations.at(-1)?.version ?? 0;
