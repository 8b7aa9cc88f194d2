/**
 * Generic import and export of tables (CSV, XLSX). It knows nothing about the records: a module declares its
 * columns (ColumnSpec) and validates the records with its own schema.
 *
 * Import: readTable(buffer, fileName) → mapHeaders(headers, columns, lang) → rowToRecord(row, mapping, columns,
 * lang) per row → the module's zod schema → zodIssuesToRowErrors(issues, rowNumber, mapping, lang).
 * Export: writeCsv / writeXlsx (or csvStream / xlsxStream); templates: templateFor.
 */
export { parseBoolean, parseDate, parseInteger, parseList, parseNumber } from "./cells.js";
export {
  type CellParse,
  type ColumnSpec,
  columnHeader,
  type HeaderMapping,
  mapHeaders,
  normalizeHeader,
} from "./columns.js";
export { rowToRecord, zodIssuesToRowErrors } from "./map-rows.js";
export {
  createProgressRegistry,
  importProgress,
  PROGRESS_TTL_MS,
  type Progress,
  type ProgressPhase,
  type ProgressRegistry,
} from "./progress.js";
export {
  DEFAULT_TABLE_LIMITS,
  type RawTable,
  readTable,
  type TableLimits,
  type TableRow,
} from "./read-table.js";
export { sendTableFile, TABLE_CONTENT_TYPES, type TableFormat, writeTable } from "./send-table.js";
export { templateFor, templateHeader } from "./template.js";
export {
  csvStream,
  type ExportColumn,
  type ExportRows,
  formatValue,
  guardFormula,
  writeCsv,
  writeXlsx,
  xlsxStream,
} from "./write-table.js";
