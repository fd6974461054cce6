/** A plain, accessible table with a caption and CSV/JSON export of exactly what it shows. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { Cell } from '../lib/csv.ts';
import { ExportButtons, type ExportColumn } from './Export.tsx';
import { Empty } from './states.tsx';

export interface Column<Row> extends ExportColumn<Row> {
  /** how the cell looks; defaults to the exported value */
  cell?: (row: Row) => ReactNode;
  numeric?: boolean;
  /** only in the CSV/JSON export (e.g. a URL column) */
  exportOnly?: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  exportName: string;
  empty?: ReactNode;
}

function show(value: Cell): ReactNode {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export function DataTable<Row>({ caption, columns, rows, rowKey, exportName, empty }: DataTableProps<Row>) {
  const { t } = useI18n();
  const shown = columns.filter((c) => !c.exportOnly);
  return (
    <div className="table-block">
      <div className="table-toolbar">
        <span className="table-count">{t('table.rows', { count: rows.length })}</span>
        <ExportButtons spec={{ name: exportName, columns, rows }} label={caption} />
      </div>
      {rows.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.region', { caption })}>
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {shown.map((c) => (
                  <th key={c.id} scope="col" className={c.numeric ? 'numeric' : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {shown.map((c) => (
                    <td key={c.id} className={c.numeric ? 'numeric' : undefined}>
                      {c.cell ? c.cell(row) : show(c.value(row))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
