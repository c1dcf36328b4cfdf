/** Error codes a caller can branch on. Messages are for people (Chinese, shown in the UI). */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT' // the record changed since the caller read it
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN'
  | 'DB_TOO_NEW'
  | 'INTERNAL';

export interface AppErrorShape {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppErrorShape };

/** Thrown by handlers for an expected failure; the dispatcher turns it into `{ok:false}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
