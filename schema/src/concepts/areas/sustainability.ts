import type { Concept } from '../concept.js';

/** Sustainable development, Agenda 2030 and corporate social responsibility. */
export const SUSTAINABILITY_CONCEPTS: readonly Concept[] = [
  {
    id: 'sustainable-development',
    prefLabelSv: 'hållbar utveckling',
    prefLabelEn: 'sustainable development',
    altLabels: ['hållbarhet', 'hållbarhetsarbete', 'hållbarhetsstrategi', 'hållbarhetsprogram', 'hållbarhetsperspektiv', 'ekologisk, social och ekonomisk hållbarhet'],
    broader: null,
    themes: ['csr-sustainability'],
    definition: 'En utveckling som tillgodoser dagens behov utan att äventyra kommande generationers möjligheter att tillgodose sina.',
  },
  {
    id: 'agenda-2030',
    prefLabelSv: 'Agenda 2030',
    prefLabelEn: 'Agenda 2030',
    altLabels: ['globala målen', 'globala hållbarhetsmålen', 'FN:s hållbarhetsmål', 'Agenda 2030-arbete'],
    broader: 'sustainable-development',
    themes: ['csr-sustainability'],
  },
  {
    id: 'csr',
    prefLabelSv: 'samhällsansvar',
    prefLabelEn: 'corporate social responsibility',
    altLabels: ['CSR', 'företagens samhällsansvar', 'socialt ansvarstagande', 'socialt ansvar', 'Corporate Social Responsibility', 'ansvarsfullt företagande'],
    broader: 'sustainable-development',
    themes: ['csr-sustainability', 'business-climate'],
    definition: 'Företags och organisationers ansvar för hur verksamheten påverkar människor, miljö och samhälle.',
  },
  {
    id: 'sustainability-reporting',
    prefLabelSv: 'hållbarhetsredovisning',
    prefLabelEn: 'sustainability reporting',
    altLabels: ['hållbarhetsrapport', 'hållbarhetsrapportering', 'CSRD', 'ESG', 'GRI'],
    broader: 'csr',
    themes: ['csr-sustainability'],
  },
  {
    id: 'sustainability-integration',
    prefLabelSv: 'hållbarhetsintegrering',
    prefLabelEn: 'mainstreaming sustainability',
    altLabels: ['hållbarhet i styrningen', 'hållbarhetsbedömning', 'hållbarhetsanalys', 'konsekvensbedömning för hållbarhet', 'hållbarhetsmål i budgeten'],
    broader: 'sustainable-development',
    themes: ['csr-sustainability'],
  },
];
