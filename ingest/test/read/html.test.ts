import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/read/index.js';

const PAGE = readFileSync('ingest/test/fixtures/mixed/lerum-inflytande.html', 'utf8');

describe('htmlToText', () => {
  it('takes the first <h1> as the title', () => {
    expect(htmlToText(PAGE).title).toBe('Förklaringsdokument till näringslivsstrategi för Lerums kommun – Inflytande');
  });

  it('drops scripts, styles, navigation, header, footer, asides and forms', () => {
    const { text } = htmlToText(PAGE);
    for (const chrome of ['dataLayer', 'font-family', 'Bo och bygga', 'startsida', 'Sök på webbplatsen', 'Boka ett företagsbesök', '0302-52 10 00', 'analys.js']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('makes paragraphs of block elements and "- " lines of list items', () => {
    const { text } = htmlToText(PAGE);
    expect(text).toContain(
      '\n\nFörvaltningen ska:\n\n- Ta initiativ för att skapa mötesplatser som efterfrågas av näringslivets olika aktörer.\n\n- Stimulera aktivt nätverksbyggande\n\n- Stödja samverkan',
    );
    expect(text).toContain('uppnå ett starkt Näringslivsklimat.\n\nDet finns flera olika rankingar');
    expect(text).toContain('\n\nNäringslivsenheten\n\n');
  });

  it('falls back to <title>, keeps <br> as a line break and collapses whitespace', () => {
    const { title, text } = htmlToText('<html><head><title> Plan  för\n IT </title></head><body><p>Rad ett<br>rad   två</p><ul><li>a</li><li>b</li></ul></body></html>');
    expect(title).toBe('Plan för IT');
    expect(text).toBe('Rad ett\nrad två\n\n- a\n- b');
  });
});
