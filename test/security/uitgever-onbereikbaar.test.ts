import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { VertrouwdeUitgever } from '@netwerkdossier/gateway';
import { DevSleutels, laadOfMaakSleutels, startDevUitgever, tokenVoorProfessional } from '@netwerkdossier/tools';

import { NIETS_AFGESCHERMD, startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { startOpnemer } from '../harness/opnemer';

const QUERY = /* GraphQL */ `{ huishoudens(limiet: 1) { id } }`;
const GELUKT = { status: 200, body: { data: { __typename: 'Query' }, extensions: NIETS_AFGESCHERMD } };

/** What a client sees while its issuer's JWKS cannot be fetched: 503, the reason, and no data at all. */
function onbereikbaar(reden: string) {
  return {
    status: 503,
    body: { errors: [{ message: `Uitgever niet bereikbaar: ${reden}; het token kon niet worden gecontroleerd, probeer het later opnieuw`, extensions: { code: 'UITGEVER_ONBEREIKBAAR' } }] },
  };
}

/**
 * Trusted issuers whose JWKS the gateway cannot fetch: one that is stopped, and three behind a proxy that
 * hangs or answers garbage. Each issuer is asked first while it fails, since the gateway caches keys it once got.
 */
describe('uitgever-onbereikbaar: zonder sleutels van de uitgever geen gegevens, en herstel zodra die terug is', () => {
  let netwerk: TestNetwerk;
  let sleutels: DevSleutels;
  let uitgever: Awaited<ReturnType<typeof startDevUitgever>>;
  let tussen: Awaited<ReturnType<typeof startOpnemer>>;
  const token = (sub: string) => tokenVoorProfessional(sub, { uitgeverBase: uitgever.url, sleutels });

  beforeAll(async () => {
    sleutels = await laadOfMaakSleutels(mkdtempSync(path.join(os.tmpdir(), 'netwerkdossier-sleutels-')));
    uitgever = await startDevUitgever(sleutels, '127.0.0.1', 0);
    tussen = await startOpnemer(`${uitgever.url}/`);
    const van = (organisatie: string) => uitgever.uitgevers.find((u) => u.organisatie === organisatie)!;
    const viaTussen = (u: VertrouwdeUitgever) => ({ ...u, jwksUri: u.jwksUri.replace(`${uitgever.url}/`, tussen.url) });
    netwerk = await startTestNetwerk('uitgever-onbereikbaar', 3, [van('lokaal-team'), viaTussen(van('veilig-thuis')), viaTussen(van('gi')), viaTussen(van('raad'))]);
  });
  afterAll(async () => {
    await netwerk?.stop();
    await tussen?.stop();
    await uitgever?.stop();
  });

  test('de uitgever ligt plat', async () => {
    const fatima = await token('lt-fatima');
    const poort = Number(new URL(uitgever.url).port);
    await uitgever.stop();
    expect(await netwerk.vraag(QUERY, { token: fatima })).toEqual(onbereikbaar('de sleutelset van de uitgever kon niet worden opgehaald'));
    uitgever = await startDevUitgever(sleutels, '127.0.0.1', poort);
    expect(await netwerk.vraag('{ __typename }', { token: fatima })).toEqual(GELUKT);
  });

  test('de uitgever antwoordt niet op tijd', async () => {
    await tussen.zetStoring('traag');
    expect(await netwerk.vraag(QUERY, { token: await token('rvt-eva') })).toEqual(onbereikbaar('de sleutelset kwam niet binnen 3 seconden'));
    await tussen.zetStoring(null);
    expect(await netwerk.vraag('{ __typename }', { token: await token('rvt-eva') })).toEqual(GELUKT);
  });

  test('de uitgever geeft rommel: geen JSON, of JSON die geen sleutelset is', async () => {
    tussen.vervalsing = () => '<html>Onderhoud</html>';
    expect(await netwerk.vraag(QUERY, { token: await token('gi-sanne') })).toEqual(onbereikbaar('de uitgever gaf geen geldige sleutelset'));
    tussen.vervalsing = () => JSON.stringify({ keys: 'geen' });
    expect(await netwerk.vraag(QUERY, { token: await token('raad-joris') })).toEqual(onbereikbaar('de uitgever gaf geen geldige sleutelset'));
    tussen.vervalsing = null;
    expect(await netwerk.vraag('{ __typename }', { token: await token('gi-sanne') })).toEqual(GELUKT);
    expect(await netwerk.vraag('{ __typename }', { token: await token('raad-joris') })).toEqual(GELUKT);
  });
});
