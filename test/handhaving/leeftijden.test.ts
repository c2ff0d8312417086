import { DEMO_PEILJAAR, demoHuishouden } from '@netwerkdossier/shared';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 40;
const leeftijd = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar;
// a duo household with a child that is certainly 12–15 with two gezag holders, and one that is certainly 16 or 17
const huishouden = uitDeTestwereld(Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) =>
  h.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team')
  && h.leden.some((k) => leeftijd(k) >= 13 && leeftijd(k) <= 15 && h.gezag.filter((g) => g.kind === k.id).length === 2)
  && h.leden.some((k) => leeftijd(k) === 17)), 'duo-huishouden met een kind van zeker 12–15 met twee gezaghebbenden en een kind van 17');
const duo = huishouden?.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team')!;
const kind13 = huishouden?.leden.find((k) => leeftijd(k) >= 13 && leeftijd(k) <= 15 && huishouden.gezag.filter((g) => g.kind === k.id).length === 2)!;
const kind16 = huishouden?.leden.find((k) => leeftijd(k) === 17)!;
const [gezag1, gezag2] = huishouden?.gezag.filter((g) => g.kind === kind13?.id).map((g) => g.gezaghebbende) ?? [];

const REGISTREER = /* GraphQL */ `mutation ($i: ToestemmingInvoer!) { registreerToestemming(invoer: $i) { id } }`;
const GEZONDHEID = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { leden { id gezondheid { notitie } } } }`;

interface Afgeschermd { pad: string; persoon: string | null; reden: string; regel: string }

/**
 * The age rules of policies/leeftijden.yaml through the gateway, on a category the demo world has no
 * consent for (gezondheid), so only what the test registers counts.
 */
describe('toestemming volgens leeftijd, door de gateway', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('leeftijden', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const registreer = async (persoon: string, gegevenDoor: string[], extra: Record<string, unknown> = {}) => {
    const antwoord = await netwerk.vraag(REGISTREER, {
      token: await netwerk.token(duo.professional),
      variables: { i: { persoon, gegevenDoor, ontvangerOrganisatie: duo.organisatie.replace('-', '_'), categorieen: ['gezondheid'], doel: 'gezamenlijk-plan', vorm: 'schriftelijk', bewijs: 'Formulier TF-leeftijd', geldigVanaf: '2026-01-01', ...extra } },
    });
    expect(antwoord.body.errors).toBeUndefined();
  };
  /** The withholding of this person's gezondheid in a fresh request, if any. */
  const afscherming = async (persoon: string): Promise<Afgeschermd | undefined> => {
    const antwoord = await netwerk.vraag(GEZONDHEID, { token: await netwerk.token(duo.professional), variables: { id: huishouden.id } });
    expect(antwoord.body.errors).toBeUndefined();
    const items = antwoord.body.extensions?.afgeschermd as Afgeschermd[];
    return items.find((a) => a.pad.endsWith('.gezondheid') && a.persoon === persoon);
  };

  test('een verlopen toestemming opent niets; op 16 volstaat de toestemming van het kind zelf', async () => {
    const gisteren = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await registreer(kind16.id, [kind16.id], { geldigTot: gisteren });
    expect(await afscherming(kind16.id)).toMatchObject({ regel: 'matrix/gezondheid/duo', reden: expect.stringMatching(/^Toestemming (van .+ )?ontbreekt\.$/) });
    await registreer(kind16.id, [kind16.id]);
    expect(await afscherming(kind16.id)).toBeUndefined();
  });

  test('een kind van 13 met eigen toestemming en die van één van de twee gezaghebbenden: afgeschermd, met wie er ontbreekt; met beiden: zichtbaar', async () => {
    await registreer(kind13.id, [kind13.id, gezag1]);
    const ontbrekend = huishouden.leden.find((l) => l.id === gezag2)!;
    expect(await afscherming(kind13.id)).toMatchObject({ persoon: kind13.id, regel: 'matrix/gezondheid/duo', reden: expect.stringMatching(new RegExp(`^Toestemming (van de ${ontbrekend.rol} met gezag )?ontbreekt\\.$`)) });
    await registreer(kind13.id, [gezag2]);
    expect(await afscherming(kind13.id)).toBeUndefined();
  });
});
