import { demoHuishouden } from '@netwerkdossier/shared';

import { MET_VERANTWOORDING, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { Storing } from '../harness/storing';

const AANTAL = 12;
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.bekendBij.size === 4)!;
const jeugdbeschermer = huishouden.betrokkenheden.find((b) => b.organisatie === 'gi' && b.vorm === 'maatregel')!.professional;

const NETWERKDOSSIER = 'query ($id: ID!) { huishouden(id: $id) { id leden { id personalia { voornaam } } meldingen { aard } maatregelen { soort } } }';

/** What a client sees when netwerk fails: one error, no data, only the policy version and audit id. */
const NIETS_ZONDER_NETWERK = {
  status: 503,
  body: {
    errors: [{ message: 'Het netwerkregister is nu niet bereikbaar; er worden geen gegevens getoond. Probeer het later opnieuw.', extensions: { code: 'NETWERK_ONBEREIKBAAR' } }],
    extensions: MET_VERANTWOORDING,
  },
};

const STORINGEN: Array<[Storing, string]> = [
  ['geweigerd', 'neemt geen verbinding aan'],
  ['verbroken', 'verbreekt de verbinding'],
  ['geen-json', 'antwoordt 200 met iets dat geen JSON is'],
  ['verkeerde-vorm', 'antwoordt 200 met JSON die geen GraphQL-antwoord is'],
  ['serverfout', 'antwoordt 500 met een HTML-pagina'],
  ['traag', 'antwoordt pas na de tijdslimiet'],
];

/** netwerk holds the decision context and the toegangslog: without it no partner is asked and nothing is shown. */
describe('netwerk (het register) faalt: geen gegevens, een duidelijke fout', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('netwerkstoring', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  test.each(STORINGEN)('netwerk %s (het %s): 503, NETWERK_ONBEREIKBAAR, niets van de partners; daarna weer alles', async (storing) => {
    const token = await netwerk.token(jeugdbeschermer);
    const gevraagd = { gi: netwerk.ontvangen('gi').length, 'veilig-thuis': netwerk.ontvangen('veilig-thuis').length };
    await netwerk.zetStoring('netwerk', storing);
    const gestoord = await netwerk.vraag(NETWERKDOSSIER, { token, variables: { id: huishouden.id }, doel: 'uitvoering-maatregel' }).finally(() => netwerk.zetStoring('netwerk', null));
    expect(gestoord).toEqual(NIETS_ZONDER_NETWERK);
    // no decision, so no partner was even asked
    expect({ gi: netwerk.ontvangen('gi').length, 'veilig-thuis': netwerk.ontvangen('veilig-thuis').length }).toEqual(gevraagd);
    const terug = await netwerk.vraag(NETWERKDOSSIER, { token, variables: { id: huishouden.id }, doel: 'uitvoering-maatregel' });
    expect(terug.status).toBe(200);
    expect(terug.body.errors).toBeUndefined();
    expect((terug.body.data as { huishouden: { maatregelen: unknown[] } }).huishouden.maatregelen.length).toBeGreaterThan(0);
  });

  test('netwerk dat na de beslissing faalt (de subgraph-fetch krijgt geen JSON): ook dan 503 en niets, geen interne melding, geen uitleg alsof u niet betrokken bent', async () => {
    const token = await netwerk.token(jeugdbeschermer);
    // only netwerk's answer to the plan's fetch; the decision context before it comes through
    netwerk.vervals('netwerk', (antwoord) => (antwoord.startsWith('{"data":{"huishouden"') ? '<html>Onderhoud</html>' : antwoord));
    const gestoord = await netwerk.vraag(NETWERKDOSSIER, { token, variables: { id: huishouden.id }, doel: 'uitvoering-maatregel' }).finally(() => netwerk.vervals('netwerk', null));
    expect(gestoord).toEqual(NIETS_ZONDER_NETWERK);
  });
});

