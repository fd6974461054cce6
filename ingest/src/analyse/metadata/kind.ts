/**
 * The kind of document (DOCUMENT_KINDS) from its title: the first word in the title that is, or ends in,
 * a kind noun — Swedish builds kinds as compounds ("Näringslivsstrategi", "Besöksnäringsstrategin",
 * "Kommunikationspolicy", "Näringslivsprogrammet"). The first one wins because a title names its own kind
 * before the kind of anything it refers to: "Handlingsplan för Skara kommuns landsbygdsstrategi" is a
 * handlingsplan, "Förklaringsdokument till näringslivsstrategi" a förklaringsdokument, "Aktivitetslista
 * Näringslivsprogrammet" an aktivitetslista. Adjectives are not kinds: "Strategisk plan" is a plan,
 * "Näringslivspolitiskt program" a program. "Bilaga/Bilagor till …" is an appendix (övrigt).
 * With no kind word in the title, the opening of the body is read the same way.
 */
import type { DocumentKind } from '@strategigrafen/schema';
import { words } from './words.js';

/** Folded word endings per kind; longer, more specific kinds first ("handlingsplan" before "plan"). */
const KIND_ENDINGS: readonly [DocumentKind, RegExp][] = [
  ['förklaringsdokument', /forklaringsdokument(?:et)?$/],
  ['ägardirektiv', /agardirektiv(?:et|en)?$/],
  ['remiss', /^remiss(?:en|er|version|versionen|utgava|handling)?$/],
  ['överenskommelse', /(?:overenskommelse(?:n|r|rna)?|avsiktsforklaring(?:en)?)$/],
  ['aktivitetslista', /aktivitetslist(?:a|an|or|orna)$/],
  ['handlingsplan', /handlingsplan(?:en|er|erna)?$/],
  ['verksamhetsplan', /verksamhetsplan(?:en|er|erna)?$/],
  ['riktlinjer', /riktlinje(?:r|rna|n)?$/],
  ['policy', /polic(?:y|yn|ys|ies|ier|ierna)$/],
  ['strategi', /strategi(?:n|er|erna)?$/],
  ['program', /program(?:met|men|mets)?$/],
  ['styrdokument', /styrdokument(?:et|en)?$/],
  ['vision', /(?:vision(?:en|er|erna)?|framtidsbild(?:en)?)$/],
  ['rapport', /(?:rapport(?:en|er|erna)?|analys(?:en|er)?|utvardering(?:en|ar)?|uppfoljning(?:en|ar)?)$/],
  ['plan', /plan(?:en|er|erna)?$/],
];

/** Words that end like a kind but are not: revision, television, division, flygplan … */
const NOT_A_KIND = /(?:re|tele|di|pro|super)vision(?:en|er|erna)?$|^(?:flygplan|kaplan)(?:et|en|er)?$/;

function kindOfWord(folded: string): DocumentKind | null {
  if (NOT_A_KIND.test(folded)) return null;
  for (const [kind, ending] of KIND_ENDINGS) if (ending.test(folded)) return kind;
  return null;
}

function firstKind(text: string): DocumentKind | null {
  for (const w of words(text)) {
    const kind = kindOfWord(w.folded);
    if (kind) return kind;
  }
  return null;
}

const APPENDIX = /^\s*bilag(?:a|or|an|orna)\b/i;
const BODY_OPENING = 500;

export function readKind(title: string, text: string): DocumentKind {
  if (APPENDIX.test(title)) return 'övrigt';
  return firstKind(title) ?? firstKind(text.slice(0, BODY_OPENING)) ?? 'övrigt';
}
