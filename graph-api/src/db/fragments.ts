/**
 * Cypher fragments shared by several services: how a node is projected into a row (whole, or for the fields
 * a query asks for), and the filter conditions over documents and goals. Every value travels as a parameter.
 */
import { encodeTarget } from '@strategigrafen/schema';

/**
 * A sort key that orders Swedish text as Swedish readers expect: case-insensitive, with å, ä and ö
 * after z in that order (plain code-point order would put ä before å). Neo4j has no collations.
 */
export const swedishSortKey = (expression: string) =>
  `replace(replace(replace(toLower(${expression}), 'å', '~1'), 'ä', '~2'), 'ö', '~3')`;

/** Projects Municipality `m`. */
export const MUNICIPALITY_ROW = 'm {.code, .name, .lat, .lon, countyCode: [(m)-[:IN_COUNTY]->(c:County) | c.code][0]}';

/**
 * What each field of a type needs of its node, as map projection entries: a field resolved from the node's id
 * (its text, its goals…) needs `.id`. A projection for some fields only (see `rowFor`) takes their entries.
 */
type FieldEntries = Readonly<Record<string, readonly string[]>>;

/** Document `d`'s entries by field; its (possibly long) text is loaded only when asked for. */
const DOCUMENT_FIELDS: FieldEntries = {
  ...plain('id', 'title', 'kind', 'area', 'year', 'adoptedBy', 'adoptedOn', 'dnr', 'path', 'sourceUrl', 'fetchedAt', 'fileName', 'published', 'hasText', 'synthetic'),
  ...byId('text', 'sections', 'goals', 'goalCount', 'themes', 'related', 'reusedPassages'),
  municipality: ['municipalityCode: [(pm:Municipality)-[:PUBLISHED]->(d) | pm.code][0]'],
  organisation: ['organisationId: [(po:Organisation)-[:PUBLISHED]->(d) | po.id][0]'],
};

/** Goal `g` (standing in Document `d`)'s entries by field. */
const GOAL_FIELDS: FieldEntries = {
  ...plain('id', 'text', 'actor', 'level', 'measurable', 'deadline', 'section', 'position', 'start', 'end'),
  target: Object.keys(encodeTarget(null)).map((key) => `.${key}`),
  ...byId('themes', 'similar', 'concepts'),
  document: ['documentId: d.id'],
  municipality: ['municipalityCode: [(gm:Municipality)-[:PUBLISHED]->(d) | gm.code][0]'],
};

/** A tag's entries by ThemeTag field, from relationship `a` to Theme `t` (ADDRESSES or ABOUT). */
const TAG_FIELDS: FieldEntries = { theme: ['themeId: t.id'], weight: ['weight: a.weight'], terms: ['terms: a.terms'] };

function plain(...fields: string[]): Record<string, string[]> {
  return Object.fromEntries(fields.map((field) => [field, [`.${field}`]]));
}

function byId(...fields: string[]): Record<string, string[]> {
  return Object.fromEntries(fields.map((field) => [field, ['.id']]));
}

/**
 * A projection for the fields asked for, always with what identifies the row (`always`): all fields when one of
 * them is not in `entries` (a field added without saying what it needs still gets the whole row).
 */
function rowFor(variable: string, entries: FieldEntries, always: readonly string[], fields: Iterable<string> | 'all'): string {
  const wanted = fields === 'all' ? Object.keys(entries) : [...fields].filter((field) => field !== '__typename');
  const known = wanted.every((field) => Object.hasOwn(entries, field));
  const chosen = new Set(always);
  for (const field of known ? wanted : Object.keys(entries)) for (const entry of entries[field]!) chosen.add(entry);
  return `${variable}{${[...chosen].join(', ')}}`;
}

/** Projects Document `d` for these fields of Document. */
export const documentRow = (fields: Iterable<string> | 'all') => rowFor('d ', DOCUMENT_FIELDS, ['.id'], fields);

/** Projects Goal `g` in Document `d` for these fields of Goal. */
export const goalRow = (fields: Iterable<string> | 'all') => rowFor('g ', GOAL_FIELDS, ['.id'], fields);

/** A theme tag (relationship `a` to Theme `t`) as a StoredTag, for these fields of ThemeTag; always with its theme's id. */
export const tagRow = (fields: Iterable<string> | 'all') => rowFor('', TAG_FIELDS, TAG_FIELDS.theme!, fields);

/** Projects Document `d` without its (possibly long) text, which is loaded only when asked for. */
export const DOCUMENT_ROW = documentRow('all');

