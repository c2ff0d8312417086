import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { leesPartners, PARTNERS, PartnerregisterFout, PROFESSIONALS, STANDAARD_POORTEN, SUBGRAPHS } from '@netwerkdossier/shared';

const geldig = (naam: string, poort: number, sub = `${naam}-a`) => ({
  naam,
  weergavenaam: naam.toUpperCase(),
  inZin: `de ${naam}`,
  poort,
  registreert: [],
  professionals: [{ sub, naam: 'Iemand Synthetisch', team: 'Team', rol: 'professional', vormen: ['consultatie'] }],
});

describe('partnerregister', () => {
  let map: string;
  beforeEach(() => {
    map = mkdtempSync(path.join(tmpdir(), 'partners-'));
  });
  afterEach(() => rmSync(map, { recursive: true, force: true }));

  const zet = (folder: string, inhoud: unknown) => {
    mkdirSync(path.join(map, folder), { recursive: true });
    writeFileSync(path.join(map, folder, 'partner.json'), typeof inhoud === 'string' ? inhoud : JSON.stringify(inhoud));
  };
  const fouten = () => {
    try {
      leesPartners(map);
    } catch (e) {
      expect(e).toBeInstanceOf(PartnerregisterFout);
      return (e as PartnerregisterFout).fouten;
    }
    throw new Error('het register werd zonder fout gelezen');
  };

  test('een map met partner.json is een partner, een map zonder niet; op volgorde van poort', () => {
    zet('b-partner', geldig('b-partner', 4011));
    zet('a-partner', geldig('a-partner', 4012));
    mkdirSync(path.join(map, 'netwerk'));
    expect(leesPartners(map).map((p) => p.naam)).toEqual(['b-partner', 'a-partner']);
  });

  test('noemt bestand en veld van wat niet klopt', () => {
    zet('kapot', '{ "naam": ');
    zet('half', { naam: 'half', poort: 'vierduizend' });
    zet('anders', geldig('andere-naam', 4013));
    const f = fouten();
    // named as from the repository's root: subgraphs/<folder>/partner.json
    const waar = `${path.basename(map)}/`;
    expect(f.some((r) => r.startsWith(`${waar}kapot/partner.json: geen geldige JSON`))).toBe(true);
    expect(f).toContain(`${waar}half/partner.json/poort: must be integer`);
    expect(f.some((r) => r.startsWith(`${waar}half/partner.json: must have required property`))).toBe(true);
    expect(f).toContain(`${waar}anders/partner.json: naam "andere-naam" moet gelijk zijn aan de map "anders"`);
  });

  test('een poort of professional die al van een ander is, wordt geweigerd', () => {
    zet('een', geldig('een', 4011, 'zelfde'));
    zet('twee', geldig('twee', 4011, 'zelfde'));
    zet('drie', geldig('drie', 4000));
    expect(fouten()).toEqual(expect.arrayContaining(['twee: poort 4011 is al van een', 'twee: professional "zelfde" staat ook bij een', 'drie: poort 4000 is al van gateway']));
  });

  test('de lijsten van het netwerk volgen uit de mappen van deze repository', () => {
    expect(SUBGRAPHS).toEqual(['netwerk', ...PARTNERS.map((p) => p.naam)]);
    for (const p of PARTNERS) {
      expect(STANDAARD_POORTEN[p.naam]).toBe(p.poort);
      for (const prof of p.professionals) expect(PROFESSIONALS).toContainEqual({ ...prof, organisatie: p.naam });
    }
  });
});
