import { describe, expect, it } from 'vitest';
import { publisherOfHost } from './hosts.js';
import { MUNICIPALITIES } from './municipalities.js';

const municipality = (code: string) => ({ kind: 'municipality', code });
const region = (countyCode: string) => ({ kind: 'region', countyCode });

describe('publisherOfHost', () => {
  it.each([
    ['https://www.alvesta.se/Bostad--Miljo/Energi/', '0764'],
    ['www.ostersund.se', '2380'],
    ['https://malung-salen.se/', '2023'],
    ['https://miljobarometern.ekero.se/avfall/', '0125'],
    ['http://www.upplandsvasby.se', '0114'],
    ['upplands-bro.se', '0139'],
    ['https://www.dalsed.se/', '1438'],
    ['https://www.lillaedet.se/', '1462'],
    ['goteborg.se', '1480'],
    ['https://start.stockholm/om-stockholms-stad/', '0180'],
    ['https://www.stockholm.se', '0180'],
    ['https://gotland.se/', '0980'],
    ['WWW.ORNSKOLDSVIK.SE', '2284'],
  ])('%s → municipality %s', (url, code) => {
    expect(publisherOfHost(url)).toEqual(municipality(code));
  });

  it('follows the exceptions where a site does not fold from the name', () => {
    expect(publisherOfHost('www.engelholm.se')).toEqual(municipality('1292'));
    expect(publisherOfHost('www.hellefors.se')).toEqual(municipality('1863'));
    expect(publisherOfHost('habokommun.se')).toEqual(municipality('0643'));
    expect(publisherOfHost('habo.se')).toEqual(municipality('0305'));
  });

  it.each([
    ['https://www.regionhalland.se/om-region-halland/', '13'],
    ['https://www.regionvasterbotten.se/default.aspx?id=1', '24'],
    ['regionkalmar.se', '08'],
    ['https://www.regionorebrolan.se/', '18'],
    ['https://www.regionjh.se/regionalutveckling/', '23'],
    ['https://www.rvn.se/sv/Utveckling/', '22'],
    ['https://www.vgregion.se/', '14'],
    ['https://www.sll.se/', '01'],
    ['regionsormland.se', '04'],
  ])('%s → region of county %s', (url, county) => {
    expect(publisherOfHost(url)).toEqual(region(county));
  });

  it('knows no publisher for other sites, other top-level domains and nonsense', () => {
    expect(publisherOfHost('https://docplayer.se/123-plan.html')).toBeNull();
    expect(publisherOfHost('https://5dok.org/document/x')).toBeNull();
    expect(publisherOfHost('https://fakta.visithemavantarnaby.se/')).toBeNull();
    expect(publisherOfHost('https://alvesta.com/')).toBeNull();
    expect(publisherOfHost('')).toBeNull();
    expect(publisherOfHost('not a url at all')).toBeNull();
  });

  it('gives every municipality a host of its own', () => {
    for (const m of MUNICIPALITIES) {
      const site = m.name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\s-]+/g, '');
      const found = [publisherOfHost(`${site}.se`), publisherOfHost(`${site}kommun.se`)];
      expect(found, m.name).toContainEqual(municipality(m.code));
    }
  });
});
