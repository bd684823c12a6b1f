import { expect } from '@open-wc/testing';
import diplomacy from '../../data/diplomacy-capacity.json';
import talent from '../../data/talent-governance.json';
import branding from '../../data/branding-checklist.json';
import { citation, sectionsOf, splitRefs, withSections } from '../../src/core/citation.js';
import type { ChecklistDefinition } from '../../src/schema/checklist.js';

const dc = (diplomacy as ChecklistDefinition).source;
const tg = (talent as ChecklistDefinition).source;
const bc = (branding as ChecklistDefinition).source;

describe('citation', () => {
  const rows: [string, ChecklistDefinition['source'], string][] = [
    ['work only', { doc: 'x.txt', lines: '1', work: 'A work' }, 'A work'],
    ['the report', dc, 'Anna Kosovac, Kris Hartley, Michele Acuto and Darcy Gunning (2020). Conducting City Diplomacy: A Survey of International Engagement in 47 Cities. Chicago Council on Global Affairs and University of Melbourne.'],
    ['a book chapter (no year in the source)', tg, 'Willem van Winden. Welcoming International Talent, ch. 9 Governance models for talent management.'],
    ['a book section', bc, 'Marian Counihan and Willem van Winden. Welcoming International Talent, § 1.3 Multi-stakeholder collaboration in branding and communication.'],
  ];
  for (const [name, src, out] of rows) it(name, () => expect(citation(src)).to.equal(out));
  it('never names a file or a line', () => {
    for (const s of [dc, tg, bc]) expect(citation(s)).to.not.match(/\.txt|seed|line/i);
  });
});

describe('sectionsOf and withSections', () => {
  const rows: [string, string[]][] = [
    ['135', ['Key Survey Findings: International Offices and Funding']],
    ['331-333, 347', ['Primary Obstacles to City-Diplomacy Efforts', 'A Framework for Improving City-Diplomacy Efforts']],
    ['341, 335', ['Primary Obstacles to City-Diplomacy Efforts']],
    ['9999', []],
  ];
  for (const [lines, out] of rows) it(`${lines} → ${JSON.stringify(out)}`, () => expect(sectionsOf(dc, lines)).to.deep.equal(out));
  it('turns line references in a rule into sections', () => {
    expect(withSections(dc, 'Only a start (line 361). Funding (lines 327, 331).')).to.equal('Only a start (“Conclusion”). Funding (“Bridging the Capacity Gap”, “Primary Obstacles to City-Diplomacy Efforts”).');
    expect(withSections(dc, 'Nowhere (line 9999).')).to.equal('Nowhere.');
    expect(splitRefs(dc, 'a (line 361) b')).to.deep.equal(['a', { sections: ['Conclusion'] }, ' b']);
  });
  it('leaves no line reference in any shipped rule or note', () => {
    for (const def of [diplomacy, talent, branding] as ChecklistDefinition[]) {
      const notes = [def.scoring.note, def.outputs?.stages?.note, def.outputs?.placement?.note, def.outputs?.steps?.note].filter((x): x is string => !!x);
      for (const n of notes) expect(withSections(def.source, n), def.id).to.not.match(/\blines? ?\d/);
    }
  });
});
