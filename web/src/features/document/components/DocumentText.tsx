/**
 * The document's text with its goals marked where they stand, each tagged with its themes and
 * linked to its page. Text is rendered as React text nodes, so markup in a document stays inert.
 */
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n.tsx';
import { splitByRanges } from '../../../lib/highlight.ts';
import { themeLabel, type Labelled } from '../../../lib/labels.ts';
import { paths } from '../../../lib/paths.ts';

export interface TextGoal {
  id: string;
  position: number;
  start: number;
  end: number;
  themes: readonly { theme: Labelled & { id: string } }[];
}

export interface TextSection {
  heading: string | null;
  start: number;
  end: number;
}

/** The text under its section headings (when it has more than one section), goals marked in each. */
export function SectionedText({ text, sections, goals }: { text: string; sections: readonly TextSection[]; goals: readonly TextGoal[] }) {
  if (sections.length <= 1) return <DocumentText text={text} goals={goals} />;
  return (
    <>
      {sections.map((section) => (
        <section key={section.start} className="doc-section">
          {section.heading && <h3>{section.heading}</h3>}
          <DocumentText
            text={text.slice(section.start, section.end)}
            goals={goals.filter((g) => g.start < section.end && g.end > section.start).map((g) => ({ ...g, start: g.start - section.start, end: g.end - section.start }))}
          />
        </section>
      ))}
    </>
  );
}

export function DocumentText({ text, goals }: { text: string; goals: readonly TextGoal[] }) {
  const { t, lang } = useI18n();
  const segments = splitByRanges(text, goals);
  return (
    <div className="doc-text">
      {segments.map((s) =>
        s.range ? (
          <mark key={s.start} id={`mal-${s.range.position + 1}`} className="goal-mark">
            {s.text}
            <span className="goal-tag">
              <Link to={paths.goal(s.range.id)} className="chip chip-accent" aria-label={t('document.goalLink', { n: s.range.position + 1 })}>
                {t('document.goalTag', { n: s.range.position + 1 })}
              </Link>
              {s.range.themes.slice(0, 3).map((tag) => (
                <Link key={tag.theme.id} to={paths.theme(tag.theme.id)} className="chip">
                  {themeLabel(tag.theme, lang)}
                </Link>
              ))}
            </span>
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </div>
  );
}
