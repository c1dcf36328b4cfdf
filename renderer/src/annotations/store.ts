import { request, type BriefingApi } from '../api/client';
import type { AuthorSettings } from '../../../main/shared/annotations';
import type { ExportFormat } from '../../../main/shared/annotations';
import type { ExportedFile } from '../../../main/shared/annotations';
import type { Annotation } from '../../../main/shared/annotations';
import type { ImportCounts } from '../../../main/shared/annotations';
import type { ChannelInput } from '../../../main/shared/contract';
import { createStateStore, type StateStore } from '../ui/state-store';
import type { NoteContent, UndoTarget } from './undo';

export interface AnnotationData {
  readonly status: 'loading' | 'ready' | 'error';
  /** Why loading failed (Chinese, for the user). */
  readonly message: string | null;
  /** The briefing's annotations that are not deleted, oldest first. */
  readonly annotations: readonly Annotation[];
  readonly author: AuthorSettings | null;
}

/** How the UI names what a new annotation hangs on (the core stores the full anchor). */
export type CreateAnchor = ChannelInput<'annotations:create'>['anchor'];

/**
 * The briefing's annotations as this window knows them, and every write to them. Each write goes through
 * the typed API and only the saved result (what the core returns after its commit) enters the list, so
 * what is shown is what is on disk. `announce` tells the other window of the briefing (presenter ↔
 * audience) that something changed; it answers by calling `load()`.
 */
export interface AnnotationStore extends UndoTarget {
  readonly state: StateStore<AnnotationData>;
  load(): Promise<void>;
  create(anchor: CreateAnchor, content: NoteContent): Promise<Annotation>;
  setAuthorName(name: string): Promise<AuthorSettings>;
  importText(text: string): Promise<ImportCounts>;
  exportFile(format: ExportFormat): Promise<ExportedFile>;
}

/** What is read where no provider is (a slide drawn outside the app): no annotations, never a change. */
export const noAnnotations: StateStore<AnnotationData> = createStateStore<AnnotationData>({ status: 'ready', message: null, annotations: [], author: null });

const byCreation = (a: Annotation, b: Annotation): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createAnnotationStore(api: BriefingApi, briefingId: number, announce: () => void = () => undefined): AnnotationStore {
  const state = createStateStore<AnnotationData>({ status: 'loading', message: null, annotations: [], author: null });
  /** Bumped by every write, so a list fetched while a write was under way is fetched again, not trusted. */
  let writes = 0;

  /** Put the saved version of one annotation in the list (or take it out when it is now deleted). */
  const keep = (saved: Annotation): Annotation => {
    writes += 1;
    state.setState(({ annotations }) => {
      const others = annotations.filter((a) => a.id !== saved.id);
      return { annotations: saved.deletedAt === null ? [...others, saved].sort(byCreation) : others };
    });
    announce();
    return saved;
  };

  const load = async (): Promise<void> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const startedAt = writes;
      try {
        const [annotations, author] = await Promise.all([
          request(api, 'annotations:list', { briefingId }),
          request(api, 'settings:get', {}),
        ]);
        if (writes !== startedAt) continue;
        state.setState({ status: 'ready', message: null, annotations: [...annotations].sort(byCreation), author });
        return;
      } catch (error) {
        // A failed refresh keeps what is shown; only a first load has nothing to show instead.
        if (state.getState().status !== 'ready') state.setState({ status: 'error', message: messageOf(error) });
        throw error;
      }
    }
  };

  return {
    state,
    load,
    create: async (anchor, { body, tags, colour }) =>
      keep(await request(api, 'annotations:create', { briefingId, anchor, body, tags: [...tags], colour })),
    update: async (id, { body, tags, colour }, expectedUpdatedAt) =>
      keep(await request(api, 'annotations:update', { id, body, tags: [...tags], colour, expectedUpdatedAt })),
    remove: async (id, expectedUpdatedAt) => keep(await request(api, 'annotations:delete', { id, expectedUpdatedAt })),
    restore: async (id) => keep(await request(api, 'annotations:restore', { id })),
    async setAuthorName(name) {
      const author = await request(api, 'settings:set', { authorName: name });
      state.setState({ author });
      announce();
      return author;
    },
    async importText(text) {
      const counts = await request(api, 'annotations:import', { text, briefingId });
      writes += 1;
      announce();
      await load();
      return counts;
    },
    exportFile: (format) => request(api, 'annotations:export', { briefingId, format }),
  };
}
