import { Link } from 'react-router';
import type { ThemeChipFieldsFragment, ThemeTagFieldsFragment } from '../gql/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { themeLabel } from '../lib/labels.ts';
import { paths } from '../lib/paths.ts';

/** A theme, linked to its page. Its data: ThemeChipFields (ThemeChip.fragment.ts). */
export function ThemeChip({ theme, title }: { theme: ThemeChipFieldsFragment; title?: string }) {
  const { lang } = useI18n();
  return (
    <Link to={paths.theme(theme.id)} className="chip" title={title}>
      {themeLabel(theme, lang)}
    </Link>
  );
}

/** A document's or goal's theme tags as chips, each titled with the terms that triggered it. Its data: ThemeTagFields. */
export function ThemeChips({ themes }: { themes: readonly ThemeTagFieldsFragment[] }) {
  if (themes.length === 0) return null;
  return (
    <ul className="chips">
      {themes.map((t) => (
        <li key={t.theme.id}>
          <ThemeChip theme={t.theme} title={t.terms.join(', ')} />
        </li>
      ))}
    </ul>
  );
}
