/** "Compare with…": pick another municipality and open the comparison of the two. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { MunicipalityPicker, type MunicipalityOption } from '../../../components/MunicipalityPicker.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { paths } from '../../../lib/paths.ts';

export function CompareWith({ code, options }: { code: string; options: readonly MunicipalityOption[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [other, setOther] = useState('');
  return (
    <form
      className="compare-picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (other) void navigate(paths.compare([code, other]));
      }}
    >
      <MunicipalityPicker label={t('municipality.compareWith')} options={options} value={other} onChange={setOther} exclude={[code]} />
      <button type="submit" className="button" disabled={!other}>
        {t('municipality.compare')}
      </button>
    </form>
  );
}
