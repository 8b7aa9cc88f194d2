/** Error codes of the cultivation module's support part (spread into ERRORS in ../errors.ts). */
export const SUPPORT_ERRORS = {} as const satisfies Record<string, { status: number; zh: string; en: string }>;
