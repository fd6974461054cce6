export { synthDocuments, synthDocument, SYNTHETIC_MARKER, type SynthOptions } from './generate.js';
export { FICTIONAL_MUNICIPALITIES, findFictionalMunicipality, type FictionalMunicipality } from './gazetteer.js';
