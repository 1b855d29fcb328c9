// CSV files for spreadsheets, made in the browser from the numbers on the page: UTF-8 with a byte
// order mark (Excel otherwise misreads å, ä, ö) and semicolons, the separator Swedish Excel expects.

// OWASP: a cell a spreadsheet would run as a formula (= + - @ tab CR first) starts with an apostrophe.
function field(value) {
  const raw = String(value ?? '');
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows) {
  return rows.map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
}

export function downloadCsv(fileName, rows) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
