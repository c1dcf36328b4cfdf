import { useEffect, useState } from 'react';
import type { LibraryEntry } from '../../../main/shared/library';
import { request, type BriefingApi } from '../api/client';

export type LibraryLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly entries: readonly LibraryEntry[]; readonly deleted: readonly LibraryEntry[] };

/**
 * The library as the store has it, read again whenever `changes` moves (an import, a rename, a deletion …).
 * What is on screen stays while it is read again: only the first read shows a loading line.
 */
export function useLibrary(api: BriefingApi, changes: number): LibraryLoad {
  const [load, setLoad] = useState<LibraryLoad>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    request(api, 'briefings:list', { includeDeleted: true }).then(
      (all) => {
        if (!current) return;
        // Newest first: the briefing just imported is at the top.
        const byRecency = [...all].sort((a, b) => b.importedAt.localeCompare(a.importedAt) || b.id - a.id);
        setLoad({
          status: 'ready',
          entries: byRecency.filter((entry) => entry.deletedAt === null),
          deleted: byRecency.filter((entry) => entry.deletedAt !== null),
        });
      },
      (error: unknown) => current && setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, changes]);
  return load;
}
