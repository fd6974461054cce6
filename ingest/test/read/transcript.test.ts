import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/read/index.js';
import { parsePageTranscript } from '../../src/read/transcript.js';

// A page in the form document-sharing sites give, with text written for this test.
const page = [
  'Plan för Hamnstad',
  '',
  'Save this PDF as:',
  ' WORD  PNG  TXT  JPG',
  '',
  'Storlek: px',
  'Starta visningen från sidan:',
  '',
  'Download "Plan för trygghet i Hamnstads kommun 2025-2028"',
  '',
  'Transkript',
  '',
  '1 Plan för trygghet i Hamnstads kommun',
  '',
  '2 Inledning Kommunen ska arbeta för att alla känner sig trygga. Planen gäller i fyra år.',
  '',
  '3 Mål 12 trygghetsvandringar ska genomföras varje år.',
].join('\n');

describe('document page transcripts', () => {
  it('keep the document: its own title, the pages without furniture or page numbers', () => {
    const t = parsePageTranscript(page)!;
    expect(t.title).toBe('Plan för trygghet i Hamnstads kommun 2025-2028');
    expect(t.body).not.toMatch(/Storlek|Download|WORD/);
    expect(t.body.trim().split(/\n\s*\n/)).toEqual([
      'Plan för trygghet i Hamnstads kommun',
      'Inledning Kommunen ska arbeta för att alla känner sig trygga. Planen gäller i fyra år.',
      // a number that is not the next page number stays
      'Mål 12 trygghetsvandringar ska genomföras varje år.',
    ]);
  });

  it('are read so from .txt files, and other text is left alone', async () => {
    const source = await parseBytes(new TextEncoder().encode(page), 'plan.txt');
    expect(source.title).toBe('Plan för trygghet i Hamnstads kommun 2025-2028');
    expect(parsePageTranscript('Transkript\n\nEn text som bara nämner ordet.')).toBeNull();
  });
});
