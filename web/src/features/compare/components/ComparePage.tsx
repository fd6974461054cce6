/** Compare 2–4 municipalities: the theme matrix, goals per theme in columns, and the gaps. */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../../components/DataTable.tsx';
import { MunicipalityPicker } from '../../../components/MunicipalityPicker.tsx';
import { Page, Section } from '../../../components/Page.tsx';
import { Empty, QueryState } from '../../../components/states.tsx';
import { ThemeChip } from '../../../components/ThemeChip.tsx';
import type { CompareQuery as CompareData } from '../../../gql/graphql.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { strengthColour } from '../../../lib/colour.ts';
import { decimal, themeLabel } from '../../../lib/labels.ts';
import { parseCodes, paths } from '../../../lib/paths.ts';
import { CompareOptionsQuery, CompareQuery } from '../api/compare.ts';

type Comparison = CompareData['compare'];
type Row = Comparison['rows'][number];

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

function Picker({ codes, setCodes }: { codes: readonly string[]; setCodes: (codes: string[]) => void }) {
  const { t } = useI18n();
  const [options] = useQuery({ query: CompareOptionsQuery });
  const [adding, setAdding] = useState('');
  const list = options.data?.municipalities.edges.map((e) => e.node) ?? [];
  const name = (code: string) => list.find((m) => m.code === code)?.name ?? code;
  return (
    <div className="card" style={{ marginBottom: '1rem' }}>
      <ul className="chips" aria-label={t('compare.chosen')} style={{ marginBottom: '0.6rem' }}>
        {codes.map((code) => (
          <li key={code}>
            <span className="chip">
              {name(code)}
              <button type="button" className="chip-remove" onClick={() => setCodes(codes.filter((c) => c !== code))} aria-label={t('compare.remove', { name: name(code) })}>
                ×
              </button>
            </span>
          </li>
        ))}
      </ul>
      {codes.length < MAX_COMPARED && (
        <form
          className="compare-picker"
          onSubmit={(e) => {
            e.preventDefault();
            if (adding) setCodes([...codes, adding]);
            setAdding('');
          }}
        >
          <MunicipalityPicker label={t('compare.add')} options={list} value={adding} onChange={setAdding} exclude={codes} />
          <button type="submit" className="button" disabled={!adding}>
            {t('compare.addButton')}
          </button>
        </form>
      )}
      <p className="small muted" style={{ margin: '0.5rem 0 0' }}>
        {t('compare.hint', { min: MIN_COMPARED, max: MAX_COMPARED })}
      </p>
    </div>
  );
}

function Matrix({ comparison }: { comparison: Comparison }) {
  const { t, lang } = useI18n();
  const ms = comparison.municipalities;
  const max = Math.max(0.0001, ...comparison.rows.flatMap((r) => r.cells.map((c) => c.weight)));
  const columns: Column<Row>[] = [
    { id: 'theme', header: t('col.theme'), value: (r) => themeLabel(r.theme, lang), cell: (r) => <ThemeChip theme={r.theme} /> },
    ...ms.map(
      (m, i): Column<Row> => ({
        id: m.code,
        header: m.name,
        value: (r) => Math.round((r.cells[i]?.weight ?? 0) * 1000) / 1000,
        cell: (r) => {
          const cell = r.cells[i];
          if (!cell?.covered) return <span className="muted">{t('compare.notCovered')}</span>;
          return (
            <span title={t('compare.cellTitle', { weight: decimal(cell.weight, lang), documents: cell.documentCount, goals: cell.goalCount })}>
              <span className="dot" style={{ background: strengthColour(cell.weight / max) }} aria-hidden="true" /> {t('count.goals', { count: cell.goalCount })}
            </span>
          );
        },
      }),
    ),
  ];
  return <DataTable caption={t('compare.matrix')} exportName={`jamforelse-${ms.map((m) => m.code).join('-')}`} rows={comparison.rows} rowKey={(r) => r.theme.id} columns={columns} empty={t('compare.noThemes')} />;
}

