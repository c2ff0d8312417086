import { NIETS_AFGESCHERMD, startTestNetwerk, TestNetwerk } from '../harness/netwerk';

const QUERY = '{ huishoudens(limiet: 1) { id } }';

function geweigerd(reden: string) {
  return { status: 403, body: { errors: [{ message: `Doel geweigerd: ${reden}`, extensions: { code: 'FORBIDDEN' } }] } };
}

/** Every request declares its doel; one the policy does not allow for this caller is refused whole. */
describe('doelbinding', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('doel', 2);
  });
  afterAll(() => netwerk?.stop());

  test('zonder doel: geweigerd, zonder gegevens', async () => {
    expect(await netwerk.vraag(QUERY, { token: await netwerk.token('lt-fatima'), doel: null })).toEqual(
      geweigerd('elk verzoek noemt zijn doel; bekende doelen: casusoverleg, gezamenlijk-plan, veiligheidsonderzoek, uitvoering-maatregel, toezicht, inzage, bevestiging'),
    );
  });

  test('een doel dat niet in het beleid staat', async () => {
    expect(await netwerk.vraag(QUERY, { token: await netwerk.token('lt-fatima'), doel: 'nieuwsgierigheid' })).toEqual(
      geweigerd('"nieuwsgierigheid" is geen doel uit het beleid; bekende doelen: casusoverleg, gezamenlijk-plan, veiligheidsonderzoek, uitvoering-maatregel, toezicht, inzage, bevestiging'),
    );
  });

  test('een doel dat niet voor deze organisatie of rol is', async () => {
    expect(await netwerk.vraag(QUERY, { token: await netwerk.token('lt-fatima'), doel: 'veiligheidsonderzoek' })).toEqual(geweigerd('het doel veiligheidsonderzoek is alleen voor veilig-thuis, raad'));
    expect(await netwerk.vraag(QUERY, { token: await netwerk.token('fg-ingrid'), doel: 'gezamenlijk-plan' })).toEqual(geweigerd('de rol privacyfunctionaris mag het doel gezamenlijk-plan niet gebruiken'));
  });

  test('een toegestaan doel gaat door', async () => {
    const antwoord = await netwerk.vraag('{ __typename }', { token: await netwerk.token('vt-daan'), doel: 'veiligheidsonderzoek' });
    expect(antwoord).toEqual({ status: 200, body: { data: { __typename: 'Query' }, extensions: NIETS_AFGESCHERMD } });
  });
});
