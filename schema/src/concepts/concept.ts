/**
 * A concept in the Strategigrafen thesaurus, modelled on a SKOS-like concept store: one preferred label
 * per language, Swedish alternative labels (synonyms, near-synonyms and the compounds and phrasings a
 * strategist writes), one broader concept and the taxonomy themes it sits under.
 *
 * Labels are Swedish base forms, lower-case except proper names and abbreviations ("LOU", "Agenda 2030").
 * A label belongs to one concept only, so that a match names one concept. Labels should be specific: a
 * generic word such as "utveckling", "arbete" or "kommun" would match every document.
 */
export interface Concept {
  /** stable kebab-case id, e.g. "broadband" */
  id: string;
  /** the preferred Swedish label, e.g. "bredband" */
  prefLabelSv: string;
  /** the preferred English label, e.g. "broadband" */
  prefLabelEn: string;
  /** Swedish synonyms and near-synonyms as a strategist writes them, e.g. "fiber", "uppkoppling" */
  altLabels: readonly string[];
  /** the broader concept's id, or null at the top of the hierarchy */
  broader: string | null;
  /** ids of the taxonomy themes (schema/src/taxonomy/themes.ts) the concept sits under */
  themes: readonly string[];
  /** one Swedish sentence on what the concept means */
  definition?: string;
}
