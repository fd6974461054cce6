import { analyseTitleOnly } from '../src/analyse/index.ts';
for (const t of ['CSR-strategi. Koncernen Stockholm Business Region', 'Näringslivsstrategi för Botkyrka kommun', 'Agendan för tillväxt. Näringslivspolicy för Trelleborgs kommun Policy 1 (5) KS 2017/150', 'Vision och strategi Universitetsbiblioteket']) {
  const a = analyseTitleOnly(t); console.log(t, '=>', a.municipality, a.organisation, a.kind, a.themes.map(x => x.id));
}
