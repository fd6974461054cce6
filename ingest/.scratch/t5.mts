import { FICTIONAL_MUNICIPALITIES, findFictionalMunicipality } from '../src/synth/gazetteer.ts';
console.log(FICTIONAL_MUNICIPALITIES.length, FICTIONAL_MUNICIPALITIES.slice(0, 45).map(m => m.name).join(' '));
console.log(findFictionalMunicipality('Näringslivsstrategi för Solviks kommun', ''), findFictionalMunicipality('x', 'Antagen i Åsbackas kommun'));
