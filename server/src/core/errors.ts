import { ERRORS, type ErrorCode } from "@rdcity/common";

/**
 * The one error type domain code throws: a stable code (with its HTTP status in common's ERRORS table), the
 * parameters its localised message needs, and optional extra members for the problem body.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.status = ERRORS[code].status;
  }
}

export const fail = (
  code: ErrorCode,
  params?: Record<string, unknown>,
  extra?: Record<string, unknown>,
): never => {
  throw new AppError(code, params, extra);
};
