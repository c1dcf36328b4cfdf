import type { Database } from 'better-sqlite3';

/** One schema step. `version` is numbered in tens (10, 20, …) so a fix-up can slot in between. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database) => void;
}
