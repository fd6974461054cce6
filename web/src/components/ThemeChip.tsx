import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { themeLabel, type Labelled } from '../lib/labels.ts';
import { paths } from '../lib/paths.ts';

export function ThemeChip({ theme, title }: { theme: Labelled & { id: string }; title?: string }) {
  const { lang } = useI18n();
  return (
    <Link to={paths.theme(theme.id)} className="chip" title={title}>
      {themeLabel(theme, lang)}
    </Link>
  );
}

export function ThemeChips({ themes }: { themes: readonly { theme: Labelled & { id: string }; terms?: readonly string[] }[] }) {
  if (themes.length === 0) return null;
  return (
    <ul className="chips">
      {themes.map((t) => (
        <li key={t.theme.id}>
          <ThemeChip theme={t.theme} title={t.terms?.join(', ')} />
        </li>
      ))}
    </ul>
  );
}
