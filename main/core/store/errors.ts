/** A store failure the user can act on; `code` is stable and maps to the contract's error codes. */
export class StoreError extends Error {
  constructor(
    readonly code: 'DB_TOO_NEW' | 'DB_UNREADABLE' | 'NOT_FOUND' | 'CONFLICT',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
