/** One theme's goals in "goals by theme": a collapsible card with the theme and count, each goal linked. */
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n.tsx';
import { themeLabel } from '../../../lib/labels.ts';
import { paths } from '../../../lib/paths.ts';
import type { GoalGroup } from '../groups.ts';

export function GoalGroupCard({ group, open }: { group: GoalGroup; open: boolean }) {
  const { t, lang, label } = useI18n();
  return (
    <details className="card" style={{ marginTop: '0.6rem' }} open={open}>
      <summary>
        <strong>{group.theme ? themeLabel(group.theme, lang) : t('municipality.noTheme')}</strong> <span className="muted">({group.goals.length})</span>
      </summary>
      <ul className="plain-list">
        {group.goals.map((g) => (
          <li key={g.id}>
            <Link to={paths.goal(g.id)}>{g.text}</Link>
            <div className="small muted">
              {label('level', g.level)}
              {g.measurable && ` · ${t('goal.measurable')}`} · {g.document.title}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
