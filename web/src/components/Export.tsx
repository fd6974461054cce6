/** "Export as CSV / JSON" for any list the explorer shows. */
import { useI18n } from '../i18n/i18n.tsx';
import { toCsv, type Cell } from '../lib/csv.ts';
import { downloadText, slug } from '../lib/download.ts';

export interface ExportColumn<Row> {
  /** the JSON key */
  id: string;
  /** the CSV header */
  header: string;
  value: (row: Row) => Cell;
}

export interface ExportSpec<Row> {
  /** the file name without extension, e.g. "lerum-dokument" */
  name: string;
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
}

export function exportCsv<Row>({ columns, rows }: ExportSpec<Row>): string {
  return toCsv(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
}

export function exportJson<Row>({ columns, rows }: ExportSpec<Row>): string {
  const records = rows.map((row) => Object.fromEntries(columns.map((c) => [c.id, c.value(row) ?? null])));
  return JSON.stringify(records, null, 2) + '\n';
}

export function ExportButtons<Row>({ spec, label }: { spec: ExportSpec<Row>; label?: string }) {
  const { t } = useI18n();
  const file = slug(spec.name);
  const what = label ?? spec.name;
  return (
    <div className="export" role="group" aria-label={t('export.group', { what })}>
      <button type="button" className="button button-small" disabled={spec.rows.length === 0} onClick={() => downloadText(`${file}.csv`, exportCsv(spec), 'text/csv')}>
        {t('export.csv')}
      </button>
      <button type="button" className="button button-small" disabled={spec.rows.length === 0} onClick={() => downloadText(`${file}.json`, exportJson(spec), 'application/json')}>
        {t('export.json')}
      </button>
    </div>
  );
}
