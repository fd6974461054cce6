/** Municipality: its documents, theme profile, goals by theme, similar municipalities, "compare with…". */
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/states.tsx';
import { MunicipalityQuery } from '../api/municipality.ts';
import { MunicipalityContent } from './MunicipalityContent.tsx';

export function MunicipalityPage() {
  const { code = '' } = useParams();
  const [result, reexecute] = useQuery({ query: MunicipalityQuery, variables: { code } });
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.municipality ? <MunicipalityContent municipality={data.municipality} data={data} /> : null)}
    </QueryState>
  );
}
