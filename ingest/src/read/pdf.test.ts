import { describe, expect, it } from 'vitest';
import { usableTitle } from './pdf.js';

describe('usableTitle', () => {
  it('keeps real titles', () => {
    for (const title of ['Näringslivsstrategi för Norrviks kommun', 'Presentation av översiktsplanen', 'Dokumenthanteringsplan 2024', 'Titel och mål för arbetet']) {
      expect(usableTitle(title), title).toBe(title);
    }
  });

  it('ignores titles that a word processor or exporter made up, so that the first heading is used', () => {
    for (const junk of [
      'Microsoft Word - Dokument1.docx',
      'Microsoft PowerPoint - Presentation2',
      'Untitled',
      'Presentation1',
      'PowerPoint-presentation',
      'Namnlöst',
      'Namnlöst-1',
      'Document 3',
      'Titel',
      'Plan för äldreomsorg.docx',
      'Strategi 2030.PDF',
      'KS_2019_0123_strategi',
    ]) {
      expect(usableTitle(junk), junk).toBeNull();
    }
  });
});
