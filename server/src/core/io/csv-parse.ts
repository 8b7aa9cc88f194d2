/**
 * RFC 4180 records, leniently as spreadsheet programs read them: quoted fields may hold delimiters, doubled
 * quotes and line breaks; CRLF, LF and a lone CR all end a record; a quote inside an unquoted field is kept as
 * is, text after a closing quote is appended, and an unterminated quote runs to the end of the file.
 */

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/** Comma when the first line has one outside quotes, else tab, else semicolon, else comma (one column). */
export function detectDelimiter(text: string): "," | "\t" | ";" {
  const counts = { ",": 0, "\t": 0, ";": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && (ch === "," || ch === "\t" || ch === ";")) counts[ch]++;
  }
  if (counts[","] > 0) return ",";
  if (counts["\t"] > 0) return "\t";
  if (counts[";"] > 0) return ";";
  return ",";
}

/**
 * Yields each record as its fields, with the record's number (1-based, counting blank lines, so that it is the
 * row number a spreadsheet program shows). A final line break does not start another record.
 */
export function* parseCsv(text: string, delimiter = ","): Generator<{ record: number; fields: string[] }> {
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let record = 0;
  while (i < n) {
    record++;
    const fields: string[] = [];
    for (;;) {
      let value = "";
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field: runs to the next quote that is not doubled.
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close < 0) {
            value += text.slice(i);
            i = n;
            break;
          }
          value += text.slice(i, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            i = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
      }
      // Unquoted field, or whatever follows a closing quote, up to the delimiter or the end of the line.
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === sep || c === LF || c === CR) break;
        i++;
      }
      value += text.slice(start, i);
      fields.push(value);
      if (i < n && text.charCodeAt(i) === sep) {
        i++;
        continue;
      }
      break;
    }
    const end = text.charCodeAt(i);
    if (end === CR) {
      i++;
      if (text.charCodeAt(i) === LF) i++;
    } else if (end === LF) i++;
    yield { record, fields };
  }
}
