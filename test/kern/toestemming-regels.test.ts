import { bezwarenTegenToestemming } from '../../subgraphs/netwerk/src/toestemming.regels';
import type { ToestemmingInvoer } from '../../subgraphs/netwerk/src/toestemming.invoer';
import { ID } from './beleid';

const goed = { persoon: ID.kind, gegevenDoor: [ID.moeder], ontvangerOrganisatie: 'gi', categorieen: ['gezondheid'], doel: 'gezamenlijk-plan', vorm: 'schriftelijk', bewijs: 'Formulier 12', geldigVanaf: '2026-01-01', geldigTot: null } as unknown as ToestemmingInvoer;
const bezwaren = (extra: Partial<Record<keyof ToestemmingInvoer, unknown>>, gezag = [ID.moeder, ID.vader]) => bezwarenTegenToestemming({ ...goed, ...extra } as ToestemmingInvoer, gezag);

/** What a registered consent can never be, refused when it is registered. */
describe('een toestemming registreren', () => {
  test('een goede toestemming: geen bezwaren, ook van de persoon zelf of tot een latere datum', () => {
    expect(bezwaren({})).toEqual([]);
    expect(bezwaren({ gegevenDoor: [ID.kind] }, [])).toEqual([]);
    expect(bezwaren({ geldigTot: '2026-01-01' })).toEqual([]);
  });

  test('melder, vertrouwelijk en werkaantekening gaan ook met toestemming nooit open; onbekende en geen categorieën worden geweigerd', () => {
    expect(bezwaren({ categorieen: ['melder', 'vertrouwelijk', 'werkaantekening', 'gezondheid'] })).toEqual([
      'melder wordt nooit gedeeld, ook niet met toestemming', 'vertrouwelijk wordt nooit gedeeld, ook niet met toestemming', 'werkaantekening wordt nooit gedeeld, ook niet met toestemming',
    ]);
    expect(bezwaren({ categorieen: ['geheim'] })).toEqual(['onbekende categorie "geheim"']);
    expect(bezwaren({ categorieen: [] })).toEqual(['geen categorieën genoemd']);
  });

  test('alleen de persoon zelf of wie gezag heeft, en die zonder te zeggen wie gezag heeft', () => {
    expect(bezwaren({ gegevenDoor: [ID.ander] })).toEqual(['toestemming geeft alleen de persoon zelf of iemand met gezag over de persoon']);
    expect(bezwaren({ gegevenDoor: [ID.moeder, ID.ander] })).toEqual(['toestemming geeft alleen de persoon zelf of iemand met gezag over de persoon']);
    expect(bezwaren({ gegevenDoor: [] })).toEqual(['niemand gaf toestemming']);
    // the gezag check comes last and alone: it would otherwise tell about the family with every other mistake
    expect(bezwaren({ gegevenDoor: [ID.ander], bewijs: 'x' })).toEqual(['verwijs naar het bewijs: het formulier of het gespreksverslag']);
  });

  test('doel, bewijs en datums', () => {
    expect(bezwaren({ doel: 'Gezamenlijk plan' })).toEqual(['"Gezamenlijk plan" is geen doel (kleine letters en streepjes, zoals gezamenlijk-plan)']);
    expect(bezwaren({ doel: 'plan-' })).toEqual([]);
    expect(bezwaren({ doel: '-plan' })).toHaveLength(1);
    expect(bezwaren({ doel: 'plan 2' })).toHaveLength(1);
    expect(bezwaren({ bewijs: '  abcd  ' })).toEqual(['verwijs naar het bewijs: het formulier of het gespreksverslag']);
    expect(bezwaren({ bewijs: 'abcde' })).toEqual([]);
    expect(bezwaren({ geldigVanaf: '2026-02-30' })).toEqual(['geldigVanaf "2026-02-30" is geen datum (JJJJ-MM-DD, tussen 2000 en 2099)']);
    expect(bezwaren({ geldigTot: '2025-12-31' })).toEqual(['geldigTot is geen datum na geldigVanaf']);
    expect(bezwaren({ geldigTot: 'morgen' })).toEqual(['geldigTot is geen datum na geldigVanaf']);
    expect(bezwaren({ geldigTot: undefined })).toEqual([]);
  });
});
