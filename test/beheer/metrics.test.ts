import { demoHuishouden, DemoHuishouden } from '@netwerkdossier/shared';

import { beheerUrl, meetwaarde } from '../harness/beheer';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 12;
const DOSSIER = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { id leden { id personalia { voornaam achternaam } } meldingen { aard } maatregelen { soort } beschermingsonderzoeken { onderzoeker } } }`;

describe('metrics: wat Prometheus van elke dienst leest', () => {
  let netwerk: TestNetwerk;
  const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.bekendBij.size === 4) as DemoHuishouden;
  const jeugdbeschermer = huishouden.betrokkenheden.find((b) => b.organisatie === 'gi' && b.vorm === 'maatregel')!.professional;
  const metrics = async (url: string) => (await fetch(beheerUrl(url, '/metrics'))).text();
  const bekijk = async () => netwerk.vraag(DOSSIER, { token: await netwerk.token(jeugdbeschermer), variables: { id: huishouden.id }, doel: 'uitvoering-maatregel' });

  beforeAll(async () => {
    netwerk = await startTestNetwerk('metrics', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  test('de gateway telt verzoeken, weigeringen, onbereikbare partners en toegangslogregels, zonder ids of namen', async () => {
    const voor = await metrics(netwerk.gatewayUrl);
    expect((await bekijk()).body.errors).toBeUndefined();
    expect((await netwerk.vraag('{ huishoudens(limiet: 1) { id } }')).status).toBe(401);
    await netwerk.zetStoring('raad', 'verbroken');
    try {
      expect((await bekijk()).body.extensions?.onbereikbaar).toEqual(['raad']);
    } finally {
      await netwerk.zetStoring('raad', null);
    }
    const na = await metrics(netwerk.gatewayUrl);
    const erbij = (naam: string, labels: Record<string, string>) => meetwaarde(na, naam, labels) - meetwaarde(voor, naam, labels);

    expect(erbij('netwerkdossier_graphql_verzoek_seconden_count', { service: 'gateway', operatie: 'query', uitkomst: 'ok' })).toBe(2);
    expect(erbij('netwerkdossier_weigeringen_totaal', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(erbij('netwerkdossier_partner_onbereikbaar_totaal', { partner: 'raad' })).toBeGreaterThan(0);
    for (const partner of ['lokaal-team', 'veilig-thuis', 'gi']) expect(erbij('netwerkdossier_partner_onbereikbaar_totaal', { partner })).toBe(0);
    // one record per answered view; the first also records the policy version coming into force
    expect(erbij('netwerkdossier_toegangslog_totaal', { uitkomst: 'vastgelegd' })).toBeGreaterThanOrEqual(2);
    expect(meetwaarde(na, 'process_cpu_seconds_total', { service: 'gateway' })).toBeGreaterThan(0);
    for (const lid of huishouden.leden) for (const waarde of [lid.id, lid.voornaam, lid.achternaam]) expect(na).not.toContain(waarde);
    expect(na).not.toContain(huishouden.id);
  });

  test('een partner meet zijn eigen GraphQL-verzoeken, met de standaardmetrics van zijn proces', async () => {
    const tekst = await metrics(netwerk.subgraphUrls.gi);
    expect(meetwaarde(tekst, 'netwerkdossier_graphql_verzoek_seconden_count', { service: 'gi', operatie: 'query', uitkomst: 'ok' })).toBeGreaterThan(0);
    expect(meetwaarde(tekst, 'process_cpu_seconds_total', { service: 'gi' })).toBeGreaterThan(0);
    expect(tekst).not.toContain(huishouden.id);
  });
});
