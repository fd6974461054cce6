/**
 * Page furniture that web pages and page transcripts carry around the text: links, downloads, cookie
 * notices, contact and feedback boxes, "last updated" lines, logos, skip links and menus, search boxes,
 * breadcrumbs and bare dates. None of it is ever a goal, whatever its verbs ("Kontakta oss", "Tyck till",
 * "Vi vill sätta kakor …"), and none of it is a document's title.
 */
const FURNITURE =
  /(?:\bpdf\b.*\b\d+(?:[.,]\d+)?\s*[km]b\b|öppnas i (?:ett )?nytt fönster|länk till (?:annan )?webbplats|\bkakor\b|\bcookies?\b|senast (?:uppdaterad|ändrad|publicerad|reviderad)|(?:granskad\/)?uppdaterad den|sidansvarig|dokumentansvarig|tyck till om sidan|^dela sidan\b|skicka en kommentar|(?:finns|ladda(?:s)? ner|hämta)\b.*\b(?:pdf|www\.|https?:)|lämna (?:dina )?synpunkter|save this pdf|starta visningen|storlek: px|^download\b|^transkript\b)/iu;
/** a whole line that is a link or button */
const BUTTON = /^(?:kontakta oss|tyck till(?: & felanmäl)?|mer information|läs mer|dela(?: sidan)?|skriv ut|lyssna|hjälpte informationen[^.]*|till toppen|meny|sök)\s*[.:!?]?$/iu;
/** a site's logo, name, skip links and menus, an empty search, a language chooser, cookie settings */
const NAVIGATION =
  /^(?:[\p{L}.-]+\s+){0,4}logotyp(?:en)?(?:\s+(?:för|till)\s+[\p{L}\s.-]{1,40})?$|^(?:länk )?till (?:startsidan|undermeny)|^(?:gå|hoppa)(?: direkt)? till (?:sidans )?(?:huvud)?(?:innehåll|artikel|navigering|meny)|^(?:öppna|stäng) (?:sidans )?(?:huvud|mobil)?(?:navigering|meny)n?|^(?:huvud|under|snabb)?meny$|^(?:no results found|inga (?:sök)?träffar)\b|^[\p{L}\d-]+\.(?:se|nu|com|org|eu)$|google translate|välja? (?:vilket )?språk\b|(?:ändra|hantera|anpassa) (?:dina )?(?:cookie)?inställningar/iu;
/** a line that is only a date, perhaps introduced ("Publicerad 2022-06-16", "10 september 2014") */
const DATE_LINE =
  /^(?:(?:publicerad|uppdaterad|ändrad|datum)(?: den)?:?\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+\d{4})(?:\s*kl\.?\s*\d{1,2}[.:]\d{2})?$/iu;
/** "Du är här: Start / Om kommunen / Landsbygdsutveckling": where the page sits, its own name last */
const BREADCRUMB = /^(?:du är här|här är du)\s*:\s*(.+)$/iu;
const CRUMB_SEPARATOR = /\s+[/>›»|]\s+/u;

export function isFurniture(text: string): boolean {
  const t = withoutBullet(text.trim());
  return FURNITURE.test(t) || BUTTON.test(t) || NAVIGATION.test(t) || DATE_LINE.test(t) || BREADCRUMB.test(t);
}

/** The page's own name in a breadcrumb line, or null when the line is none. */
export function breadcrumbTitle(text: string): string | null {
  const crumbs = BREADCRUMB.exec(withoutBullet(text.trim()))?.[1]?.split(CRUMB_SEPARATOR);
  const last = crumbs?.[crumbs.length - 1]?.trim();
  return last || null;
}

function withoutBullet(text: string): string {
  return text.replace(/^[•·▪■◦*–-]\s+/u, '');
}
