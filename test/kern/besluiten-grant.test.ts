import { bit, codeerBesluiten, decodeerBesluiten } from '@netwerkdossier/shared';

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
