import { DEMO_PEILJAAR, demoHuishouden } from '@netwerkdossier/shared';

import { MET_VERANTWOORDING, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 12;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const duoVan = (h: (typeof wereld)[number]) => h.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie === 'gi');
// policies/uitzonderingen.yaml: the GI gets nothing about a household without children
const zonderKinderen = wereld.find((h) => duoVan(h) && h.leden.every((p) => DEMO_PEILJAAR - p.geboortejaar >= 18))!;
const professional = duoVan(zonderKinderen)!.professional;
const metKinderen = wereld.filter((h) => h !== zonderKinderen && h.betrokkenheden.some((b) => b.professional === professional && b.vorm === 'duo'));
const GI_NIETS = { pad: 'huishouden', persoon: null, categorie: 'pseudoniem', partner: 'netwerk', reden: 'De jeugdbescherming krijgt niets over een huishouden zonder kinderen.', regel: 'uitzondering/1' };

interface Afgeschermd { pad: string; persoon: string | null }

/**
 * A caller for whom all of a household is withheld learns nothing of its members: not their
 * pseudonyms, not how many there are. A list answers every household it may and leaves that one out.
 */
describe('niets over een huishouden dat men niet mag zien', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('niets-over-afgeschermd', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const leden = zonderKinderen.leden.map((p) => p.id);
  const noemtGeenLid = (body: unknown) => expect(leden.filter((id) => JSON.stringify(body).includes(id))).toEqual([]);

  test('de afgeschermde gezinsleden staan niet als pseudoniem (en dus niet als aantal) in extensions.afgeschermd', async () => {
    expect(metKinderen.length).toBeGreaterThan(0);
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { id leden { id personalia { voornaam } } gezinsplan { vastgesteldOp } } }', { token: await netwerk.token(professional), variables: { id: zonderKinderen.id } });
    expect(antwoord.body).toEqual({ data: { huishouden: null }, extensions: { afgeschermd: [GI_NIETS], ...MET_VERANTWOORDING } });
    noemtGeenLid(antwoord.body);
  });

  test('één afgeschermd huishouden laat de lijst niet mislukken: de lijst geeft de andere en laat dit weg', async () => {
    const antwoord = await netwerk.vraag('{ huishoudens(limiet: 20) { id leden { id } } }', { token: await netwerk.token(professional) });
    expect(antwoord.body.errors).toBeUndefined();
    const lijst = (antwoord.body.data as { huishoudens: Array<{ id: string; leden: Array<{ id: string }> }> }).huishoudens;
    expect(lijst.map((h) => h.id).sort()).toEqual(metKinderen.map((h) => h.id).sort());
    for (const h of lijst) expect(h.leden).toHaveLength(metKinderen.find((m) => m.id === h.id)!.leden.length);
    const items = antwoord.body.extensions?.afgeschermd as Afgeschermd[];
    expect(items.filter((a) => a.pad === 'huishoudens')).toEqual([{ ...GI_NIETS, pad: 'huishoudens' }]);
    noemtGeenLid(antwoord.body);
  });

  test('de uitleg noemt evenmin de gezinsleden: één regel met de reden', async () => {
    const antwoord = await netwerk.vraag('query ($h: ID!) { uitleg(huishouden: $h, doel: "gezamenlijk-plan") { beslissingen { persoon categorie partner uitkomst regel reden } } }', { token: await netwerk.token(professional), variables: { h: zonderKinderen.id } });
    const { pad, ...rest } = GI_NIETS;
    expect(antwoord.body.data).toEqual({ uitleg: { beslissingen: [{ ...rest, categorie: null, partner: null, uitkomst: 'afgeschermd' }] } });
    expect(pad).toBe('huishouden');
    noemtGeenLid(antwoord.body);
  });

  test('wie niet betrokken is, krijgt voor een bestaand huishouden hetzelfde antwoord als voor een onbekend id', async () => {
    const vraag = async (id: string) => (await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { id leden { id } } }', { token: await netwerk.token(professional), variables: { id } })).body;
    const anders = wereld.find((h) => !h.betrokkenheden.some((b) => b.professional === professional))!;
    const bestaand = await vraag(anders.id);
    const onbekend = await vraag('00000000-0000-4000-8000-000000000000');
    expect({ ...bestaand, extensions: { ...bestaand.extensions, auditId: null } }).toEqual({ ...onbekend, extensions: { ...onbekend.extensions, auditId: null } });
    expect(bestaand.extensions?.afgeschermd).toEqual([{ ...GI_NIETS, reden: 'U bent voor dit doel niet betrokken bij dit huishouden, of het is niet bekend.', regel: 'betrokkenheid' }]);
  });
});
