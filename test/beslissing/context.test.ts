import { beslisHuishouden, CedarBeslisser, laadBeslissingscontexten } from '@netwerkdossier/gateway';
import { DEMO_PEILJAAR, demoHuishouden, GRANT_HEADER, GRAPHQL_PAD, laadBeleid, STANDAARD_POLICIES, tekenGrant } from '@netwerkdossier/shared';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 40;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
// a duo household where at least one adult agreed and at least one did not
const huishouden = uitDeTestwereld(wereld.find((h) => {
  const volwassenen = h.leden.filter((p) => DEMO_PEILJAAR - p.geboortejaar >= 18);
  const ingestemd = new Set(h.toestemmingen.map((t) => t.persoon));
  return h.toestemmingen.length > 0 && volwassenen.some((p) => ingestemd.has(p.id)) && volwassenen.some((p) => !ingestemd.has(p.id));
}), 'huishouden waar de ene volwassene instemde en de andere niet');
const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team')!;
const vrager = { sub: duo.professional, organisatie: duo.organisatie, team: duo.team, rol: 'professional' };

describe('beslissen op de feiten uit het register', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('context', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  test('de gateway laadt personen, gezag, betrokkenheden en toestemmingen uit netwerk', async () => {
    const [ctx] = await laadBeslissingscontexten(netwerk.subgraphUrls.netwerk, netwerk.grantSleutels.prive, vrager, 'gezamenlijk-plan', [huishouden.id]);
    expect(ctx.personen.map((p) => [p.id, p.geboortejaar, p.rol, p.gezaghebbenden]).sort()).toEqual(
      huishouden.leden.map((p) => [p.id, p.geboortejaar, p.rol, huishouden.gezag.filter((g) => g.kind === p.id).map((g) => g.gezaghebbende).sort()]).sort(),
    );
    expect(ctx.betrokkenheden.map((b) => `${b.professional}:${b.organisatie}:${b.vorm}:${b.vanaf}:${b.tot}`).sort()).toEqual(huishouden.betrokkenheden.map((b) => `${b.professional}:${b.organisatie}:${b.vorm}:${b.vanaf}:${b.tot}`).sort());
    expect(ctx.toestemmingen.map((t) => [t.persoonId, [...t.gegevenDoor].sort(), t.ontvangerOrganisatie, [...t.categorieen].sort(), t.doel, t.geldigVanaf, t.ingetrokkenOp]).sort()).toEqual(
      huishouden.toestemmingen.map((t) => [t.persoon, [...t.gegevenDoor].sort(), t.ontvangerOrganisatie, [...t.categorieen].sort(), t.doel, t.geldigVanaf, null]).sort(),
    );
  });

  test('met die feiten: wie instemde is zichtbaar, wie niet instemde afgeschermd met de reden', async () => {
    const beleid = await laadBeleid(STANDAARD_POLICIES);
    const [ctx] = await laadBeslissingscontexten(netwerk.subgraphUrls.netwerk, netwerk.grantSleutels.prive, vrager, 'gezamenlijk-plan', [huishouden.id]);
    const tabel = beslisHuishouden(beleid, new CedarBeslisser(beleid), vrager, 'gezamenlijk-plan', ctx, new Date(`${DEMO_PEILJAAR}-12-01T12:00:00Z`));
    const ingestemd = new Set(huishouden.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));
    for (const p of huishouden.leden.filter((l) => DEMO_PEILJAAR - l.geboortejaar >= 18)) {
      const b = tabel.find((x) => x.persoonId === p.id && x.categorie === 'hulpverlening' && x.partner === 'lokaal-team')!;
      expect({ uitkomst: b.uitkomst, reden: b.reden }).toEqual(
        ingestemd.has(p.id) ? { uitkomst: 'zichtbaar', reden: 'Op grond van toestemming.' } : { uitkomst: 'afgeschermd', reden: 'Toestemming ontbreekt.' },
      );
    }
    expect(tabel.filter((x) => x.categorie === 'melder' && x.partner !== vrager.organisatie).every((x) => x.uitkomst === 'afgeschermd')).toBe(true);
  });

  test('een interne grant ziet huishoudens en personen alleen als pseudoniem, niets van hun gegevens', async () => {
    const verzoek = { query: '{ huishoudens(limiet: 50) { id leden { id rol geboortejaar } betrokkenheden { vorm } } }' };
    const grant = await tekenGrant(netwerk.grantSleutels.prive, { subgraph: 'netwerk', verzoek: { pad: GRAPHQL_PAD, body: verzoek }, ...vrager, doel: 'gezamenlijk-plan', vormen: ['duo'], intern: 'beslissingscontext' });
    const res = await fetch(netwerk.subgraphUrls.netwerk, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant },
      body: JSON.stringify(verzoek),
    });
    const body = (await res.json()) as { data: { huishoudens: Array<{ id: string; leden: Array<{ id: string; rol: unknown; geboortejaar: unknown }>; betrokkenheden: unknown[] }> }; errors?: unknown };
    const eigen = body.data.huishoudens.find((h) => h.id === huishouden.id)!;
    expect(eigen.betrokkenheden).toEqual([]);
    expect(eigen.leden.map((l) => l.id).sort()).toEqual(huishouden.leden.map((l) => l.id).sort());
    expect(eigen.leden.every((l) => l.rol === null && l.geboortejaar === null)).toBe(true);
    expect(body).not.toHaveProperty('errors');
  });

  test('de beslissingscontext is niet te bevragen via de gateway, en niet met een gewone grant', async () => {
    const viaGateway = await netwerk.vraag('{ beslissingscontexten(huishoudens: []) { huishouden } }', { token: await netwerk.token(vrager.sub) });
    expect(viaGateway.status).toBe(400);
    expect(viaGateway.body.errors?.[0].message).toBe('Cannot query field "beslissingscontexten" on type "Query".');

    const verzoek = { query: `{ beslissingscontexten(huishoudens: ["${huishouden.id}"]) { huishouden personen { id } } }` };
    const grant = await tekenGrant(netwerk.grantSleutels.prive, { subgraph: 'netwerk', verzoek: { pad: GRAPHQL_PAD, body: verzoek }, ...vrager, doel: 'gezamenlijk-plan' });
    const res = await fetch(netwerk.subgraphUrls.netwerk, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant },
      body: JSON.stringify(verzoek),
    });
    const body = (await res.json()) as { data: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body).toEqual({ data: null, errors: [expect.objectContaining({ message: 'De beslissingscontext is alleen voor de gateway', extensions: { code: 'FORBIDDEN' } })] });
  });
});
