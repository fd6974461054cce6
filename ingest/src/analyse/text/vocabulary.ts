/**
 * Base words for compound splitting: Swedish simplex words (and a few lexicalised compounds that
 * must not be split, such as "näringsliv" or "samverkan") that occur as parts of the compounds of
 * municipal strategy documents. Collected by reading the seed corpus (samples/seed) and the theme
 * taxonomy; every word is a base form (singular, indefinite).
 *
 * The compound splitter only ever splits a word into these parts (plus the taxonomy's own simplex
 * terms), so the list is deliberately conservative: a short, common word added here ("tid", "liv")
 * becomes a possible compound part everywhere.
 */
export const BASE_WORDS: readonly string[] = [
  // the economy and the business community
  'näringsliv', 'näring', 'företag', 'företagare', 'företagande', 'företagsamhet', 'nyföretagande', 'näringsidkare',
  'entreprenör', 'entreprenörskap', 'bransch', 'handel', 'industri', 'tjänst', 'tjänsteman', 'tjänstemän', 'affär',
  'ekonomi', 'marknad', 'kund', 'leverantör', 'tillväxt', 'klimat', 'ranking', 'rankning', 'attityd', 'förening',
  'företagarförening', 'organisation', 'koncern', 'bolag', 'kapital', 'investering', 'export', 'import', 'produkt',
  'produktion', 'tillverkning', 'lunch', 'frukost', 'evenemang', 'mässa', 'sektor', 'aktör', 'part', 'intressent',
  // the municipality and governance
  'kommun', 'stad', 'region', 'län', 'förvaltning', 'nämnd', 'styrelse', 'fullmäktige', 'beredning', 'enhet',
  'funktion', 'kontor', 'råd', 'myndighet', 'utövning', 'politik', 'politiker', 'kommunalråd', 'styrning',
  'styrdokument', 'dokument', 'strategi', 'policy', 'program', 'plan', 'planering', 'handlingsplan', 'riktlinje',
  'vision', 'mål', 'delmål', 'inriktning', 'uppdrag', 'direktiv', 'rapport', 'analys', 'uppföljning', 'utvärdering',
  'budget', 'resurs', 'ansvar', 'ansvarstagande', 'samhälle', 'medborgare', 'invånare', 'befolkning', 'demokrati',
  'mandat', 'period', 'representant', 'ordförande', 'presidium', 'paragraf', 'ärende', 'beslut', 'dialog', 'debatt',
  'information', 'kommunikation', 'budskap', 'omvärld', 'bevakning', 'service', 'anda', 'handläggning', 'tillstånd',
  'tillsyn', 'bygglov', 'lov', 'lots', 'insikt', 'undersökning', 'mätning', 'enkät', 'kvalitet', 'område', 'fråga',
  // work, skills and school
  'arbete', 'arbetsmarknad', 'arbetsgivare', 'arbetsliv', 'arbetsplats', 'tillfälle', 'jobb', 'sysselsättning',
  'anställning', 'åtgärd', 'förmedling', 'kraft', 'arbetskraft', 'kompetens', 'försörjning', 'behov', 'utbildning',
  'bildning', 'skola', 'gymnasium', 'gymnasieskola', 'högskola', 'universitet', 'yrke', 'vägledning', 'praktik',
  'lärling', 'elev', 'student', 'lärare', 'kunskap', 'kontakt', 'rekrytering', 'personal', 'ledare', 'ledarskap',
  'medarbetare', 'chef', 'lön', 'seminarium', 'träff', 'temadag', 'spridande', 'inhämtande',
  // place, land and infrastructure
  'mark', 'lokal', 'etablering', 'verksamhet', 'fastighet', 'ägare', 'tomt', 'detaljplan', 'beredskap', 'exploatering',
  'bostad', 'boende', 'inflyttning', 'centrum', 'center', 'ort', 'landsbygd', 'glesbygd', 'skärgård', 'infrastruktur',
  'kommunikationer', 'trafik', 'kollektivtrafik', 'järnväg', 'väg', 'pendling', 'tåg', 'buss', 'gods', 'logistik',
  'transport', 'hamn', 'flygplats', 'resecentrum', 'bredband', 'nät', 'fiber', 'mobil', 'uppkoppling',
  'digitalisering', 'it', 'teknik', 'distans',
  // sustainability, environment, inclusion
  'hållbarhet', 'miljö', 'energi', 'utsläpp', 'koldioxid', 'omställning', 'natur', 'vatten', 'skog', 'jordbruk',
  'lantbruk', 'skogsbruk', 'vattenbruk', 'fiske', 'bruk', 'mångfald', 'integration', 'inkludering', 'jämställdhet',
  'kvinna', 'ungdom', 'barn', 'nyanländ', 'grupp', 'sammanhållning',
  // tourism, culture, attractiveness
  'besök', 'besökare', 'turism', 'turist', 'byrå', 'destination', 'upplevelse', 'hotell', 'camping', 'kultur',
  'arv', 'liv', 'bibliotek', 'museum', 'konst', 'musik', 'fritid', 'idrott', 'föreningsliv', 'marknadsföring',
  'varumärke', 'profilering', 'attraktivitet', 'plats', 'image',
  // development, innovation, cooperation
  'utveckling', 'innovation', 'forskning', 'institut', 'kreativitet', 'tanke', 'smedja', 'inkubator', 'park',
  'science', 'framtid', 'lösning', 'idé', 'projekt', 'samverkan', 'samarbete', 'partnerskap', 'nätverk', 'byggande',
  'möte', 'mötesplats', 'arena', 'brygga', 'process', 'metod', 'modell', 'struktur', 'förhållningssätt', 'sätt',
  'perspektiv', 'initiativ', 'satsning', 'stöd', 'rådgivning', 'finansiering', 'ambition', 'förutsättning',
  'möjlighet', 'behörighet', 'förmåga', 'effekt', 'effektivitet', 'öppenhet', 'delaktighet', 'rättssäkerhet',
  'tillgänglighet', 'bemötande', 'inflytande', 'säkerhet', 'trygghet', 'hälsa', 'skydd', 'hälsoskydd', 'bygg',
  'social', 'global', 'regional', 'lokal', 'nationell', 'internationell', 'grön', 'digital', 'kommunal',
  'offentlig', 'hållbar', 'attraktiv', 'innovativ', 'kreativ', 'ung', 'svensk', 'europeisk', 'utländsk', 'ledig',
  'kvinnlig', 'nystartad', 'areell', 'integrerad', 'politisk', 'strategisk', 'etisk', 'miljömässig', 'ekologisk',
  'ekonomisk', 'förnybar', 'cirkulär', 'jämställd', 'stark', 'aktiv', 'starta', 'underrepresenterad',
];
