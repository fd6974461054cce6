/** A labelled select of municipalities (name, county), used to pick what to compare or explore. */
import { useId } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export interface MunicipalityOption {
  code: string;
  name: string;
}

interface PickerProps {
  label: string;
  options: readonly MunicipalityOption[];
  value: string;
  onChange: (code: string) => void;
  /** codes not to offer (e.g. already chosen) */
  exclude?: readonly string[];
}

export function MunicipalityPicker({ label, options, value, onChange, exclude = [] }: PickerProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('picker.choose')}</option>
        {options
          .filter((o) => o.code === value || !exclude.includes(o.code))
          .map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
      </select>
    </div>
  );
}
