/** Sweden's 21 counties (län) with SCB codes and the name of each county's region (regional council). */
export interface CountyFact {
  code: string;
  name: string;
  /** the region (regionkommun) that governs health care and regional development in the county */
  region: string;
}

export const COUNTIES: readonly CountyFact[] = [
  { code: '01', name: 'Stockholms län', region: 'Region Stockholm' },
  { code: '03', name: 'Uppsala län', region: 'Region Uppsala' },
  { code: '04', name: 'Södermanlands län', region: 'Region Sörmland' },
  { code: '05', name: 'Östergötlands län', region: 'Region Östergötland' },
  { code: '06', name: 'Jönköpings län', region: 'Region Jönköpings län' },
  { code: '07', name: 'Kronobergs län', region: 'Region Kronoberg' },
  { code: '08', name: 'Kalmar län', region: 'Region Kalmar län' },
  { code: '09', name: 'Gotlands län', region: 'Region Gotland' },
  { code: '10', name: 'Blekinge län', region: 'Region Blekinge' },
  { code: '12', name: 'Skåne län', region: 'Region Skåne' },
  { code: '13', name: 'Hallands län', region: 'Region Halland' },
  { code: '14', name: 'Västra Götalands län', region: 'Västra Götalandsregionen' },
  { code: '17', name: 'Värmlands län', region: 'Region Värmland' },
  { code: '18', name: 'Örebro län', region: 'Region Örebro län' },
  { code: '19', name: 'Västmanlands län', region: 'Region Västmanland' },
  { code: '20', name: 'Dalarnas län', region: 'Region Dalarna' },
  { code: '21', name: 'Gävleborgs län', region: 'Region Gävleborg' },
  { code: '22', name: 'Västernorrlands län', region: 'Region Västernorrland' },
  { code: '23', name: 'Jämtlands län', region: 'Region Jämtland Härjedalen' },
  { code: '24', name: 'Västerbottens län', region: 'Region Västerbotten' },
  { code: '25', name: 'Norrbottens län', region: 'Region Norrbotten' },
];
