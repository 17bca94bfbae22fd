/** The small error family of vnkg: every error has a stable code and keeps its cause. */
export const ErrorCode = Object.freeze({
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  NOT_FOUND: 'NOT_FOUND',
  SCHEMA_VIOLATION: 'SCHEMA_VIOLATION',
  IO: 'IO',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  STORE_QUERY: 'STORE_QUERY',
  USAGE: 'USAGE',
} as const);
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class VnkgError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VnkgError';
    this.code = code;
  }
}

export class UsageError extends VnkgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.USAGE, message, options);
    this.name = 'UsageError';
  }
}

export class SchemaError extends VnkgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.SCHEMA_VIOLATION, message, options);
    this.name = 'SchemaError';
  }
}

export class StoreError extends VnkgError {
  constructor(code: 'STORE_UNAVAILABLE' | 'STORE_QUERY', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'StoreError';
  }
}

/** Throws a VnkgError(INVALID_ARGUMENT) naming the function and the bad value. */
export function invalidArgument(fn: string, what: string, value: unknown): never {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  throw new VnkgError(ErrorCode.INVALID_ARGUMENT, `${fn}: invalid ${what}: ${shown.slice(0, 200)}`);
}
