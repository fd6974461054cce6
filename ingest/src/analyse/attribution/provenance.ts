/**
 * Where a document was found, as evidence of who published it: a page on a municipality's own site
 * (alvesta.se, www.ostersund.se, miljobarometern.ekero.se) is that municipality's, a page on a region's site
 * (regionhalland.se) the region's — unless the text clearly names another publisher (see index.ts).
 * The host rule itself lives with the gazetteer (publisherOfHost).
 */
import { municipalityByCode, publisherOfHost, type MunicipalityRef, type OrganisationRef } from '@strategigrafen/schema';
import { REGION_GOTLAND, regionOrganisation } from './organisation-mentions.js';

export interface HostAttribution {
  municipality: MunicipalityRef | null;
  organisation: OrganisationRef | null;
}

/** The publisher that the URL's host implies, or null for hosts of no known publisher (docplayer.se, a company …). */
export function attributionFromUrl(sourceUrl: string | null | undefined): HostAttribution | null {
  if (!sourceUrl) return null;
  const publisher = publisherOfHost(sourceUrl);
  if (!publisher) return null;
  if (publisher.kind === 'region') {
    const region = regionOrganisation(publisher.countyCode);
    return region ? { municipality: null, organisation: region } : null;
  }
  const m = municipalityByCode(publisher.code);
  if (!m) return null;
  return { municipality: { code: m.code, name: m.name }, organisation: m.code === '0980' ? REGION_GOTLAND : null };
}
