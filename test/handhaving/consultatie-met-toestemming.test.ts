import { demoHuishouden } from '@netwerkdossier/shared';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 24;
// a consultatie of the RVT member of Veilig Thuis, in a household of a mother and her partner
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find(
  (h) => h.betrokkenheden.some((b) => b.vorm === 'consultatie' && b.organisatie === 'veilig-thuis') && h.leden.some((p) => p.rol === 'ouder') && h.leden.some((p) => p.rol === 'partner'),
)!;
const consultee = huishouden.betrokkenheden.find((b) => b.organisatie === 'veilig-thuis')!.professional;
const inbrenger = huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team')!.professional;
const moeder = huishouden.leden.find((p) => p.rol === 'ouder')!;
const partner = huishouden.leden.find((p) => p.rol === 'partner')!;
const QUERY = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { leden { id aanduiding personalia { voornaam } } } }`;

interface Lid { id: string; aanduiding: string | null; personalia: { voornaam: string } | null }

/** Consultatie: anonymous, or with the household's consent by name, per person; never more than reading. */
describe('consultatie met toestemming', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('consultatie-met-toestemming', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const leden = async (): Promise<Lid[]> => {
    const antwoord = await netwerk.vraag(QUERY, { token: await netwerk.token(consultee), doel: 'casusoverleg', variables: { id: huishouden.id } });
    expect(antwoord.body.errors).toBeUndefined();
    // a field withheld for everyone is not asked at all: left out of the answer
    return (antwoord.body.data as { huishouden: { leden: Lid[] } }).huishouden.leden.map((l) => ({ ...l, personalia: l.personalia ?? null }));
  };
  const bijAanduiding = (l: Lid[], rol: string) => l.find((x) => x.aanduiding?.startsWith(rol))!;

  test('zonder toestemming blijft iedereen anoniem; stemt de moeder in, dan ziet het RVT-lid haar op naam en haar partner nog steeds niet', async () => {
    const zonder = await leden();
    expect(zonder.map((l) => l.personalia)).toEqual(huishouden.leden.map(() => null));
    expect(zonder.some((l) => huishouden.leden.some((p) => p.id === l.id))).toBe(false);

    const registratie = await netwerk.vraag('mutation ($i: ToestemmingInvoer!) { registreerToestemming(invoer: $i) { id } }', {
      token: await netwerk.token(inbrenger),
      variables: { i: { persoon: moeder.id, gegevenDoor: [moeder.id], ontvangerOrganisatie: 'veilig_thuis', categorieen: ['identificatie', 'gezinssituatie', 'hulpverlening'], doel: 'casusoverleg', vorm: 'schriftelijk', bewijs: 'Formulier TF-consultatie', geldigVanaf: '2026-01-01' } },
    });
    expect(registratie.body.errors).toBeUndefined();

    const met = await leden();
    expect(bijAanduiding(met, 'Ouder')).toEqual({ id: moeder.id, aanduiding: expect.stringMatching(/^Ouder/), personalia: { voornaam: moeder.voornaam } });
    const anoniem = bijAanduiding(met, 'Partner');
    expect(anoniem).toEqual({ id: expect.any(String), aanduiding: expect.stringMatching(/^Partner/), personalia: null });
    expect(anoniem.id).not.toBe(partner.id);
  });

  test('alleen meelezen: het RVT-lid legt bij een consultatie niets vast, ook niet voor wie het nu op naam ziet', async () => {
    const voor = await netwerk.rijen();
    const token = await netwerk.token(consultee);
    const toestemming = await netwerk.vraag('mutation ($i: ToestemmingInvoer!) { registreerToestemming(invoer: $i) { id } }', {
      token,
      variables: { i: { persoon: moeder.id, gegevenDoor: [moeder.id], ontvangerOrganisatie: 'veilig_thuis', categorieen: ['veiligheid'], doel: 'casusoverleg', vorm: 'mondeling', bewijs: 'Gesprek in het RVT', geldigVanaf: '2026-01-01' } },
    });
    expect(toestemming.body.errors?.map((e) => e.message)).toEqual(['Toestemming niet geregistreerd: deze persoon is niet bekend, of u bent niet betrokken bij het huishouden']);
    const doorbraak = await netwerk.vraag('mutation ($i: DoorbraakInvoer!) { registreerDoorbraak(invoer: $i) { id } }', {
      token,
      variables: { i: { huishouden: huishouden.id, personen: [moeder.id, partner.id], categorieen: ['identificatie', 'veiligheid'], uren: 4, reden: 'Ernstige zorgen over de veiligheid van de kinderen na het laatste huisbezoek; toestemming vragen kan nu niet.' } },
    });
    expect(doorbraak.body.errors?.map((e) => e.message)).toEqual(['Doorbraak geweigerd: dit huishouden is niet bekend, of u bent er niet bij betrokken']);
    // the refusals themselves are logged; nothing was registered
    expect(await netwerk.rijen()).toEqual({ ...voor, toegangslog: expect.any(Number) });
    expect(bijAanduiding(await leden(), 'Partner').personalia).toBeNull();
  });
});
