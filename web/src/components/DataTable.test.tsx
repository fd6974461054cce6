import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { DataTable } from './DataTable.tsx';

interface Row {
  code: string;
  name: string;
  goals: number;
  themes: string[];
}

const rows: Row[] = [
  { code: '1441', name: 'Lerum', goals: 33, themes: ['Näringslivsklimat', 'CSR'] },
  { code: 'S001', name: 'Norrvik, "fiktiv"', goals: 0, themes: [] },
];

function table() {
  return (
    <DataTable<Row>
      caption="Kommuner"
      exportName="Kommuner & mål"
      rows={rows}
      rowKey={(r) => r.code}
      columns={[
        { id: 'name', header: 'Kommun', value: (r) => r.name, cell: (r) => <a href={`/kommun/${r.code}`}>{r.name}</a> },
        { id: 'goals', header: 'Mål', value: (r) => r.goals, numeric: true },
        { id: 'themes', header: 'Teman', value: (r) => r.themes },
        { id: 'url', header: 'URL', value: (r) => `https://example.test/kommun/${r.code}`, exportOnly: true },
      ]}
    />
  );
}

/** Captures what the export offers for download instead of starting a download. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let pending: Blob | null = null;
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => ((pending = blob), 'blob:test'), revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pending) files.push({ name: this.download, blob: pending });
    pending = null;
  });
  return files;
}

/** jsdom's Blob has no text(); read it as bytes so the byte-order mark is kept */
function read(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('DataTable', () => {
  let files: { name: string; blob: Blob }[];
  beforeEach(() => {
    files = captureDownloads();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('shows the rows, without export-only columns', async () => {
    renderWithProviders(table());
    const region = await screen.findByRole('region', { name: 'Tabell: Kommuner' });
    expect(region.getAttribute('tabindex')).toBe('0'); // scrollable on phones, so it must be focusable
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Kommun', 'Mål', 'Teman']);
    expect(screen.getByRole('link', { name: 'Lerum' }).getAttribute('href')).toBe('/kommun/1441');
    expect(region.closest('.table-block')?.querySelector('.table-count')?.textContent).toBe('2 rader');
  });

  it('exports exactly its data as CSV, export-only columns included', async () => {
    renderWithProviders(table());
    fireEvent.click(await screen.findByRole('button', { name: 'Exportera CSV' }));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('kommuner-mal.csv');
    expect(files[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const csv = await read(files[0]!.blob);
    expect(csv).toBe(
      '\uFEFFKommun,Mål,Teman,URL\r\n' +
        'Lerum,33,"Näringslivsklimat; CSR",https://example.test/kommun/1441\r\n' +
        '"Norrvik, ""fiktiv""",0,,https://example.test/kommun/S001\r\n',
    );
  });

  it('exports as JSON records keyed by column id', async () => {
    renderWithProviders(table());
    fireEvent.click(await screen.findByRole('button', { name: 'Exportera JSON' }));
    const json = JSON.parse(await read(files[0]!.blob)) as unknown;
    expect(files[0]!.name).toBe('kommuner-mal.json');
    expect(json).toEqual([
      { name: 'Lerum', goals: 33, themes: ['Näringslivsklimat', 'CSR'], url: 'https://example.test/kommun/1441' },
      { name: 'Norrvik, "fiktiv"', goals: 0, themes: [], url: 'https://example.test/kommun/S001' },
    ]);
  });

  it('shows an empty state and disables export without rows', async () => {
    renderWithProviders(<DataTable<Row> caption="Kommuner" exportName="x" rows={[]} rowKey={(r) => r.code} columns={[{ id: 'name', header: 'Kommun', value: (r) => r.name }]} empty="Inga kommuner." />);
    expect((await screen.findByText('Inga kommuner.')).className).toBe('state state-empty');
    expect((screen.getByRole('button', { name: 'Exportera CSV' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
