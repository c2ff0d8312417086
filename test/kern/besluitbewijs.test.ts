import { readFileSync } from 'node:fs';

import {
  BeleidBron, beleidInhoud, BEWIJS_ISSUER, BEWIJS_TYP, bewijsHash, BewijsOngeldig, controleerKeten, GEEN_BELEID, leesBewijs, houdersUitSupergraph, inhoudHash, Ketencontrole, laadBeleid, maakGrantSleutelpaar, PARTNER_NAMEN, PROFESSIONALS, Roosterregel, STANDAARD_POLICIES,
  installatieAnker, STANDAARD_SUPERGRAPH, tekenBesluit, tekenGrant, tekenVoorstel,
} from '@netwerkdossier/shared';
import { importJWK, JWK, JWTPayload, SignJWT } from 'jose';

/** Each partner's privacy officer, by organisation. */
const FG = Object.fromEntries(PARTNER_NAMEN.map((o) => [o, PROFESSIONALS.find((p) => p.organisatie === o && p.rol === 'privacyfunctionaris')!]));
const door = (o: string) => ({ sub: FG[o].sub, organisatie: o, rol: 'privacyfunctionaris' });

/**
 * What a gateway checks before it puts a policy version in force (controleerKeten): the chain from the installation's
 * version, each next one with the gateway's evidence of its proposal and of every approval it needs. Here the rows are
 * made as netwerk's database administrator could make them: every way of putting a version in force without the
 * officers concerned is refused, with the reason.
 */
