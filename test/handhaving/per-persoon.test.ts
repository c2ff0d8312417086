import { DEMO_PEILJAAR, demoHuishouden } from '@netwerkdossier/shared';

import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 40;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const volwassen = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar >= 18;
// a duo household where one adult consented and another did not, with a young child of both
const huishouden = uitDeTestwereld(wereld.find((h) => {
  const ingestemd = new Set(h.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));
  const volwassenen = h.leden.filter(volwassen);
  return volwassenen.some((p) => ingestemd.has(p.id)) && volwassenen.some((p) => !ingestemd.has(p.id))
    && h.leden.some((k) => DEMO_PEILJAAR - k.geboortejaar < 12 && h.gezag.some((g) => g.kind === k.id && !ingestemd.has(g.gezaghebbende)));
}), 'duo-huishouden waar de ene volwassene instemt en de andere niet, met een jong kind');
const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team')!;
const ingestemd = new Set(huishouden.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));

interface Afgeschermd { pad: string; persoon: string | null; categorie: string; partner: string; reden: string; regel: string }
interface Lid { id: string; rol: string | null; personalia: { voornaam: string } | null }

/** One view, decided per person: what one member agreed to is shown, what another did not is withheld, in the same answer. */
describe('per persoon beslist, in één antwoord', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('per-persoon', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  test('moeder stemt in, vader niet: zijn gegevens afgeschermd met een reden die zijn rol niet verraadt, de hare zichtbaar, die van het kind volgens de gezagsregel', async () => {
    const voor = netwerk.ontvangen('lokaal-team').length;
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id rol personalia { voornaam } } gezinsplan { vastgesteldOp } } }', { token: await netwerk.token(duo.professional), variables: { id: huishouden.id } });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.errors).toBeUndefined();
    const leden = (antwoord.body.data as { huishouden: { leden: Lid[] } }).huishouden.leden;
    const items = antwoord.body.extensions?.afgeschermd as Afgeschermd[];
    for (const [i, lid] of leden.entries()) {
      const demo = huishouden.leden.find((l) => l.id === lid.id)!;
      const item = items.find((a) => a.pad === `huishouden.leden.${i}.personalia`);
      if (volwassen(demo)) {
        // an adult decides alone
        expect(lid.personalia).toEqual(ingestemd.has(demo.id) ? { voornaam: demo.voornaam } : null);
        // a non-null field too: withheld for one member without losing the others
        expect(lid.rol).toBe(ingestemd.has(demo.id) ? demo.rol.replace('-', '_') : null);
        if (!ingestemd.has(demo.id)) expect(item).toEqual({ pad: `huishouden.leden.${i}.personalia`, persoon: demo.id, categorie: 'identificatie', partner: 'lokaal-team', reden: 'Toestemming ontbreekt.', regel: 'matrix/identificatie/duo' });
      } else if (DEMO_PEILJAAR - demo.geboortejaar < 12 && huishouden.gezag.some((g) => g.kind === demo.id && !ingestemd.has(g.gezaghebbende))) {
        // under 12: every gezag holder must agree, and one did not; who, the reason does not say to a
        // caller who does not see that parent's (or the child's) family situation
        expect(lid.personalia).toBeNull();
        expect(item).toMatchObject({ persoon: demo.id, regel: 'matrix/identificatie/duo', reden: 'Toestemming ontbreekt.' });
      }
      if (lid.personalia === null) expect(item).toBeDefined();
      else expect(item).toBeUndefined();
    }
    expect(leden.some((l) => l.personalia !== null)).toBe(true);
    // the gezinsplan's date is about everyone: withheld, not even asked for (nor the plan around it), with the members that lack consent
    expect(antwoord.body.data).toEqual({ huishouden: { leden: expect.any(Array) } });
    const plan = items.filter((a) => a.pad === 'huishouden.gezinsplan.vastgesteldOp');
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.every((a) => huishouden.leden.some((l) => l.id === a.persoon) && !ingestemd.has(a.persoon!))).toBe(true);
    const gevraagd = netwerk.ontvangen('lokaal-team').slice(voor).join('\n');
    expect(gevraagd).toContain('personalia');
    expect(gevraagd).not.toContain('gezinsplan');
  });

  test('in een anonieme blik noemen de redenen geen rollen of gezag', async () => {
    const consultatie = wereld.find((h) => h.betrokkenheden.some((b) => b.vorm === 'consultatie' && b.organisatie !== 'lokaal-team'))!;
    const rvt = consultatie.betrokkenheden.find((b) => b.vorm === 'consultatie' && b.organisatie !== 'lokaal-team')!.professional;
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } } } }', { token: await netwerk.token(rvt), doel: 'casusoverleg', variables: { id: consultatie.id } });
    const redenen = (antwoord.body.extensions?.afgeschermd as Afgeschermd[]).map((a) => a.reden);
    expect(redenen.length).toBeGreaterThan(0);
    expect(redenen.join()).not.toMatch(/gezag|ouder|partner|kind/);
  });

  test('een partner die toch teruggeeft wat zijn grant afschermde: de gateway houdt het tegen, legt het vast als overtreding, en geeft de rest', async () => {
    const query = 'query ($id: ID!) { huishouden(id: $id) { leden { id personalia { voornaam } } } }';
    const token = await netwerk.token(duo.professional);
    netwerk.vervals('lokaal-team', (antwoord) => antwoord.replace(/"personalia":null/g, '"personalia":{"voornaam":"Vervalst"}'));
    let antwoord;
    try {
      antwoord = await netwerk.vraag(query, { token, variables: { id: huishouden.id } });
    } finally {
      netwerk.vervals('lokaal-team', null);
    }
    expect(antwoord.body.errors).toBeUndefined();
    expect(JSON.stringify(antwoord.body)).not.toContain('Vervalst');
    const leden = (antwoord.body.data as { huishouden: { leden: Lid[] } }).huishouden.leden;
    const weigeraar = leden.findIndex((l) => !ingestemd.has(l.id) && volwassen(huishouden.leden.find((d) => d.id === l.id)!));
    expect(leden[weigeraar].personalia).toBeNull();
    expect(leden.some((l) => l.personalia !== null)).toBe(true);
    const items = antwoord.body.extensions?.afgeschermd as Afgeschermd[];
    expect(items.filter((a) => a.pad === `huishouden.leden.${weigeraar}.personalia`).length).toBeGreaterThan(0);
    // the one inzien record of the response, and beside it what the partner did
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    try {
      const { rows } = await db.query<{ actie: string; inhoud: { verstrekt: unknown[]; afgeschermd: Array<{ pad: string; persoon: string }> } }>('SELECT actie, inhoud FROM toegangslog WHERE audit_id = $1 ORDER BY volgnummer', [antwoord.body.extensions?.auditId]);
      expect(rows.map((r) => r.actie)).toEqual(['inzien', 'overtreding']);
      expect(rows[1].inhoud.verstrekt).toEqual([]);
      expect(rows[1].inhoud.afgeschermd).toContainEqual(expect.objectContaining({ pad: `huishouden.leden.${weigeraar}.personalia`, persoon: leden[weigeraar].id }));
    } finally {
      await db.end();
    }
  });
});
