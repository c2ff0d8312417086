import { CATEGORIEEN, DEMO_PEILJAAR, demoHuishouden, SUBGRAPHS } from '@netwerkdossier/shared';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 40;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
// a duo household where one adult consented and another did not: a table with both outcomes
const huishouden = wereld.find((h) => {
  const ingestemd = new Set(h.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));
  const volwassenen = h.leden.filter((p) => DEMO_PEILJAAR - p.geboortejaar >= 18);
  return volwassenen.some((p) => ingestemd.has(p.id)) && volwassenen.some((p) => !ingestemd.has(p.id));
})!;
const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team')!;

interface Beslissing { persoon: string | null; categorie: string | null; partner: string | null; uitkomst: string; regel: string; reden: string }
interface Afgeschermd { pad: string; persoon: string | null; categorie: string; partner: string; reden: string; regel: string }
const UITLEG = 'query ($h: ID!, $d: String!, $als: PersonaInvoer) { uitleg(huishouden: $h, doel: $d, als: $als) { huishouden doel vrager beleidsversie beslissingen { persoon categorie partner uitkomst regel reden } } }';

/** `uitleg` is the caller's whole decision table; the privacy officer can ask it for any persona. */
describe('uitleg en de simulator', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('uitleg', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const uitleg = async (persona: string, doel: string, variables: Record<string, unknown>) => netwerk.vraag(UITLEG, { token: await netwerk.token(persona), doel, variables });
  const tabel = (body: { data?: unknown }) => (body.data as { uitleg: { beslissingen: Beslissing[] } }).uitleg.beslissingen;

  test('de uitleg komt overeen met wat de query teruggaf, tot en met reden, regel en beleidsversie', async () => {
    const token = await netwerk.token(duo.professional);
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id personalia { voornaam } } gezinsplan { vastgesteldOp } } }', { token, variables: { id: huishouden.id } });
    const uitgelegd = await netwerk.vraag(UITLEG, { token, variables: { h: huishouden.id, d: 'gezamenlijk-plan' } });
    expect(uitgelegd.body.errors).toBeUndefined();
    const rijen = tabel(uitgelegd.body);
    expect(rijen).toHaveLength(huishouden.leden.length * CATEGORIEEN.length * SUBGRAPHS.length);
    const cel = (persoon: string, categorie: string, partner: string) => rijen.find((r) => r.persoon === persoon && r.categorie === categorie && r.partner === partner)!;
    const items = antwoord.body.extensions?.afgeschermd as Afgeschermd[];
    expect(items.length).toBeGreaterThan(0);
    for (const a of items) expect(cel(a.persoon!, a.categorie, a.partner)).toEqual({ persoon: a.persoon, categorie: a.categorie, partner: a.partner, uitkomst: 'afgeschermd', regel: a.regel, reden: a.reden });
    const leden = (antwoord.body.data as { huishouden: { leden: Array<{ id: string; personalia: unknown }> } }).huishouden.leden;
    for (const l of leden) expect(cel(l.id, 'identificatie', 'lokaal-team').uitkomst).toBe(l.personalia === null ? 'afgeschermd' : 'zichtbaar');
    expect((uitgelegd.body.data as { uitleg: { beleidsversie: string } }).uitleg.beleidsversie).toBe(antwoord.body.extensions?.beleidsversie);
  });

  test('wie niet betrokken is, krijgt één regel die niemand noemt', async () => {
    const antwoord = await uitleg('rvt-pieter', 'gezamenlijk-plan', { h: huishouden.id, d: 'gezamenlijk-plan' });
    expect(tabel(antwoord.body)).toEqual([{ persoon: null, categorie: null, partner: null, uitkomst: 'afgeschermd', regel: 'betrokkenheid', reden: 'U bent voor dit doel niet betrokken bij dit huishouden, of het is niet bekend.' }]);
  });

  test('de simulator: de privacyfunctionaris ziet wat een persona zou zien, en geen dossierinhoud', async () => {
    const eigen = await uitleg(duo.professional, 'gezamenlijk-plan', { h: huishouden.id, d: 'gezamenlijk-plan' });
    const als = { sub: duo.professional, organisatie: duo.organisatie, team: duo.team, rol: 'professional' };
    const gesimuleerd = await uitleg('fg-ingrid', 'toezicht', { h: huishouden.id, d: 'gezamenlijk-plan', als });
    expect(gesimuleerd.body.errors).toBeUndefined();
    expect((gesimuleerd.body.data as { uitleg: { vrager: string } }).uitleg.vrager).toBe(duo.professional);
    expect(tabel(gesimuleerd.body)).toEqual(tabel(eigen.body));
    const inhoud = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { gezinsplan { vastgesteldOp } leden { personalia { voornaam } } } }', { token: await netwerk.token('fg-ingrid'), doel: 'toezicht', variables: { id: huishouden.id } });
    expect(inhoud.body.data).toEqual({ huishouden: null });
  });

  test('een professional vraagt niet als een ander; een doel buiten het beleid van de persona wordt geweigerd', async () => {
    const als = { sub: 'gi-sanne', organisatie: 'gi', team: null, rol: 'professional' };
    const anders = await uitleg(duo.professional, 'gezamenlijk-plan', { h: huishouden.id, d: 'gezamenlijk-plan', als });
    expect(anders.body.data).toEqual({ uitleg: null });
    expect(anders.body.errors?.[0]).toMatchObject({ message: 'Alleen de privacyfunctionaris kan de uitleg voor een andere persona vragen', extensions: { code: 'FORBIDDEN' } });
    const doel = await uitleg('fg-ingrid', 'toezicht', { h: huishouden.id, d: 'veiligheidsonderzoek', als });
    expect(doel.body.errors?.[0].message).toBe('Doel geweigerd: het doel veiligheidsonderzoek is alleen voor veilig-thuis, raad');
  });

  test('uitleg staat in een eigen verzoek', async () => {
    const antwoord = await netwerk.vraag('query ($h: ID!) { uitleg(huishouden: $h, doel: "gezamenlijk-plan") { doel } huishouden(id: $h) { id } }', { token: await netwerk.token(duo.professional), variables: { h: huishouden.id } });
    expect(antwoord.body.data).toBeUndefined();
    expect(antwoord.body.errors?.[0].message).toBe('Vraag de uitleg in een eigen verzoek, zonder andere velden');
  });
});
