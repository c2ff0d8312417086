import { Client } from 'pg';

import { MET_VERANTWOORDING, startTestNetwerk, TestNetwerk } from '../harness/netwerk';

const BEKEND = 'casusoverleg, gezamenlijk-plan, veiligheidsonderzoek, uitvoering-maatregel, toezicht, inzage, bevestiging';
/** Names every JavaScript object answers to without holding them itself. */
const GEERFD = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const UITLEG = 'query ($h: ID!, $d: String!) { uitleg(huishouden: $h, doel: $d) { doel } }';

/** A policy map is looked up by its own keys only: what every object inherits is no doel. */
describe('een doel dat elk object erft (__proto__, constructor, toString)', () => {
  let netwerk: TestNetwerk;
  let db: Client;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('doel-prototype', 2);
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await netwerk?.stop();
  });

  test.each(GEERFD)('doel %s: 403 als een onbekend doel, en een weigering in het toegangslog', async (doel) => {
    const antwoord = await netwerk.vraag('{ huishoudens(limiet: 1) { id } }', { token: await netwerk.token('lt-fatima'), doel });
    const reden = `Doel geweigerd: "${doel}" is geen doel uit het beleid; bekende doelen: ${BEKEND}`;
    expect(antwoord).toEqual({ status: 403, body: { errors: [{ message: reden, extensions: { code: 'FORBIDDEN' } }] } });
    const { rows } = await db.query("SELECT sub, organisatie, doel, inhoud FROM toegangslog WHERE actie = 'weigering' AND doel = $1", [doel]);
    expect(rows).toEqual([{ sub: 'lt-fatima', organisatie: 'lokaal-team', doel, inhoud: { reden } }]);
  });

  test.each(GEERFD)('uitleg voor doel %s: geweigerd als een onbekend doel, nooit een interne fout', async (doel) => {
    const antwoord = await netwerk.vraag(UITLEG, { token: await netwerk.token('fg-ingrid'), doel: 'toezicht', variables: { h: '00000000-0000-4000-8000-000000000000', d: doel } });
    expect(antwoord.status).toBe(403);
    expect(antwoord.body).toEqual({
      data: { uitleg: null },
      errors: [expect.objectContaining({ message: `Doel geweigerd: "${doel}" is geen doel uit het beleid; bekende doelen: ${BEKEND}`, extensions: { code: 'FORBIDDEN' } })],
      extensions: expect.objectContaining(MET_VERANTWOORDING),
    });
  });
});
