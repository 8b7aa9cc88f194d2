/** Error codes of the cultivation module's pool part (spread into ERRORS in ../errors.ts). */
export const POOL_ERRORS = {} as const satisfies Record<string, { status: number; zh: string; en: string }>;
