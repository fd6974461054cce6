/**
 * Page furniture that web pages and page transcripts carry around the text: links, downloads, cookie
 * notices, contact and feedback boxes, "last updated" lines. None of it is ever a goal, whatever its
 * verbs ("Kontakta oss", "Tyck till", "Vi vill sätta kakor …").
 */
const FURNITURE =
  /(?:\bpdf\b.*\b\d+(?:[.,]\d+)?\s*[km]b\b|öppnas i (?:ett )?nytt fönster|länk till (?:annan )?webbplats|\bkakor\b|\bcookies?\b|senast (?:uppdaterad|ändrad|publicerad|reviderad)|(?:granskad\/)?uppdaterad den|sidansvarig|dokumentansvarig|tyck till om sidan|^dela sidan\b|skicka en kommentar|(?:finns|ladda(?:s)? ner|hämta)\b.*\b(?:pdf|www\.|https?:)|lämna (?:dina )?synpunkter|save this pdf|starta visningen|storlek: px|^download\b|^transkript\b)/iu;
/** a whole line that is a link or button */
const BUTTON = /^(?:kontakta oss|tyck till(?: & felanmäl)?|mer information|läs mer|dela(?: sidan)?|skriv ut|lyssna|hjälpte informationen[^.]*|till toppen|meny|sök)\s*[.:!?]?$/iu;

export function isFurniture(text: string): boolean {
  const t = text.trim();
  return FURNITURE.test(t) || BUTTON.test(t);
}
