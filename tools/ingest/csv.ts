/** One record of a CSV file, with the line it starts on (1-based) for error messages. */
export interface CsvRow { line: number; fields: string[] }

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. A quote left open at
 * the end of the file is reported with the line the field started on, not swallowed into one huge field.
 */
export function parseCsv(text: string): { rows: CsvRow[]; error?: { line: number; why: string } } {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => { fields.push(field); rows.push({ line: rowLine, fields }); fields = []; field = ''; };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') { quoted = true; quoteLine = line; }
    else if (c === ',') { fields.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) return { rows, error: { line: quoteLine, why: 'a quoted field is never closed' } };
  if (field !== '' || fields.length) endRow();
  return { rows };
}
