import { bit, CATEGORIEEN, codeerBesluiten, decodeerBesluiten, uitkomstVan } from '@netwerkdossier/shared';

/** The decisions in a grant (shared/src/besluiten.ts): what the gateway decided arrives as decided, and nothing else opens. */
const [A, B, C, H] = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000c', '00000000-0000-4000-8000-0000000000f0'];
const heenEnTerug = (besluiten: Parameters<typeof codeerBesluiten>[0]) => decodeerBesluiten(JSON.parse(JSON.stringify(codeerBesluiten(besluiten))));

describe('besluiten in de grant: heen en terug dezelfde', () => {
  test('elk onderwerp houdt zijn eigen besluit, ook naast een ander met een ander besluit', () => {
    const personen = new Map([[A, { zichtbaar: bit('identificatie'), geanonimiseerd: 0 }], [B, { zichtbaar: bit('pseudoniem'), geanonimiseerd: bit('veiligheid') }], [C, { zichtbaar: bit('identificatie'), geanonimiseerd: 0 }]]);
    expect(heenEnTerug({ huishoudens: new Map(), personen }).personen).toEqual(personen);
  });

  test('wie alleen geanonimiseerd te zien is, valt niet weg', () => {
    const personen = new Map([[A, { zichtbaar: 0, geanonimiseerd: bit('veiligheid') }]]);
    expect(heenEnTerug({ huishoudens: new Map(), personen }).personen).toEqual(personen);
  });

  test('wie nergens iets mag zien, staat er met niets in: niet weggelaten (dan leek hij iemand buiten de grant), en er opent niets', () => {
    const niets = { zichtbaar: 0, geanonimiseerd: 0 };
    const personen = new Map([[A, { zichtbaar: bit('hulpverlening'), geanonimiseerd: 0 }], [B, niets], [C, niets]]);
    // a member's household-level decision of nothing must not fall back to their own (which opens hulpverlening)
    const alsHuishouden = new Map([[A, niets]]);
    const huishoudens = new Map([[H, niets]]);
    const gecodeerd = codeerBesluiten({ huishoudens, personen, alsHuishouden });
    // one small group for all who may see nothing
    expect(gecodeerd.p).toContainEqual([0, 0, [B, C]]);
    const terug = heenEnTerug({ huishoudens, personen, alsHuishouden });
    expect([terug.personen, terug.alsHuishouden, terug.huishoudens]).toEqual([personen, alsHuishouden, huishoudens]);
    for (const b of [terug.personen.get(B), terug.alsHuishouden?.get(A), terug.huishoudens.get(H)]) {
      expect(CATEGORIEEN.map((c) => uitkomstVan(b, c))).toEqual(CATEGORIEEN.map(() => 'afgeschermd'));
    }
  });

  test('de besluiten voor dragers van delen en per lid voor delen komen mee; zonder blijven ze leeg', () => {
    const deels = new Map([[H, { zichtbaar: bit('hulpverlening'), geanonimiseerd: 0 }]]);
    const alsHuishouden = new Map([[A, { zichtbaar: bit('hulpverlening') | bit('pseudoniem'), geanonimiseerd: 0 }]]);
    const terug = heenEnTerug({ huishoudens: new Map(), personen: new Map(), deels, alsHuishouden });
    expect(terug.deels).toEqual(deels);
    expect(terug.alsHuishouden).toEqual(alsHuishouden);
    const zonder = heenEnTerug({ huishoudens: new Map(), personen: new Map() });
    expect([zonder.deels, zonder.alsHuishouden]).toEqual([new Map(), new Map()]);
  });
});

describe('besluiten in de grant: wat niet de vorm heeft, opent niets', () => {
  test('een groep moet een lijst van precies drie zijn: geen object dat er een nadoet, geen vierde element', () => {
    const nagedaan = JSON.parse('{"0": 2, "1": 0, "2": ["x"], "length": 3}');
    for (const groep of [nagedaan, [2, 0, ['x'], 'meer']]) {
      expect(() => decodeerBesluiten({ h: [], p: [groep] })).toThrow('besluiten hebben geen geldige vorm');
    }
  });

  test('een claim die geen object is, wordt met dezelfde uitleg geweigerd (geen TypeError)', () => {
    for (const claim of [null, undefined, 'h', 7, true]) expect(() => decodeerBesluiten(claim)).toThrow('besluiten hebben geen geldige vorm');
  });
});
