import { nietBetrokken, Ontbrekend, opsomming, TOESTEMMING_ONTBREEKT, toestemmingOntbreekt } from '../../gateway/src/beslissing/reden';

const ROLLEN = ['ouder', 'kind', 'partner', 'ex-partner', 'overig'];
const LEEFTIJDEN: Array<[number, number] | null> = [null, [0, 0], [0, 1], [13, 14], [14, 14], [17, 18], [40, 41]];

/** Every multiset of gezag roles of size 0…3 (a child has at most a few with gezag). */
function gezagCombinaties(): string[][] {
  const uit: string[][] = [[]];
  const bouw = (begin: number, huidig: string[]) => {
    if (huidig.length === 3) return;
    for (let i = begin; i < ROLLEN.length; i++) {
      const volgend = [...huidig, ROLLEN[i]];
      uit.push(volgend);
      bouw(i, volgend);
    }
  };
  bouw(0, []);
  return uit;
}

/** Every combination: with or without the person's own consent (each role, each age), any gezag holders, with or without "nobody with gezag". */
function alleCombinaties(): Ontbrekend[][] {
  const zelven: Array<Ontbrekend | null> = [null, ...ROLLEN.flatMap((rol) => LEEFTIJDEN.map((leeftijd) => ({ wie: 'zelf' as const, rol, leeftijd })))];
  return zelven.flatMap((z) => gezagCombinaties().flatMap((g) => [false, true].map((niemand) => [
    ...(z ? [z] : []), ...g.map((rol) => ({ wie: 'gezag' as const, rol })), ...(niemand ? [{ wie: 'niemand' as const }] : []),
  ]))).filter((c) => c.length > 0);
}

const LIDWOORD = /^van (de|het|beide|drie) /;

describe('redenen die zeggen wiens toestemming ontbreekt', () => {
  test('voorbeelden', () => {
    expect(toestemmingOntbreekt([{ wie: 'zelf', rol: 'partner', leeftijd: [40, 41] }], true)).toBe('Toestemming van de partner ontbreekt.');
    expect(toestemmingOntbreekt([{ wie: 'zelf', rol: 'overig', leeftijd: [70, 71] }], true)).toBe('Toestemming van het andere gezinslid ontbreekt.');
    expect(toestemmingOntbreekt([{ wie: 'zelf', rol: 'kind', leeftijd: [14, 14] }, { wie: 'gezag', rol: 'ouder' }], true)).toBe('Toestemming van het kind (14 jaar) en van de ouder met gezag ontbreekt.');
    expect(toestemmingOntbreekt([{ wie: 'zelf', rol: 'kind', leeftijd: [13, 14] }], true)).toBe('Toestemming van het kind (13 of 14 jaar) ontbreekt.');
    expect(toestemmingOntbreekt([{ wie: 'gezag', rol: 'ouder' }, { wie: 'gezag', rol: 'ouder' }], true)).toBe('Toestemming van beide ouders met gezag ontbreekt.');
    expect(toestemmingOntbreekt([{ wie: 'gezag', rol: 'ouder' }, { wie: 'gezag', rol: 'ex-partner' }], true)).toBe('Toestemming van de ouder en de ex-partner met gezag ontbreekt.');
    expect(toestemmingOntbreekt([{ wie: 'niemand' }], true)).toBe('Toestemming ontbreekt: er is niemand met gezag geregistreerd.');
    expect(toestemmingOntbreekt([{ wie: 'zelf', rol: 'kind', leeftijd: [12, 13] }, { wie: 'niemand' }], true)).toBe('Toestemming van het kind (12 of 13 jaar) ontbreekt, en er is niemand met gezag geregistreerd.');
    expect(opsomming(['a', 'b', 'c'])).toBe('a, b en c');
  });

  test('waar de vrager de samenstelling niet mag kennen: algemeen', () => {
    for (const c of alleCombinaties()) expect(toestemmingOntbreekt(c, false)).toBe(TOESTEMMING_ONTBREEKT);
  });

  test('elke combinatie van rollen en aantallen is goed Nederlands', () => {
    const combinaties = alleCombinaties();
    expect(combinaties.length).toBeGreaterThan(1000);
    for (const c of combinaties) {
      const zin = toestemmingOntbreekt(c, true);
      expect(zin).toMatch(/^Toestemming (van .+ )?ontbreekt(, en er is niemand met gezag geregistreerd|: er is niemand met gezag geregistreerd)?\.$/);
      // no bare role words, no "zelf", no "(gezag)", no role without its article
      expect(zin).not.toMatch(/zelf|\(gezag\)|\bde (overig|kind)\b|\bhet (ouder|partner)\b|  |\.\./);
      const wie = zin.match(/^Toestemming van (.+) ontbreekt/)?.[1];
      if (wie) {
        for (const deel of wie.split(/ en van |, | en /)) expect(`van ${deel}`).toMatch(LIDWOORD);
        // each role that is missing is named, in the singular or plural
        for (const o of c) if (o.wie !== 'niemand' && !(o.wie === 'zelf' && o.rol === 'kind')) expect(zin).toMatch(/ouder|kind|partner|gezinslid|gezinsleden/);
      }
    }
  });

  test('een partner die niet betrokken is, leest als niet betrokken', () => {
    expect(nietBetrokken('gi')).toBe('Niet betrokken: De jeugdbescherming (GI) is niet betrokken bij dit huishouden.');
    expect(nietBetrokken('raad')).toBe('Niet betrokken: De Raad voor de Kinderbescherming is niet betrokken bij dit huishouden.');
  });
});