describe('de keten van beleidsversies en hun bewijs', () => {
  let sleutels: { prive: JWK; publiek: JWK };
  let controle: Ketencontrole;
  let een: Record<string, string>;
  let twee: Record<string, string>;
  let houders: string[];
  let voorsteller: string;
  let tweede: string;

  beforeAll(async () => {
    sleutels = await maakGrantSleutelpaar();
    een = (await laadBeleid(STANDAARD_POLICIES)).bestanden;
    const alle = houdersUitSupergraph(readFileSync(STANDAARD_SUPERGRAPH, 'utf8'));
    controle = { publiek: [sleutels.publiek], anker: inhoudHash(een) };
    // hulpverlening no longer in a duo: the say of every organisation holding hulpverlening
    houders = alle.hulpverlening;
    const regel = een['deelmatrix.yaml'].split('\n').find((r) => r.trimStart().startsWith('hulpverlening:'))!;
    twee = { ...een, 'deelmatrix.yaml': een['deelmatrix.yaml'].replace(regel, regel.replace('duo: toestemming', 'duo: nooit')) };
    voorsteller = PARTNER_NAMEN.find((o) => !houders.includes(o))!;
    tweede = PARTNER_NAMEN.find((o) => !houders.includes(o) && o !== voorsteller)!;
  });

  const eerste = (): Roosterregel => ({ volgnummer: 1, versie: 'v1', vanaf: new Date(Date.now() - 86_400_000).toISOString(), volgorde: 1, bestanden: een, basis: null, bewijs: null, besluiten: [] });

  /** Evidence with these claims signed by hand as the gateway would (its type and issuer), with this iat (seconds). */
  const handgetekend = async (claims: JWTPayload, iat = Math.floor(Date.now() / 1000)) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256', typ: BEWIJS_TYP }).setIssuer(BEWIJS_ISSUER).setIssuedAt(iat).sign(await importJWK(sleutels.prive, 'ES256'));

  /**
   * A proposal of `bestanden` on version `basis` as the gateway signs it, with the approvals of `goedkeurders` (at
   * `iats`, seconds, where given).
   */
  async function versie(nr: number, bestanden: Record<string, string>, basis: Roosterregel, goedkeurders: string[], opties: { sleutel?: JWK; gewenstVanaf?: string | null; vanaf?: string; iats?: number[]; door?: string; organisaties?: string[]; basisNr?: number; basisInhoud?: string } = {}): Promise<Roosterregel> {
    const sleutel = opties.sleutel ?? sleutels.prive;
    const bewijs = await tekenVoorstel(sleutel, {
      ...door(opties.door ?? voorsteller), inhoud: inhoudHash(bestanden), basis: { volgnummer: opties.basisNr ?? basis.volgnummer, inhoud: opties.basisInhoud ?? inhoudHash(basis.bestanden) }, reden: 'Hulpverlening niet meer delen in een duo.',
      gewenstVanaf: opties.gewenstVanaf ?? null, terugNaar: null, organisaties: opties.organisaties ?? houders,
    });
    const besluiten = await Promise.all(goedkeurders.map((o, i) => {
      const besluit = { ...door(o), stap: 'goedgekeurd' as const, voorstel: bewijsHash(bewijs), reden: `${o} stemt in.` };
      return opties.iats ? handgetekend(besluit, opties.iats[i]) : tekenBesluit(sleutel, besluit);
    }));
    return { volgnummer: nr, versie: `v${nr}`, vanaf: opties.vanaf ?? new Date().toISOString(), volgorde: nr, bestanden, basis: basis.volgnummer, bewijs, besluiten };
  }
  const iedereen = () => [tweede, ...houders];

  test('een versie met het voorstel, een tweede privacyfunctionaris en elke houder is bewezen, net als de eerste', async () => {
    const v1 = eerste();
    const v2 = await versie(2, twee, v1, iedereen());
    // and a rollback on top of it: version 1's files again, proposed on version 2
    const v3 = await versie(3, een, v2, iedereen());
    expect(await controleerKeten([v3, v1, v2], controle)).toEqual(new Map([[1, undefined], [2, undefined], [3, undefined]]));
  });

  test('zonder tweede privacyfunctionaris, of zonder een houder: niet bewezen, met wie er ontbreekt', async () => {
    const v1 = eerste();
    expect((await controleerKeten([v1, await versie(2, twee, v1, [])], controle)).get(2)).toBe('geen tweede privacyfunctionaris keurde het goed');
    expect((await controleerKeten([v1, await versie(2, twee, v1, [voorsteller])], controle)).get(2)).toBe('geen tweede privacyfunctionaris keurde het goed');
    const [ontbrekend, ...rest] = houders;
    expect((await controleerKeten([v1, await versie(2, twee, v1, [tweede, ...rest])], controle)).get(2)).toBe(`de goedkeuring ontbreekt van ${ontbrekend}, waarvan het het delen wijzigt`);
    expect((await controleerKeten([v1, await versie(2, twee, v1, [tweede])], controle)).get(2)).toBe(`de goedkeuring ontbreekt van ${houders.join(', ')}, waarvan het het delen wijzigt`);
  });

  test('bestanden die na het voorstel zijn gewijzigd, of een ander voorstel: niet bewezen', async () => {
    const v1 = eerste();
    const v2 = await versie(2, twee, v1, iedereen());
    const bijgewerkt = { ...v2, bestanden: { ...twee, 'deelmatrix.yaml': `${twee['deelmatrix.yaml']}\n# later\n` } };
    expect((await controleerKeten([v1, bijgewerkt], controle)).get(2)).toBe('de beleidsbestanden zijn niet die van het voorstel');
    // the approvals of one proposal under another proposal of the same files
    const ander = await versie(2, twee, v1, []);
    expect((await controleerKeten([v1, { ...ander, besluiten: v2.besluiten }], controle)).get(2)).toBe('een besluit gaat over een ander voorstel');
    // a proposal's evidence given as an approval
    expect((await controleerKeten([v1, { ...v2, besluiten: [ander.bewijs!] }], controle)).get(2)).toBe('een besluit gaat over een ander voorstel');
  });

  test('bewijs met een andere sleutel, zonder bewijs, of een grant van dezelfde sleutel als bewijs: niet bewezen', async () => {
    const v1 = eerste();
    const vreemd = await maakGrantSleutelpaar();
    const metVreemd = await versie(2, twee, v1, iedereen(), { sleutel: vreemd.prive });
    expect((await controleerKeten([v1, metVreemd], controle)).get(2)).toBe('de handtekening, het type of de uitgever klopt niet');
    // a grant key used before (GATEWAY_OUDE_GRANT_SLEUTELS): its evidence stays valid after a rotation
    expect((await controleerKeten([v1, metVreemd], { ...controle, publiek: [sleutels.publiek, vreemd.publiek] })).get(2)).toBeUndefined();
    const v2 = await versie(2, twee, v1, iedereen());
    expect((await controleerKeten([v1, { ...v2, bewijs: null }], controle)).get(2)).toBe('er is geen bewijs van het voorstel');
    const grant = await tekenGrant(sleutels.prive, { subgraph: 'netwerk', verzoek: { pad: '/beleid/voorstel', body: {} }, ...door(voorsteller), team: null, doel: 'toezicht', intern: 'beleid' });
    expect((await controleerKeten([v1, { ...v2, bewijs: grant }], controle)).get(2)).toBe('de handtekening, het type of de uitgever klopt niet');
  });

  test('een afwijzing, of een besluit van iemand die geen privacyfunctionaris is: niet bewezen', async () => {
    const v1 = eerste();
    const v2 = await versie(2, twee, v1, iedereen());
    const nee = await tekenBesluit(sleutels.prive, { ...door(tweede), stap: 'afgewezen', voorstel: bewijsHash(v2.bewijs!), reden: 'Liever niet.' });
    expect((await controleerKeten([v1, { ...v2, besluiten: [...v2.besluiten, nee] }], controle)).get(2)).toBe('het voorstel is afgewezen');
    const professional = PROFESSIONALS.find((p) => p.organisatie === tweede && p.rol === 'professional')!;
    const van = await tekenBesluit(sleutels.prive, { sub: professional.sub, organisatie: tweede, rol: 'professional', stap: 'goedgekeurd', voorstel: bewijsHash(v2.bewijs!), reden: 'Ik keur het goed.' });
    expect((await controleerKeten([v1, { ...v2, besluiten: [...v2.besluiten.slice(1), van] }], controle)).get(2)).toBe('het is niet van een privacyfunctionaris');
  });

  test('een eerste versie die niet die van de installatie is, of een versie op een andere basis: zij en alles erna niet bewezen', async () => {
    const v1 = eerste();
    const v2 = await versie(2, twee, v1, iedereen());
    const anker = { ...controle, anker: inhoudHash(twee) };
    expect(await controleerKeten([v1, v2], anker)).toEqual(new Map([[1, 'de eerste versie is niet het beleid van de installatie (policies/)'], [2, 'versie 1, waarop zij rust, is niet bewezen']]));
    // version 2 put in force again after version 3 by rewriting the schedule (its row deleted and inserted anew)
    const v3 = await versie(3, een, v2, iedereen());
    expect(await controleerKeten([v1, v3, { ...v2, volgorde: 4 }], controle)).toEqual(new Map([[1, undefined], [3, 'het voorstel ging niet uit van versie 1, die ervoor in werking kwam'], [2, 'versie 3, waarop zij rust, is niet bewezen']]));
  });

  test('het moment van in werking treden volgt uit de goedkeuring en de gewenste datum', async () => {
    const v1 = eerste();
    const later = new Date(Date.now() + 3_600_000).toISOString();
    expect((await controleerKeten([v1, await versie(2, twee, v1, iedereen(), { gewenstVanaf: later, vanaf: later })], controle)).get(2)).toBeUndefined();
    // earlier than asked, or long before or after the approval that completed it
    expect((await controleerKeten([v1, await versie(2, twee, v1, iedereen(), { gewenstVanaf: later })], controle)).get(2)).toBe('het moment van in werking treden volgt niet uit de goedkeuring en de gewenste datum');
    expect((await controleerKeten([v1, await versie(2, twee, v1, iedereen(), { vanaf: new Date(Date.now() - 3_600_000).toISOString() })], controle)).get(2)).toBe('het moment van in werking treden volgt niet uit de goedkeuring en de gewenste datum');
    expect((await controleerKeten([v1, await versie(2, twee, v1, iedereen(), { vanaf: later })], controle)).get(2)).toBe('het moment van in werking treden volgt niet uit de goedkeuring en de gewenste datum');
  });

  test('een gateway beslist onder een versie pas als zij bewezen is; een rooster waarin dat niet zo is, of waaruit een bewezen versie verdween, zet het beleid stil', async () => {
    const meldingen: unknown[] = [];
    const bron = BeleidBron.wachtend((m) => meldingen.push(m), undefined, controle);
    try {
      const v1 = eerste();
      const v2 = await versie(2, twee, v1, iedereen());
      bron.zetRooster([v1, v2]);
      await bron.bijgewerkt();
      expect([bron.volgnummer, bron.huidig.versie]).toEqual([2, expect.stringMatching(/^sha256:/)]);

      // version 3 written straight into the schedule with the approvals of version 2
      const v3 = { ...(await versie(3, een, v2, [])), besluiten: v2.besluiten };
      bron.zetRooster([v1, v2, v3]);
      await bron.bijgewerkt();
      const stil = 'Beleidsversie 3 is niet bewezen goedgekeurd (een besluit gaat over een ander voorstel); er wordt niets beslist';
      expect(() => bron.huidig).toThrow(stil);
      expect([bron.huidigOfNiets, bron.volgnummer, bron.waaromGeen]).toEqual([undefined, null, stil]);
      expect(meldingen.at(-1)).toEqual({ fout: new Error(stil) });

      // the forged row gone again: version 2 is in force once more
      bron.zetRooster([v1, v2]);
      await bron.bijgewerkt();
      expect(bron.volgnummer).toBe(2);

      // version 2, proven here, dropped from the schedule: version 1 does not come back
      bron.zetRooster([v1]);
      await bron.bijgewerkt();
      expect(() => bron.huidig).toThrow('Beleidsversie 1 is niet bewezen goedgekeurd (versie 2, die hier al in werking was of gepland stond, ontbreekt in het rooster van netwerk); er wordt niets beslist');
    } finally {
      bron.stop();
    }
  });

  test('de inhoud van een versie hangt niet af van de volgorde van de bestanden (jsonb ordent sleutels anders)', () => {
    const omgekeerd = Object.fromEntries(Object.entries(een).reverse());
    expect(Object.keys(omgekeerd)).not.toEqual(Object.keys(een));
    expect(inhoudHash(omgekeerd)).toBe(inhoudHash(een));
    expect(inhoudHash({ ...een, 'doelen.yaml': `${een['doelen.yaml']} ` })).not.toBe(inhoudHash(een));
  });

  test('bewijs is te lezen met één sleutel of een lijst; bewijs dat niet noemt wat besloten is, telt niet', async () => {
    const v2 = await versie(2, twee, eerste(), []);
    expect(await leesBewijs(v2.bewijs!, sleutels.publiek)).toMatchObject({ stap: 'voorstel', sub: FG[voorsteller].sub, organisaties: houders });
    const voorstel = { sub: FG[voorsteller].sub, organisatie: voorsteller, rol: 'privacyfunctionaris', stap: 'voorstel', inhoud: inhoudHash(twee), basis: { volgnummer: 1, inhoud: inhoudHash(een) }, organisaties: [] };
    const besluit = { sub: FG[tweede].sub, organisatie: tweede, rol: 'privacyfunctionaris', stap: 'goedgekeurd', voorstel: bewijsHash(v2.bewijs!) };
    await expect(leesBewijs(await handgetekend(voorstel), [sleutels.publiek])).resolves.toMatchObject({ stap: 'voorstel' });
    await expect(leesBewijs(await handgetekend(besluit), [sleutels.publiek])).resolves.toMatchObject({ stap: 'goedgekeurd' });
    const zonder = (o: Record<string, unknown>, k: string) => Object.fromEntries(Object.entries(o).filter(([sleutel]) => sleutel !== k));
    const vormfout = new BewijsOngeldig('het noemt niet wat besloten is');
    for (const onvolledig of [zonder(voorstel, 'inhoud'), zonder(voorstel, 'basis'), { ...voorstel, basis: { volgnummer: 1 } }, zonder(voorstel, 'organisaties'), { ...besluit, stap: 'misschien' }, zonder(besluit, 'voorstel')]) {
      await expect(leesBewijs(await handgetekend(onvolledig), [sleutels.publiek])).rejects.toEqual(vormfout);
    }
    // without whose step it is, or which step: not evidence at all
    for (const k of ['sub', 'stap']) await expect(leesBewijs(await handgetekend(zonder(voorstel, k)), [sleutels.publiek])).rejects.toEqual(new BewijsOngeldig('de handtekening, het type of de uitgever klopt niet'));
  });

  test('het bewijs van een besluit als dat van het voorstel, of een voorstel op een andere basis: niet bewezen', async () => {
    const v1 = eerste();
    const v2 = await versie(2, twee, v1, iedereen());
    expect((await controleerKeten([v1, { ...v2, bewijs: v2.besluiten[0] }], controle)).get(2)).toBe('het bewijs van het voorstel is dat van een besluit');
    // the version before it named by number, but with other files; or its files, under another number
    const anders = 'het voorstel ging niet uit van versie 1, die ervoor in werking kwam';
    expect((await controleerKeten([v1, await versie(2, twee, v1, iedereen(), { basisInhoud: inhoudHash(twee) })], controle)).get(2)).toBe(anders);
    expect((await controleerKeten([v1, await versie(2, twee, v1, iedereen(), { basisNr: 5 })], controle)).get(2)).toBe(anders);
  });

  test('de eigen organisatie van wie voorstelt, stemde in door voor te stellen', async () => {
    const v1 = eerste();
    const [eigen, ...rest] = houders;
    const v2 = await versie(2, twee, v1, [tweede, ...rest], { door: eigen });
    expect((await controleerKeten([v1, v2], controle)).get(2)).toBeUndefined();
  });

  test('een versie wordt getoetst aan de versie ervoor zoals die nu is, niet zoals toen zij eerder bewezen werd', async () => {
    const v1 = eerste();
    // two proposals on version 1, both approved; version 3 rests on the first
    const v2a = await versie(2, twee, v1, iedereen());
    const v2b = await versie(2, { ...twee, 'doelen.yaml': `${twee['doelen.yaml']}\n# b\n` }, v1, iedereen());
    const v3 = await versie(3, een, v2a, iedereen());
    expect((await controleerKeten([v1, v2a, v3], controle)).get(3)).toBeUndefined();
    expect((await controleerKeten([v1, v2b, v3], controle)).get(3)).toBe('het voorstel ging niet uit van versie 2, die ervoor in werking kwam');
  });

  test('het moment volgt uit de laatste goedkeuring, tot een minuut ervoor of erna', async () => {
    const v1 = eerste();
    const nu = Math.floor(Date.now() / 1000);
    const iats = [nu - 3600, ...houders.map(() => nu)];
    const op = (t: number) => new Date(t * 1000).toISOString();
    const uitslag = async (vanaf: number) => (await controleerKeten([v1, await versie(2, twee, v1, iedereen(), { iats, vanaf: op(vanaf) })], controle)).get(2);
    // the first approval an hour earlier does not count: the last one completed it
    expect([await uitslag(nu), await uitslag(nu - 60), await uitslag(nu + 60)]).toEqual([undefined, undefined, undefined]);
    const fout = 'het moment van in werking treden volgt niet uit de goedkeuring en de gewenste datum';
    expect([await uitslag(nu - 61), await uitslag(nu + 61), await uitslag(nu - 3600)]).toEqual([fout, fout, fout]);
  });

  test('een bron zonder controle neemt het rooster meteen; een vaste bron is meteen gereed', async () => {
    const vast = BeleidBron.vast(await laadBeleid(STANDAARD_POLICIES));
    await vast.gereed;
    expect(vast.volgnummer).toBeNull();
    const bron = BeleidBron.wachtend();
    try {
      bron.zetRooster([eerste()]);
      expect([bron.volgnummer, bron.huidigOfNiets?.versie]).toEqual([1, (await laadBeleid(STANDAARD_POLICIES)).versie]);
      await bron.eersteRooster;
    } finally {
      bron.stop();
    }
  });

  test('een bron wisselt op het moment van een versie, meldt elke wissel en elke nieuwe weigering één keer, en na stop niet meer', async () => {
    const meldingen: unknown[] = [];
    const bron = BeleidBron.wachtend((m) => meldingen.push(m), undefined, controle);
    try {
      const v1 = { ...eerste(), vanaf: new Date(Date.now() + 300).toISOString() };
      // nothing in force yet: no policy, and why
      bron.zetRooster([v1]);
      await bron.bijgewerkt();
      expect([bron.huidigOfNiets, bron.waaromGeen]).toEqual([undefined, GEEN_BELEID]);
      await new Promise((r) => setTimeout(r, 500));
      expect(bron.volgnummer).toBe(1);
      const v2 = await versie(2, twee, v1, iedereen(), { vanaf: new Date(Date.now() + 300).toISOString() });
      bron.zetRooster([v1, v2]);
      bron.zetRooster([v1, v2]);
      await bron.bijgewerkt();
      expect(bron.volgnummer).toBe(1);
      await new Promise((r) => setTimeout(r, 500));
      expect([bron.volgnummer, bron.huidig.versie, bron.huidigOfNiets]).toEqual([2, expect.stringMatching(/^sha256:/), bron.huidig]);
      expect(meldingen).toEqual([{ versie: expect.stringMatching(/^sha256:/), volgnummer: 1 }, { versie: bron.huidig.versie, volgnummer: 2 }]);
      // the same refusal twice is reported once
      const v3 = { ...(await versie(3, een, v2, [])), besluiten: [] };
      bron.zetRooster([v1, v2, v3]);
      bron.zetRooster([v1, v2, v3]);
      await bron.bijgewerkt();
      expect(meldingen.length).toBe(3);
      // version 1's files changed after it was proven here: the reason says so
      bron.zetRooster([{ ...v1, bestanden: twee }, v2]);
      await bron.bijgewerkt();
      expect(bron.waaromGeen).toBe('Beleidsversie 2 is niet bewezen goedgekeurd (versie 1, die hier al in werking was of gepland stond, heeft nu andere bestanden); er wordt niets beslist');
    } finally {
      bron.stop();
    }
    // stopped: a version planned after it never comes into force here
    const stil = BeleidBron.wachtend(() => undefined, undefined, controle);
    stil.zetRooster([eerste(), await versie(2, twee, eerste(), iedereen(), { vanaf: new Date(Date.now() + 200).toISOString() })]);
    await stil.bijgewerkt();
    stil.stop();
    await new Promise((r) => setTimeout(r, 400));
    expect(stil.volgnummer).toBe(1);
  });

  test('de inhoud van een geladen beleid en het anker van de installatie', async () => {
    const beleid = await laadBeleid(STANDAARD_POLICIES);
    expect([beleidInhoud(beleid), beleidInhoud(beleid)]).toEqual([inhoudHash(een), inhoudHash(een)]);
    expect(beleidInhoud({ bestanden: twee })).toBe(inhoudHash(twee));
    expect(await installatieAnker(STANDAARD_POLICIES)).toBe(inhoudHash(een));
    const vorige = process.env.POLICIES_DIR;
    delete process.env.POLICIES_DIR;
    try {
      expect(await installatieAnker()).toBe(inhoudHash(een));
    } finally {
      if (vorige !== undefined) process.env.POLICIES_DIR = vorige;
    }
  });

  test('een versie die niet laadt, of een versie op dezelfde inhoud onder een ander nummer: niet bewezen', async () => {
    const v1 = eerste();
    const kapot = await versie(2, { ...twee, 'deelmatrix.yaml': 'matrix: [kapot\n' }, v1, iedereen());
    expect((await controleerKeten([v1, kapot], controle)).get(2)).toMatch(/^de versie laadt niet \(/);
    // version 3 rolls back to version 1's files, version 4 rests on it; version 4 right after version 1 (the same files) is not proven
    const v2 = await versie(2, twee, v1, iedereen());
    const v3 = await versie(3, een, v2, iedereen());
    const v4 = await versie(4, twee, v3, iedereen());
    expect((await controleerKeten([v1, v2, v3, v4], controle)).get(4)).toBeUndefined();
    expect((await controleerKeten([v1, { ...v4, volgorde: 2 }], controle)).get(4)).toBe('het voorstel ging niet uit van versie 1, die ervoor in werking kwam');
  });

  test('een bron: gereed pas met een versie in werking; een rooster dat niet te controleren is, zet het beleid stil; wat zij van elke versie vond', async () => {
    const meldingen: unknown[] = [];
    const bron = BeleidBron.wachtend((m) => meldingen.push(m), undefined, controle);
    try {
      expect(await Promise.race([bron.gereed.then(() => 'gereed'), new Promise((r) => setTimeout(() => r('wacht'), 50))])).toBe('wacht');
      const v1 = eerste();
      const v2 = await versie(2, twee, v1, iedereen());
      const v3 = await versie(3, een, v2, []);
      bron.zetRooster([v1, v2, v3]);
      await bron.eersteRooster;
      expect([bron.bewijsstaat(1), bron.bewijsstaat(2), bron.bewijsstaat(3), bron.bewijsstaat(4)]).toEqual(['bewezen', 'bewezen', 'geen tweede privacyfunctionaris keurde het goed', undefined]);
      // a schedule that cannot be checked at all (no files): no policy
      const onleesbaar = { ...v1, bestanden: null as unknown as Record<string, string> };
      const stilgelegd = () => meldingen.filter((m) => String((m as { fout?: Error }).fout?.message).startsWith('Er is geen bewezen beleidsversie')).length;
      // reported at once, and once however often it comes
      bron.zetRooster([onleesbaar]);
      await bron.bijgewerkt();
      expect(stilgelegd()).toBe(1);
      bron.zetRooster([onleesbaar]);
      await bron.bijgewerkt();
      expect(stilgelegd()).toBe(1);
      expect(bron.waaromGeen).toMatch(/^Er is geen bewezen beleidsversie: het rooster van netwerk is niet te controleren \(.+\); er wordt niets beslist$/);
      // and the next schedule is taken again
      bron.zetRooster([v1, v2]);
      await bron.bijgewerkt();
      expect(bron.volgnummer).toBe(2);
    } finally {
      bron.stop();
    }
  });

  test('een bron zonder controle houdt haar beleid als een nieuwe versie niet laadt, en meldt het', async () => {
    const meldingen: unknown[] = [];
    const bron = BeleidBron.wachtend((m) => meldingen.push(m));
    try {
      bron.zetRooster([eerste()]);
      bron.zetRooster([eerste(), { ...eerste(), volgnummer: 2, volgorde: 2, vanaf: new Date().toISOString(), bestanden: { ...een, 'deelmatrix.yaml': 'matrix: [kapot\n' } }]);
      expect(bron.volgnummer).toBe(1);
      expect(meldingen.at(-1)).toEqual({ fout: expect.any(Error) });
      expect(bron.bewijsstaat(1)).toBeUndefined();
    } finally {
      bron.stop();
    }
  });
});
