/** The theme select of "goals by theme": all themes, or one of the municipality's profile with its goal count. */
import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { themeLabel } from '../../../lib/labels.ts';
import type { Municipality } from '../types.ts';

export function GoalThemeFilter({ profile, value, onChange }: { profile: Municipality['themeProfile']; value: string | null; onChange: (theme: string) => void }) {
  const { t, lang } = useI18n();
  const selectId = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={selectId}>{t('municipality.themeFilter')}</label>
      <select id={selectId} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('municipality.allThemes')}</option>
        {profile.map((p) => (
          <option key={p.theme.id} value={p.theme.id}>
            {themeLabel(p.theme, lang)} ({p.goalCount})
          </option>
        ))}
      </select>
    </div>
  );
}