/** Projects Goal `g` standing in Document `d`. */
export const GOAL_ROW = goalRow('all');

/** Projects Theme `t`. */
export const THEME_ROW = 't {.id, .labelSv, .labelEn, .description, .terms, parentId: [(t)-[:SUBTHEME_OF]->(p:Theme) | p.id][0]}';

/** Projects Organisation `o`. */
export const ORGANISATION_ROW =
  'o {.id, .name, .kind, municipalityCode: [(o)-[:PART_OF]->(om:Municipality) | om.code][0], ' +
  'countyCode: coalesce([(o)-[:PART_OF]->(oc:County) | oc.code][0], [(o)-[:PART_OF]->(:Municipality)-[:IN_COUNTY]->(oc:County) | oc.code][0])}';

/** Document `d` belongs to municipality `$code`: published by it or by one of its organisations. */
const DOCUMENT_OF_MUNICIPALITY = (code: string) =>
  `(EXISTS { (:Municipality {code: ${code}})-[:PUBLISHED]->(d) } OR EXISTS { (:Municipality {code: ${code}})<-[:PART_OF]-(:Organisation)-[:PUBLISHED]->(d) })`;

/** Document `d` belongs to county `$code` through its municipality or organisation. */
const DOCUMENT_IN_COUNTY = (code: string) =>
  `(EXISTS { (d)<-[:PUBLISHED]-(:Municipality)-[:IN_COUNTY]->(:County {code: ${code}}) } ` +
  `OR EXISTS { (d)<-[:PUBLISHED]-(:Organisation)-[:PART_OF]->(:County {code: ${code}}) } ` +
  `OR EXISTS { (d)<-[:PUBLISHED]-(:Organisation)-[:PART_OF]->(:Municipality)-[:IN_COUNTY]->(:County {code: ${code}}) })`;


/**
 * Conditions on Document `d` from the map parameter `$f`
 * ({municipality, county, organisation, themes, kind, yearFrom, yearTo, hasText}; null means any).
 * `themes` is a theme id with its subthemes' ids (see withSubthemes): a list test is far cheaper than a path per row.
 */
export const DOCUMENT_FILTER = `
  ($f.kind IS NULL OR d.kind = $f.kind)
  AND ($f.yearFrom IS NULL OR d.year >= $f.yearFrom)
  AND ($f.yearTo IS NULL OR d.year <= $f.yearTo)
  AND ($f.hasText IS NULL OR coalesce(d.hasText, false) = $f.hasText)
  AND ($f.themes IS NULL OR EXISTS { (d)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $f.themes })
  AND ($f.municipality IS NULL OR ${DOCUMENT_OF_MUNICIPALITY('$f.municipality')})
  AND ($f.county IS NULL OR ${DOCUMENT_IN_COUNTY('$f.county')})
  AND ($f.organisation IS NULL OR EXISTS { (:Organisation {id: $f.organisation})-[:PUBLISHED]->(d) })`;

/**
 * Conditions on Goal `g` in Document `d` from the map parameter `$f`
 * ({municipality, county, themes, level, measurable, documentKind, actor}; null means any).
 */
export const GOAL_FILTER = `
  ($f.level IS NULL OR g.level = $f.level)
  AND ($f.measurable IS NULL OR coalesce(g.measurable, false) = $f.measurable)
  AND ($f.documentKind IS NULL OR d.kind = $f.documentKind)
  AND ($f.actor IS NULL OR toLower(coalesce(g.actor, '')) CONTAINS toLower($f.actor))
  AND ($f.themes IS NULL OR EXISTS { (g)-[:ABOUT]->(t:Theme) WHERE t.id IN $f.themes })
  AND ($f.municipality IS NULL OR ${DOCUMENT_OF_MUNICIPALITY('$f.municipality')})
  AND ($f.county IS NULL OR ${DOCUMENT_IN_COUNTY('$f.county')})`;

/** The stable order of goals: newest documents first, each document's goals in their order (cheap to sort at national scale). */
export const GOAL_ORDER = 'coalesce(d.year, 0) DESC, d.id, g.position, g.id';

/** Counts the documents of Municipality `m`: published by it or by one of its organisations. */
export const MUNICIPALITY_DOCUMENT_COUNT =
  'COUNT { MATCH (m)-[:PUBLISHED]->(md:Document) RETURN md UNION MATCH (m)<-[:PART_OF]-(:Organisation)-[:PUBLISHED]->(md:Document) RETURN md }';
