/** Error codes of the cultivation module's effectiveness part (spread into ERRORS in ../errors.ts). */
export const EFFECTIVENESS_ERRORS = {} as const satisfies Record<string, { status: number; zh: string; en: string }>;
