import { bit, Besluiten, CATEGORIEEN, delenIn, eigenLijst, isEigenRecord, SUBGRAPHS, Uitkomst } from '@netwerkdossier/shared';

import { uitkomstVoor } from '../../shared/src/afscherming';

import type { Persoonsbeslissing } from '../../gateway/src/beslissing/uitkomst';
import { Besluitenset } from '../../gateway/src/handhaving/besluitenset';
import { gezin, HUISHOUDEN, ID } from './beleid';

const ctx = gezin(2014);
const [KIND, MOEDER, VADER] = [ID.kind, ID.moeder, ID.vader];

/** Every cell visible, except hulpverlening of the father (he did not consent). */
function tabel(): Persoonsbeslissing[] {
  return [KIND, MOEDER, VADER].flatMap((persoonId) => CATEGORIEEN.flatMap((categorie) => SUBGRAPHS.map((partner) => {
    const uitkomst: Uitkomst = persoonId === VADER && categorie === 'hulpverlening' ? 'afgeschermd' : 'zichtbaar';
    return { persoonId, categorie, partner, uitkomst, regel: uitkomst === 'zichtbaar' ? 'test/open' : 'test/dicht', reden: 'Toestemming ontbreekt.', grondslag: [] };
  })));
}

describe('delen van een huishoudensrecord: per persoon beslist', () => {
  test('de typen met betreft zijn delen; de velden erheen dragers; een betreft dat een record is, telt niet', () => {
    const typen = new Map([
      ['Huishouden', [{ naam: 'gezinsplan', doelType: 'Gezinsplan' }, { naam: 'maatregelen', doelType: 'Maatregel' }, { naam: 'betrokkenheden', doelType: 'Betrokkenheid' }]],
      ['Gezinsplan', [{ naam: 'vastgesteldOp', doelType: 'String' }, { naam: 'doelen', doelType: 'Gezinsdoel' }]],
      ['Gezinsdoel', [{ naam: 'omschrijving', doelType: 'String' }, { naam: 'betreft', doelType: 'ID' }]],
      ['Maatregel', [{ naam: 'betreft', doelType: 'Persoon' }]],
      ['Betrokkenheid', [{ naam: 'professional', doelType: 'String' }, { naam: 'organisatie', doelType: 'Organisatie' }]],
    ]);
    const { delen, dragers, eigenLijsten } = delenIn(typen);
    expect([...delen].sort()).toEqual(['Betrokkenheid', 'Gezinsdoel']);
    expect([...dragers].sort()).toEqual(['Gezinsplan.doelen', 'Huishouden.betrokkenheden', 'Huishouden.gezinsplan']);
    // the betrokkenheden may be the caller's own: an own list
    expect([...eigenLijsten]).toEqual(['Huishouden.betrokkenheden']);
  });

  test('een eigen lijst: de eigen records, en van anderen alleen wat te zien mag zijn, in hun volgorde; de rest valt weg', () => {
    const lijst = [{ wie: 'raad' }, { wie: 'eigen' }, { wie: 'gi' }, { wie: 'eigen' }];
    expect(eigenLijst(lijst, (b) => b.wie === 'eigen', () => false)).toEqual([{ wie: 'eigen' }, { wie: 'eigen' }]);
    expect(eigenLijst(lijst, (b) => b.wie === 'eigen', (b) => b.wie === 'gi')).toEqual([{ wie: 'eigen' }, { wie: 'gi' }, { wie: 'eigen' }]);
    expect(eigenLijst(lijst, () => false, () => true)).toEqual(lijst);
  });

  test('de gateway: een deel is te zien waar het voor ieder die het betreft te zien is; een drager waar het voor iemand te zien is', () => {
    const b = new Besluitenset([ctx], tabel());
    const personen = (...ids: string[]) => ({ soort: 'personen' as const, ids });
    expect(b.uitkomst('lokaal-team', { soort: 'huishouden', id: HUISHOUDEN }, 'hulpverlening')).toBe('afgeschermd');
    expect(b.uitkomst('lokaal-team', { soort: 'deels', id: HUISHOUDEN }, 'hulpverlening')).toBe('zichtbaar');
    expect(b.uitkomst('lokaal-team', personen(MOEDER), 'hulpverlening')).toBe('zichtbaar');
    expect(b.uitkomst('lokaal-team', personen(MOEDER, KIND), 'hulpverlening')).toBe('zichtbaar');
    expect(b.uitkomst('lokaal-team', personen(VADER), 'hulpverlening')).toBe('afgeschermd');
    expect(b.uitkomst('lokaal-team', personen(MOEDER, VADER), 'hulpverlening')).toBe('afgeschermd');
    // someone outside the household in scope: nothing
    expect(b.uitkomst('lokaal-team', personen(MOEDER, 'onbekend'), 'hulpverlening')).toBe('afgeschermd');
    expect(b.redenen('lokaal-team', personen(MOEDER, VADER), 'hulpverlening').map((r) => r.persoonId)).toEqual([VADER]);
    expect(b.ergensToegestaan('lokaal-team', 'hulpverlening', 'huishouden')).toBe(false);
    expect(b.ergensToegestaan('lokaal-team', 'hulpverlening', 'huishouden', 'deel')).toBe(true);
    const grant = b.voorFetch('lokaal-team', undefined);
    expect((grant.deels?.get(HUISHOUDEN)?.zichtbaar ?? 0) & bit('hulpverlening')).toBeTruthy();
  });

  test('de subgraph: hetzelfde, uit de grant; een persoon die de grant niet noemt, opent niets', () => {
    const b = new Besluitenset([ctx], tabel());
    const besluiten: Besluiten = b.voorFetch('lokaal-team', undefined);
    const context = { grant: { besluiten, intern: null, sub: 'rvt-eva', organisatie: 'veilig-thuis' } } as unknown as Parameters<typeof uitkomstVoor>[0];
    expect(uitkomstVoor(context, { soort: 'personen', ids: [MOEDER] }, 'hulpverlening')).toBe('zichtbaar');
    expect(uitkomstVoor(context, { soort: 'personen', ids: [MOEDER, VADER] }, 'hulpverlening')).toBe('afgeschermd');
    expect(uitkomstVoor(context, { soort: 'personen', ids: ['onbekend'] }, 'pseudoniem')).toBe('afgeschermd');
    expect(uitkomstVoor(context, { soort: 'deels', id: HUISHOUDEN }, 'hulpverlening')).toBe('zichtbaar');
    expect(uitkomstVoor(context, { soort: 'huishouden', id: HUISHOUDEN }, 'hulpverlening')).toBe('afgeschermd');
    // an older grant without the carriers' decisions: carriers stay closed
    const zonder = { grant: { besluiten: { huishoudens: besluiten.huishoudens, personen: besluiten.personen }, intern: null } } as unknown as Parameters<typeof uitkomstVoor>[0];
    expect(uitkomstVoor(zonder, { soort: 'deels', id: HUISHOUDEN }, 'hulpverlening')).toBe('afgeschermd');
  });

  test('de eigen betrokkenheid: dezelfde professional bij dezelfde organisatie (een enum schrijft - als _)', () => {
    expect(isEigenRecord({ professional: 'rvt-eva', organisatie: 'veilig_thuis' }, 'rvt-eva', 'veilig-thuis')).toBe(true);
    expect(isEigenRecord({ professional: 'rvt-eva', organisatie: 'gi' }, 'rvt-eva', 'veilig-thuis')).toBe(false);
    expect(isEigenRecord({ professional: 'lt-bram', organisatie: 'veilig-thuis' }, 'rvt-eva', 'veilig-thuis')).toBe(false);
    expect(isEigenRecord({ professional: 'rvt-eva', organisatie: 'veilig-thuis' }, 'rvt-eva', null)).toBe(false);
  });
});
