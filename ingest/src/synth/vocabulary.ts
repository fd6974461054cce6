/**
 * The words of the synthetic corpus: per theme of the taxonomy, goal phrases ("… ska <phrase>"),
 * explanatory sentences that are not goals, and measurable targets. Written for this project in the
 * register of Swedish municipal strategies, so that theme tagging and goal similarity have real signal.
 * {n}, {p} and {year} are filled in by the generator.
 */
export interface ThemeVocabulary {
  heading: string;
  /** who typically carries the theme's goals */
  actors: readonly string[];
  /** verb phrases completing "<actor> ska …" */
  goals: readonly string[];
  /** explanatory prose, deliberately without "ska" */
  prose: readonly string[];
  /** sentences with a measurable target */
  targets: readonly string[];
}

export const VOCABULARY: Readonly<Record<string, ThemeVocabulary>> = {
  'business-climate': {
    heading: 'Näringslivsklimat',
    actors: ['Kommunen', 'Näringslivsenheten', 'Kommunstyrelsen'],
    goals: [
      'förbättra näringslivsklimatet genom ett gott bemötande av alla företagare',
      'genomföra regelbundna företagsbesök tillsammans med förtroendevalda',
      'följa upp resultatet av Svenskt Näringslivs attitydundersökning och vidta åtgärder',
      'utveckla dialogen med företagarföreningarna och näringslivsrådet',
      'verka för en positiv attityd till företagande i hela den kommunala organisationen',
      'arbeta för att företagsklimatet upplevs som ett av de bästa i regionen',
    ],
    prose: [
      'Ett gott näringslivsklimat byggs av attityder, service och förtroende mellan kommun och företag.',
      'Näringslivsarbetet är ett medel för att nå målet om fler arbetstillfällen och en växande kommun.',
      'Företagsklimatet mäts årligen i flera undersökningar som ger en bild av hur företagarna upplever kommunen.',
    ],
    targets: [
      'Kommunen ska ligga topp {n} i Svenskt Näringslivs ranking av det lokala företagsklimatet senast {year}.',
      'Antalet företagsbesök ska vara minst {n} per år.',
    ],
  },
  'service-permits': {
    heading: 'Service och myndighetsutövning',
    actors: ['Samhällsbyggnadsförvaltningen', 'Kommunen', 'Miljö- och byggnadsnämnden'],
    goals: [
      'korta handläggningstiderna för bygglov och miljötillstånd',
      'erbjuda en samlad företagslots där företagaren får en väg in till kommunen',
      'ge rättssäker, snabb och tydlig information i myndighetsutövningen',
      'utveckla e-tjänster för tillstånd och anmälningar som riktar sig till företag',
      'bemöta företagare med hög tillgänglighet, kompetens och lyhördhet',
    ],
    prose: [
      'Myndighetsutövningen är ofta företagarens första kontakt med kommunen.',
      'Insiktsmätningen visar hur nöjda företagen är med kommunens service inom bland annat bygglov och livsmedelskontroll.',
      'Korta och förutsägbara handläggningstider är avgörande för den som vill investera.',
    ],
    targets: [
      'Nöjd-Kund-Index i Insiktsmätningen ska uppgå till minst {n} senast {year}.',
      'Handläggningstiden för kompletta bygglovsärenden ska vara högst {n} dagar.',
    ],
  },
  procurement: {
    heading: 'Offentlig upphandling',
    actors: ['Upphandlingsenheten', 'Den kommunala upphandlingen', 'Kommunen'],
    goals: [
      'förbättra möjligheterna för lokala företag att bli leverantörer till kommunen',
      'dela upp upphandlingar i mindre delar så att små och medelstora företag kan lämna anbud',
      'ställa sociala och miljömässiga krav i upphandlingar där det är relevant',
      'genomföra dialogmöten om offentlig upphandling med det lokala näringslivet',
      'använda innovationsupphandling för att främja nya lösningar',
    ],
    prose: [
      'Kommunen köper varor och tjänster för stora belopp varje år, och upphandlingen är därför ett viktigt verktyg.',
      'Lagen om offentlig upphandling ger utrymme för dialog med leverantörer innan en upphandling annonseras.',
      'Många mindre företag avstår från att lämna anbud eftersom förfrågningsunderlagen upplevs som svåra.',
    ],
    targets: [
      'Andelen upphandlingar med minst tre anbud ska öka till {p} procent senast {year}.',
      'Andelen avtal med små och medelstora företag ska vara minst {p} procent.',
    ],
  },
  entrepreneurship: {
    heading: 'Entreprenörskap och nyföretagande',
    actors: ['Näringslivsenheten', 'Kommunen'],
    goals: [
      'göra det lätt att starta företag genom rådgivning och vägledning',
      'stödja nyföretagare i samverkan med Nyföretagarcentrum och ALMI',
      'främja entreprenörskap bland unga och bland kvinnor',
      'underlätta för befintliga företag att växa och anställa',
      'uppmärksamma framgångsrika företagare och företagsetableringar',
    ],
    prose: [
      'Nyföretagandet är viktigt för en livskraftig näringslivsutveckling på både lokal och nationell nivå.',
      'Den som startar ett företag behöver ofta stöd med affärsplan, finansiering och kontakter.',
      'Många nya företag startas av personer som redan bor i kommunen och vill stanna kvar.',
    ],
    targets: ['Antalet nystartade företag ska öka med {p} procent till {year}.', 'Minst {n} nyföretagare per år ska få rådgivning.'],
  },
  'land-and-premises': {
    heading: 'Mark, lokaler och etablering',
    actors: ['Kommunen', 'Samhällsbyggnadsförvaltningen', 'Mark- och exploateringsenheten'],
    goals: [
      'ha en planberedskap med detaljplanerad verksamhetsmark för olika typer av företag',
      'tydliggöra vilken mark och vilka lokaler som finns tillgängliga för etablering',
      'arbeta proaktivt med mark- och lokalförsörjning i samverkan med privata fastighetsägare',
      'ta fram en etableringsstrategi för nya verksamhetsområden',
      'erbjuda företag som vill etablera sig en samlad etableringsservice',
    ],
    prose: [
      'Tillgång till mark och lokaler avgör ofta om ett företag kan växa på orten eller måste flytta.',
      'Detaljplanering tar tid, och därför behöver kommunen planera för verksamhetsmark i god tid.',
      'Etableringsförfrågningar kommer ofta med kort varsel och kräver snabba besked.',
    ],
    targets: ['Kommunen ska ha minst {n} hektar planlagd verksamhetsmark tillgänglig senast {year}.'],
  },
  'csr-sustainability': {
    heading: 'Hållbarhet och samhällsansvar',
    actors: ['Kommunen', 'Förvaltningen'],
    goals: [
      'arbeta för att öka samhällsansvaret (CSR) inom näringslivet',
      'stödja företag som vill arbeta systematiskt med hållbar utveckling i alla tre dimensionerna',
      'främja hållbart företagande och socialt ansvarstagande',
      'följa upp och redovisa CSR-utvecklingen i kommunens näringsliv',
      'vara ett föredöme i arbetet med Agenda 2030',
    ],
    prose: [
      'CSR handlar om företagens ansvarstagande för en hållbar samhällsutveckling, ekonomiskt, miljömässigt, socialt och etiskt.',
      'Hållbar utveckling kräver att ekonomiska, sociala och ekologiska perspektiv vägs samman.',
      'Allt fler kunder och medarbetare efterfrågar hållbarhet hos de företag de väljer.',
    ],
    targets: ['Andelen företag som arbetar systematiskt med hållbarhet ska öka till {p} procent senast {year}.'],
  },
  'environment-climate': {
    heading: 'Miljö och klimat',
    actors: ['Kommunen', 'Miljöförvaltningen'],
    goals: [
      'minska utsläppen av växthusgaser från den egna verksamheten',
      'främja affärsdriven miljöutveckling och grön omställning i näringslivet',
      'stödja företag i omställningen till förnybar energi och cirkulära affärsmodeller',
      'verka för ett fossilfritt transportsystem i kommunen',
    ],
    prose: [
      'Klimatomställningen förändrar förutsättningarna för många branscher.',
      'Cirkulär ekonomi innebär att resurser används längre och att avfall blir råvara.',
      'Kommunens egna fordon och lokaler står för en betydande del av energianvändningen.',
    ],
    targets: ['Utsläppen av växthusgaser ska minska med {p} procent till år {year}.'],
  },
  'diversity-inclusion': {
    heading: 'Mångfald och inkludering',
    actors: ['Kommunen', 'Näringslivsenheten'],
    goals: [
      'främja mångfald och särskilt stödja grupper som är underrepresenterade bland företagarna',
      'underlätta för nyanlända att starta företag och komma in på arbetsmarknaden',
      'verka för jämställdhet i näringslivet och i kommunens nätverk',
      'synliggöra kvinnors och utrikes föddas företagande',
    ],
    prose: [
      'Unga, nyanlända och kvinnor är underrepresenterade i många av kommunens företagarnätverk.',
      'Ett inkluderande näringsliv tar tillvara kompetensen hos alla som bor i kommunen.',
      'Mångfald i arbetsgrupper bidrar till nya perspektiv och bättre beslut.',
    ],
    targets: ['Andelen kvinnor bland nyföretagarna ska vara minst {p} procent senast {year}.'],
  },
  'labour-market': {
    heading: 'Arbetsmarknad och sysselsättning',
    actors: ['Arbetsmarknadsenheten', 'Kommunen'],
    goals: [
      'öka sysselsättningen och minska arbetslösheten i kommunen',
      'samverka med Arbetsförmedlingen kring arbetsmarknadsinsatser för personer långt från arbetsmarknaden',
      'erbjuda praktikplatser och feriearbeten inom kommunens verksamheter',
      'matcha arbetssökande mot företagens rekryteringsbehov',
    ],
    prose: [
      'Arbetsmarknaden behöver vara öppen för alla, även för personer som står långt ifrån den.',
      'Arbetslösheten varierar mellan kommunens orter och mellan olika grupper.',
      'Många företag uppger att de har svårt att hitta rätt kompetens vid rekrytering.',
    ],
    targets: ['Arbetslösheten ska vara lägre än {p} procent senast {year}.'],
  },
  'skills-supply': {
    heading: 'Kompetensförsörjning',
    actors: ['Kommunen', 'Utbildningsförvaltningen', 'Vuxenutbildningen'],
    goals: [
      'säkra kompetensförsörjningen för det lokala näringslivet',
      'utveckla yrkesutbildningar inom vuxenutbildningen i dialog med branscherna',
      'verka för en lärcentrumverksamhet med högskoleutbildning på distans',
      'kartlägga företagens framtida kompetensbehov tillsammans med regionen',
    ],
    prose: [
      'Kompetensförsörjningen är en av de största utmaningarna för företagen i regionen.',
      'Yrkesvux och lärlingsutbildningar kan snabbt anpassas efter arbetsgivarnas behov.',
      'Att attrahera och behålla kompetens handlar också om boende, service och fritid.',
    ],
    targets: ['Minst {p} procent av eleverna på yrkesutbildningarna ska ha arbete ett år efter examen.'],
  },
  'school-business': {
    heading: 'Skola och näringsliv',
    actors: ['Utbildningsförvaltningen', 'Kommunen'],
    goals: [
      'stödja samverkan mellan skola och näringsliv genom studiebesök och praktik',
      'erbjuda alla elever i årskurs åtta en praktikvecka hos ett lokalt företag',
      'främja Ung Företagsamhet och entreprenöriellt lärande i gymnasieskolan',
      'utveckla studie- och yrkesvägledningen i samarbete med arbetsgivare',
    ],
    prose: [
      'Samverkan mellan skola och näringsliv gör det lättare för unga att se sina möjligheter på arbetsmarknaden.',
      'Många elever känner inte till de yrken som finns hos företagen på hemorten.',
      'Entreprenöriellt lärande tränar förmågor som kreativitet, initiativförmåga och samarbete.',
    ],
    targets: ['Minst {n} UF-företag ska startas varje läsår.'],
  },
  tourism: {
    heading: 'Besöksnäring',
    actors: ['Turistbyrån', 'Kommunen', 'Destinationsbolaget'],
    goals: [
      'utveckla besöksnäringen i samverkan med regionens destinationsorganisationer',
      'marknadsföra kommunen som ett attraktivt besöksmål året runt',
      'stödja utvecklingen av nya upplevelser inom natur, kultur och måltid',
      'förbättra värdskapet och besöksservicen vid kommunens entréer',
    ],
    prose: [
      'Besöksnäringen skapar arbetstillfällen i hela kommunen, inte minst för unga.',
      'Turismen omsätter allt mer i regionen, och antalet gästnätter har ökat under flera år.',
      'Natur, kulturarv och evenemang är kommunens främsta reseanledningar.',
    ],
    targets: ['Antalet gästnätter ska öka med {p} procent till år {year}.'],
  },
  international: {
    heading: 'Internationalisering',
    actors: ['Kommunen', 'Näringslivsenheten'],
    goals: [
      'stödja företag som vill växa på internationella marknader',
      'delta i EU-projekt som stärker kommunens utveckling',
      'utveckla vänortssamarbeten med fokus på handel och utbyte',
      'attrahera utländska investeringar i samverkan med Business Sweden',
    ],
    prose: [
      'Export och internationella kontakter ger företagen nya kunder och ny kunskap.',
      'EU:s strukturfonder kan medfinansiera utvecklingsprojekt i kommunen.',
      'Det globala perspektivet på näringslivsutvecklingen blir allt viktigare.',
    ],
    targets: ['Kommunen ska delta i minst {n} internationella projekt under perioden.'],
  },
  'marketing-attractiveness': {
    heading: 'Marknadsföring och attraktivitet',
    actors: ['Kommunen', 'Kommunikationsenheten'],
    goals: [
      'marknadsföra kommunen som en attraktiv plats att bo, verka och besöka i',
      'ta fram en gemensam platsvarumärkesstrategi tillsammans med näringslivet',
      'synliggöra kommunens styrkor i regionala och nationella sammanhang',
      'öka inflyttningen genom riktade kampanjer till nya invånare',
    ],
    prose: [
      'Kommunens attraktivitet påverkar både företagens rekrytering och befolkningsutvecklingen.',
      'Ett starkt platsvarumärke bygger på berättelser som invånarna själva känner igen sig i.',
      'Marknadsföringen riktar sig till invånare, företagare och besökare.',
    ],
    targets: ['Befolkningen ska öka till {n} invånare år {year}.'],
  },
  'digital-broadband': {
    heading: 'Digitalisering och bredband',
    actors: ['Kommunen', 'IT-enheten'],
    goals: [
      'ligga i framkant på IT-området och bevaka den digitala utvecklingen',
      'verka för ett välutbyggt bredbandsnät i hela kommunen',
      'utveckla moderna e-tjänster för invånare och företag',
      'stödja små företag i deras digitala omställning',
    ],
    prose: [
      'Snabbt bredband är en förutsättning för att kunna driva företag på landsbygden.',
      'Digitaliseringen förändrar hur kommunen möter invånare och företag.',
      'Många tjänster kan i dag skötas helt digitalt, dygnet runt.',
    ],
    targets: ['Minst {p} procent av hushållen och företagen ska ha tillgång till bredband om minst 1 Gbit/s senast {year}.'],
  },
  infrastructure: {
    heading: 'Infrastruktur och kommunikationer',
    actors: ['Kommunen', 'Kommunstyrelsen'],
    goals: [
      'verka för förbättrade kommunikationer med kollektivtrafik, väg och järnväg',
      'påverka regionala och nationella infrastrukturplaner i kommunens intresse',
      'utveckla pendlingsmöjligheterna till de större arbetsmarknaderna i regionen',
      'säkra god framkomlighet för godstransporter till verksamhetsområdena',
    ],
    prose: [
      'Goda kommunikationer vidgar arbetsmarknaden och gör det lättare att rekrytera.',
      'Trafikverkets planer avgör många av de större investeringarna i vägar och järnvägar.',
      'Pendlingen till grannkommunerna har ökat under det senaste decenniet.',
    ],
    targets: ['Restiden med kollektivtrafik till regionens centralort ska understiga {n} minuter senast {year}.'],
  },
  innovation: {
    heading: 'Innovation',
    actors: ['Kommunen', 'Näringslivsenheten'],
    goals: [
      'våga satsa på innovativa framtidslösningar och visa kreativitet i planeringen',
      'skapa mötesplatser där kreativa och innovativa företag möter traditionella näringar',
      'samverka med universitet, högskolor och science parks kring innovation',
      'främja innovationsprojekt inom kommunens egna verksamheter',
    ],
    prose: [
      'Innovation uppstår ofta när människor från olika branscher möts.',
      'Tankesmedjor och innovationscentra kan bli en grogrund för nya företag.',
      'Forskning och utveckling är koncentrerad till ett fåtal platser i landet.',
    ],
    targets: ['Minst {n} innovationsprojekt ska genomföras i samverkan med högskolan under perioden.'],
  },
  'rural-development': {
    heading: 'Landsbygdsutveckling',
    actors: ['Kommunen', 'Landsbygdsutvecklaren'],
    goals: [
      'främja en levande landsbygd med goda förutsättningar för företagande',
      'stödja lokala utvecklingsgrupper och föreningar på landsbygden',
      'verka för kommersiell service i kommunens mindre orter',
      'underlätta för gröna näringar som jord- och skogsbruk att utvecklas',
    ],
    prose: [
      'Landsbygden står för en stor del av kommunens företag, inte minst inom de gröna näringarna.',
      'Leaderprogrammet ger lokala grupper möjlighet att driva egna utvecklingsprojekt.',
      'Service i de mindre orterna är viktig för att människor vill bo kvar.',
    ],
    targets: ['Antalet företag på landsbygden ska öka med {p} procent till år {year}.'],
  },
  'collaboration-dialogue': {
    heading: 'Samverkan och dialog',
    actors: ['Kommunen', 'Näringslivsenheten', 'Förvaltningen'],
    goals: [
      'ta initiativ till mötesplatser som efterfrågas av näringslivets olika aktörer',
      'stimulera aktivt nätverksbyggande mellan företag, kommun och civilsamhälle',
      'samverka med grannkommunerna och regionen i näringslivsfrågor',
      'genomföra regelbundna dialogmöten med företagarföreningarna',
    ],
    prose: [
      'Samverkan mellan kommun, näringsliv och civilsamhälle är grunden för en gemensam utveckling.',
      'Näringslivsrådet består av förtroendevalda, tjänstepersoner och företrädare för företagarföreningarna.',
      'Frukostmöten och temadagar är uppskattade mötesplatser för många företagare.',
    ],
    targets: ['Minst {n} dialogmöten med näringslivet ska genomföras varje år.'],
  },
  culture: {
    heading: 'Kultur och kulturella näringar',
    actors: ['Kulturförvaltningen', 'Kommunen'],
    goals: [
      'utveckla de kulturella och kreativa näringarna i kommunen',
      'stödja kulturarrangemang som stärker kommunens attraktivitet',
      'tillgängliggöra kulturarvet för invånare och besökare',
    ],
    prose: [
      'Kulturlivet bidrar till livskvalitet och gör kommunen mer attraktiv att bo i.',
      'De kreativa näringarna omfattar bland annat design, musik, film och spelutveckling.',
    ],
    targets: ['Antalet besökare på kommunens kulturarrangemang ska öka med {p} procent till år {year}.'],
  },
  'personnel-leadership': {
    heading: 'Personal och ledarskap',
    actors: ['Kommunen', 'Personalenheten', 'Varje chef'],
    goals: [
      'vara en attraktiv arbetsgivare som kan rekrytera och behålla medarbetare',
      'utveckla ett tydligt och tillitsbaserat ledarskap',
      'erbjuda medarbetarna kompetensutveckling och goda arbetsvillkor',
      'arbeta systematiskt med arbetsmiljö och hälsa',
    ],
    prose: [
      'Medarbetarna är kommunens viktigaste resurs i mötet med invånare och företag.',
      'Pensionsavgångarna de kommande åren gör rekryteringen till en strategisk fråga.',
    ],
    targets: ['Sjukfrånvaron ska understiga {p} procent senast {year}.'],
  },
  housing: {
    heading: 'Bostadsförsörjning',
    actors: ['Kommunen', 'Det kommunala bostadsbolaget', 'Samhällsbyggnadsförvaltningen'],
    goals: [
      'planera för ett varierat bostadsbyggande i alla kommundelar',
      'verka för fler hyresrätter med rimliga hyror för unga och äldre',
      'ha en planberedskap för minst fem års bostadsbyggande',
      'erbjuda bostäder till nyanlända och andra grupper med särskilda behov',
    ],
    prose: [
      'Bostadsmarknaden i kommunen präglas av brist på mindre lägenheter.',
      'Befolkningsprognosen pekar på ett växande behov av bostäder för äldre.',
    ],
    targets: ['Minst {n} nya bostäder ska färdigställas varje år fram till {year}.'],
  },
  'public-health': {
    heading: 'Folkhälsa och social hållbarhet',
    actors: ['Kommunen', 'Folkhälsorådet', 'Socialnämnden'],
    goals: [
      'skapa förutsättningar för en god och jämlik hälsa i hela befolkningen',
      'förebygga bruk av alkohol, narkotika och tobak bland unga',
      'främja fysisk aktivitet och goda levnadsvanor i alla åldrar',
      'minska skillnaderna i hälsa mellan olika grupper',
    ],
    prose: [
      'Hälsan är ojämnt fördelad mellan olika delar av kommunen.',
      'Livsvillkor som utbildning, arbete och boende påverkar folkhälsan.',
    ],
    targets: ['Andelen unga som röker ska minska till under {p} procent till år {year}.'],
  },
  education: {
    heading: 'Utbildning och skola',
    actors: ['Kommunen', 'Barn- och utbildningsnämnden', 'Varje skola'],
    goals: [
      'ge alla elever förutsättningar att nå kunskapskraven i grundskolan',
      'höja utbildningsnivån bland kommunens invånare',
      'erbjuda en förskola av hög kvalitet med utbildade pedagoger',
      'utveckla vuxenutbildningen i samverkan med arbetslivet',
    ],
    prose: [
      'Skolresultaten varierar mellan kommunens skolor.',
      'Många elever pendlar till gymnasieskolor i grannkommunerna.',
    ],
    targets: ['Andelen elever med behörighet till gymnasiet ska vara minst {p} procent år {year}.'],
  },
  energy: {
    heading: 'Energi',
    actors: ['Kommunen', 'Det kommunala energibolaget', 'Fastighetsförvaltningen'],
    goals: [
      'effektivisera energianvändningen i kommunens egna fastigheter',
      'bygga ut solceller på kommunens tak',
      'erbjuda energirådgivning till företag och hushåll',
      'öka den lokala produktionen av förnybar energi',
    ],
    prose: [
      'Energianvändningen i kommunens lokaler har minskat de senaste åren.',
      'Fjärrvärmenätet försörjer större delen av tätorten.',
    ],
    targets: ['Energianvändningen i kommunens lokaler ska minska med {p} procent till år {year}.'],
  },
  'waste-circular': {
    heading: 'Avfall och cirkulär ekonomi',
    actors: ['Kommunen', 'Renhållningsavdelningen', 'Avfallsbolaget'],
    goals: [
      'minska mängden hushållsavfall per invånare',
      'göra det enklare att lämna saker till återbruk',
      'minska matsvinnet i skolor och äldreboenden',
      'motverka nedskräpning i naturen och i tätorterna',
    ],
    prose: [
      'Återvinningscentralen tar emot grovavfall och farligt avfall.',
      'Matavfallet samlas in separat och blir biogas.',
    ],
    targets: ['Matsvinnet i kommunens verksamheter ska minska med {p} procent till år {year}.'],
  },
  'nature-water': {
    heading: 'Natur och vatten',
    actors: ['Kommunen', 'Miljöförvaltningen', 'Samhällsbyggnadsförvaltningen'],
    goals: [
      'bevara och stärka den biologiska mångfalden',
      'skydda värdefulla naturområden nära tätorterna',
      'säkra en god vattenkvalitet i sjöar och vattendrag',
      'utveckla möjligheterna till friluftsliv för alla',
    ],
    prose: [
      'Kommunen har många sjöar och ett rikt fågelliv.',
      'Grönområdena används flitigt för promenader och lek.',
    ],
    targets: ['Minst {n} hektar värdefull natur ska skyddas som naturreservat till år {year}.'],
  },
  safety: {
    heading: 'Trygghet och säkerhet',
    actors: ['Kommunen', 'Det brottsförebyggande rådet', 'Räddningstjänsten'],
    goals: [
      'arbeta brottsförebyggande tillsammans med polisen',
      'genomföra trygghetsvandringar i alla bostadsområden',
      'stärka krisberedskapen i den egna organisationen',
      'förebygga våld i nära relationer',
    ],
    prose: [
      'Många invånare upplever otrygghet i centrum sent på kvällen.',
      'Polisen och kommunen har tecknat ett medborgarlöfte.',
    ],
    targets: ['Andelen invånare som känner sig trygga ska öka till {p} procent till år {year}.'],
  },
  'democracy-dialogue': {
    heading: 'Demokrati och medborgardialog',
    actors: ['Kommunen', 'Kommunfullmäktige', 'Demokratiberedningen'],
    goals: [
      'involvera invånarna i medborgardialog tidigt i viktiga frågor',
      'ge unga möjlighet till inflytande genom ett ungdomsråd',
      'göra det enkelt att lämna medborgarförslag',
      'återkoppla till invånarna hur deras synpunkter har tagits om hand',
    ],
    prose: [
      'Valdeltagandet skiljer sig mellan olika delar av kommunen.',
      'Medborgardialog är ett komplement till den representativa demokratin.',
    ],
    targets: ['Minst {n} medborgardialoger ska genomföras varje år.'],
  },
  'urban-planning': {
    heading: 'Samhällsplanering',
    actors: ['Kommunen', 'Samhällsbyggnadsnämnden', 'Planavdelningen'],
    goals: [
      'ta fram en ny översiktsplan under mandatperioden',
      'förtäta centrum med blandad bebyggelse',
      'planera nya bostadsområden nära kollektivtrafiken',
      'utveckla ortscentrum i de mindre tätorterna',
    ],
    prose: [
      'Översiktsplanen visar hur mark och vatten ska användas i framtiden.',
      'Detaljplanerna styr hur marken får bebyggas.',
    ],
    targets: ['Minst {n} nya detaljplaner ska antas varje år.'],
  },
  'welfare-care': {
    heading: 'Vård och omsorg',
    actors: ['Kommunen', 'Vård- och omsorgsnämnden', 'Socialförvaltningen'],
    goals: [
      'erbjuda en äldreomsorg med trygghet och värdighet',
      'ge personer med funktionsnedsättning stöd att leva ett självständigt liv',
      'utveckla hemtjänsten med hjälp av välfärdsteknik',
      'stödja anhöriga som vårdar en närstående',
    ],
    prose: [
      'Andelen invånare över 80 år ökar kraftigt de kommande åren.',
      'Hemtjänsten utför många besök varje dag.',
    ],
    targets: ['Minst {p} procent av brukarna ska vara nöjda med hemtjänsten år {year}.'],
  },
};

/** Generic sentences in every kind of strategy document; they carry no theme. */
export const BOILERPLATE: readonly string[] = [
  'Dokumentet gäller från det att det har antagits och revideras en gång per mandatperiod.',
  'Kommunstyrelsen ansvarar för att strategin följs upp och att resultatet redovisas årligen för kommunfullmäktige.',
  'Strategin är vägledande för alla nämnder och förvaltningar samt för de kommunala bolagen.',
  'Aktiviteter för att nå målen beskrivs i nämndernas verksamhetsplaner.',
  'Uppföljningen sker i samband med årsredovisningen.',
];

export const QUALIFIERS: readonly string[] = [
  'i samverkan med näringslivet',
  'under mandatperioden',
  'tillsammans med regionen',
  'i hela kommunen',
  'i dialog med företagarföreningarna',
  'med tydlig uppföljning',
  'i nära samarbete med grannkommunerna',
  'utifrån ett hållbarhetsperspektiv',
];
