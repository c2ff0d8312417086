import { readFileSync } from 'node:fs';

import {
  BeleidBron, bewijsHash, controleerKeten, houdersUitSupergraph, inhoudHash, Ketencontrole, laadBeleid, maakGrantSleutelpaar, PARTNER_NAMEN, PROFESSIONALS, Roosterregel, STANDAARD_POLICIES,
  STANDAARD_SUPERGRAPH, tekenBesluit, tekenGrant, tekenVoorstel,
} from '@netwerkdossier/shared';
import { JWK } from 'jose';

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

  /** A proposal of `bestanden` on version `basis` as the gateway signs it, with the approvals of `goedkeurders`. */
  async function versie(nr: number, bestanden: Record<string, string>, basis: Roosterregel, goedkeurders: string[], opties: { sleutel?: JWK; gewenstVanaf?: string | null; vanaf?: string } = {}): Promise<Roosterregel> {
    const sleutel = opties.sleutel ?? sleutels.prive;
    const bewijs = await tekenVoorstel(sleutel, { ...door(voorsteller), inhoud: inhoudHash(bestanden), basis: { volgnummer: basis.volgnummer, inhoud: inhoudHash(basis.bestanden) }, reden: 'Hulpverlening niet meer delen in een duo.', gewenstVanaf: opties.gewenstVanaf ?? null, terugNaar: null, organisaties: houders });
    const besluiten = await Promise.all(goedkeurders.map((o) => tekenBesluit(sleutel, { ...door(o), stap: 'goedgekeurd', voorstel: bewijsHash(bewijs), reden: `${o} stemt in.` })));
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
});
