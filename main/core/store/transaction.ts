import type { Db } from './connection';

/**
 * The one way the app writes several rows as one change: `work` runs in a transaction that takes the
 * database's write lock at once (BEGIN IMMEDIATE), so it never fails half way for want of the lock, and
 * either all of it is stored or none. Called inside another, it nests (a savepoint). Everything outside
 * store/ opens its transactions here, never with db.transaction itself (a lint rule says so).
 */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}