function GoalColumns({ comparison }: { comparison: Comparison }) {
  const { t, lang } = useI18n();
  const ms = comparison.municipalities;
  const rows = comparison.rows.filter((r) => r.cells.some((c) => c.goalCount > 0));
  if (rows.length === 0) return <Empty>{t('compare.noGoals')}</Empty>;
  return (
    <>
      {rows.map((row, index) => (
        <details key={row.theme.id} open={index < 3} style={{ marginBottom: '0.6rem' }}>
          <summary>
            <strong>{themeLabel(row.theme, lang)}</strong>
          </summary>
          <div className="columns" style={{ ['--cols' as string]: ms.length }}>
            {ms.map((m, i) => {
              const cell = row.cells[i];
              return (
                <div key={m.code}>
                  <h3 className="column-title">
                    {m.name} <span className="muted small">({cell?.goalCount ?? 0})</span>
                  </h3>
                  {!cell || cell.goals.edges.length === 0 ? (
                    <p className="small muted">{t('compare.noGoalsHere')}</p>
                  ) : (
                    <ul className="plain-list small">
                      {cell.goals.edges.map(({ node }) => (
                        <li key={node.id}>
                          <Link to={paths.goal(node.id)}>{node.text}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                  {cell && cell.goals.totalCount > cell.goals.edges.length && (
                    <p className="small">
                      <Link to={`${paths.municipality(m.code)}?tema=${encodeURIComponent(row.theme.id)}#goals`}>{t('compare.allGoals', { count: cell.goals.totalCount })}</Link>
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </details>
      ))}
    </>
  );
}

function Gaps({ comparison }: { comparison: Comparison }) {
  const { t, lang } = useI18n();
  return (
    <>
      {comparison.shared.length > 0 && (
        <p>
          {t('compare.shared')} {comparison.shared.map((th) => themeLabel(th, lang)).join(', ')}
        </p>
      )}
      <DataTable
        caption={t('compare.gaps')}
        exportName={`jamforelse-luckor-${comparison.municipalities.map((m) => m.code).join('-')}`}
        rows={comparison.gaps}
        rowKey={(g) => g.theme.id}
        empty={t('compare.noGaps')}
        columns={[
          { id: 'theme', header: t('col.theme'), value: (g) => themeLabel(g.theme, lang), cell: (g) => <ThemeChip theme={g.theme} /> },
          { id: 'coveredBy', header: t('compare.coveredBy'), value: (g) => g.coveredBy.map((m) => m.name) },
          { id: 'missing', header: t('compare.missing'), value: (g) => g.missing.map((m) => m.name), cell: (g) => <strong>{g.missing.map((m) => m.name).join(', ')}</strong> },
        ]}
      />
    </>
  );
}

function CompareResult({ codes }: { codes: string[] }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: CompareQuery, variables: { codes } });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (
        <>
          <Section title={t('compare.matrix')} id="matrix">
            <Matrix comparison={data.compare} />
          </Section>
          <Section title={t('compare.goalsPerTheme')} id="goals">
            <GoalColumns comparison={data.compare} />
          </Section>
          <Section title={t('compare.gaps')} id="gaps">
            <Gaps comparison={data.compare} />
          </Section>
        </>
      )}
    </QueryState>
  );
}

export function ComparePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const codes = parseCodes(params.get('kommuner')).slice(0, MAX_COMPARED);
  function setCodes(next: string[]) {
    setParams(new URLSearchParams(paths.compare(next).split('?')[1] ?? ''));
  }
  return (
    <Page title={t('compare.title')} lead={t('compare.lead')}>
      <Picker codes={codes} setCodes={setCodes} />
      {codes.length < MIN_COMPARED ? <Empty>{t('compare.pickMore', { count: MIN_COMPARED - codes.length })}</Empty> : <CompareResult codes={codes} />}
    </Page>
  );
}
