/** Graph: an interactive network of municipalities, themes and goals around a selection. */
import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../../components/DataTable.tsx';
import { Page } from '../../../components/Page.tsx';
import { Empty, QueryState } from '../../../components/states.tsx';
import { useI18n, type MessageKey } from '../../../i18n/i18n.tsx';
import { absolute, themeLabel } from '../../../lib/labels.ts';
import { GoalNetworkQuery, MunicipalityNetworkQuery, NetworkOptionsQuery, ThemeNetworkQuery } from '../api/network.ts';
import { goalNetwork, municipalityNetwork, SEEDS, themeNetwork } from '../build.ts';
import { NETWORK_LIMITS, type Network, type NetNode, type NodeKind } from '../network.ts';
import { KIND_COLOURS, NetworkCanvas } from './NetworkCanvas.tsx';

const KIND_LABEL: Record<NodeKind, MessageKey> = { municipality: 'graph.kind.municipality', theme: 'graph.kind.theme', goal: 'graph.kind.goal' };

function NetworkView({ network, label }: { network: Network; label: string }) {
  const { t } = useI18n();
  const degree = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of network.edges) {
      counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
      counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
    }
    return counts;
  }, [network]);
  if (network.nodes.length <= 1) return <Empty>{t('graph.empty')}</Empty>;
  const order: NodeKind[] = ['municipality', 'theme', 'goal'];
  const rows = [...network.nodes].sort((a, b) => Number(Boolean(b.focus)) - Number(Boolean(a.focus)) || order.indexOf(a.kind) - order.indexOf(b.kind) || (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0));
  return (
    <>
      <div className="graph-legend" aria-hidden="true">
        {order.map((k) => (
          <span key={k} className="legend-item">
            <span className="legend-swatch" style={{ background: KIND_COLOURS[k] }} /> {t(KIND_LABEL[k])}
          </span>
        ))}
        <span className="legend-item">
          <span className="legend-ramp" style={{ background: '#d9a93c', height: 3 }} /> {t('graph.similarEdge')}
        </span>
      </div>
      <NetworkCanvas network={network} label={label} />
      <p className="small muted" aria-live="polite">
        {t('graph.size', { nodes: network.nodes.length, edges: network.edges.length })}
        {network.omitted > 0 && ` ${t('graph.omitted', { count: network.omitted, max: NETWORK_LIMITS.nodes })}`}
      </p>
      <details className="card" style={{ marginTop: '1rem' }}>
        <summary>
          <strong>{t('graph.nodes')}</strong> <span className="muted">({network.nodes.length})</span>
        </summary>
        <DataTable<NetNode>
          caption={t('graph.nodes')}
          exportName="natverk-noder"
          rows={rows}
          rowKey={(n) => n.id}
          columns={[
            { id: 'kind', header: t('col.kind'), value: (n) => n.kind, cell: (n) => t(KIND_LABEL[n.kind]) },
            { id: 'label', header: t('col.name'), value: (n) => n.label, cell: (n) => <Link to={n.href}>{n.label}</Link> },
            { id: 'links', header: t('graph.links'), value: (n) => degree.get(n.id) ?? 0, numeric: true },
            { id: 'url', header: 'URL', value: (n) => absolute(n.href), exportOnly: true },
          ]}
        />
      </details>
    </>
  );
}

function MunicipalityNetwork({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: MunicipalityNetworkQuery, variables: { code, goals: SEEDS.goals } });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.municipality ? <NetworkView network={municipalityNetwork(data.municipality, lang)} label={t('graph.around', { name: data.municipality.name })} /> : null)}
    </QueryState>
  );
}

function ThemeNetwork({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: ThemeNetworkQuery, variables: { id, municipalities: SEEDS.municipalities } });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.theme ? <NetworkView network={themeNetwork(data.theme, lang)} label={t('graph.around', { name: themeLabel(data.theme, lang) })} /> : null)}
    </QueryState>
  );
}

function GoalNetwork({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: GoalNetworkQuery, variables: { id } });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.goal ? <NetworkView network={goalNetwork(data.goal, lang)} label={t('graph.aroundGoal')} /> : null)}
    </QueryState>
  );
}

function Selection({ municipality, theme, onChange }: { municipality: string | null; theme: string | null; onChange: (next: { kommun?: string; tema?: string }) => void }) {
  const { t, lang } = useI18n();
  const [options] = useQuery({ query: NetworkOptionsQuery });
  const mId = useId();
  const tId = useId();
  const municipalities = options.data?.municipalities.edges.map((e) => e.node) ?? [];
  const themes = (options.data?.themes.edges.map((e) => e.node) ?? []).slice().sort((a, b) => themeLabel(a, lang).localeCompare(themeLabel(b, lang), lang));
  return (
    <div className="graph-controls">
      <div className="field">
        <label htmlFor={mId}>{t('graph.aroundMunicipality')}</label>
        <select id={mId} value={municipality ?? ''} onChange={(e) => onChange(e.target.value ? { kommun: e.target.value } : {})}>
          <option value="">{t('picker.choose')}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={tId}>{t('graph.aroundTheme')}</label>
        <select id={tId} value={theme ?? ''} onChange={(e) => onChange(e.target.value ? { tema: e.target.value } : {})}>
          <option value="">{t('picker.choose')}</option>
          {themes.map((th) => (
            <option key={th.id} value={th.id}>
              {themeLabel(th, lang)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export function GraphPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const goal = params.get('mal');
  const municipality = goal ? null : params.get('kommun');
  const theme = goal || municipality ? null : params.get('tema');
  return (
    <Page title={t('graph.title')} lead={t('graph.lead', { max: NETWORK_LIMITS.nodes })}>
      <Selection municipality={municipality} theme={theme} onChange={(next) => setParams(next)} />
      {goal ? <GoalNetwork id={goal} /> : municipality ? <MunicipalityNetwork code={municipality} /> : theme ? <ThemeNetwork id={theme} /> : <Empty>{t('graph.pick')}</Empty>}
    </Page>
  );
}
