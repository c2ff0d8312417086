import { startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { AANTAL, doorbraak, EIGEN, fout, REDEN, REGISTREER_DOORBRAAK, REGISTREER_TOESTEMMING, toestemming, zonderGevolg } from './registraties';

/** Text PostgreSQL and JSON can hold: stored and returned exactly as sent. */
const BIJZONDERE_TEKST: Array<[string, string]> = [
  ['een RTL-override', 'formulier \u202eTF-1\u202c getekend'],
  ['tekens zonder breedte', 'formulier\u200bTF\u200d-1\u2060 en\ufeffverslag'],
  ['emoji met ZWJ en huidskleur', 'verslag 👩‍👩‍👧‍👦 👍🏽 🏳️‍🌈'],
  ['combinerende tekens', 'Ame\u0301lie, Zoe\u0308 en c\u0327a'],
  ['een grafeemcluster van 2000 tekens', `verslag e${'\u0301'.repeat(2000)}`],
  ['Nederlandse en andere schriften', 'ĳsselmeer, Ĳmuiden, 日本語, עברית, العربية'],
];
/** Text that cannot be stored as given: refused with the field named. */
const ONOPSLAGBAAR: Array<[string, string]> = [
  ['een NUL-teken', 'formulier\u0000TF-1'],
  ['een losse hoge surrogaathelft', 'formulier \ud800 TF-1'],
  ['een losse lage surrogaathelft', 'formulier \udc00 TF-1'],
];
const onopslaagbaar = (veld: string) => ({ message: `${veld} bevat een teken dat niet als tekst kan worden opgeslagen (een NUL-teken of een losse helft van een surrogaatpaar); verwijder het`, code: 'BAD_USER_INPUT' });

describe('vrije tekst met bijzondere tekens, en ongeldige datums en duur', () => {
  let netwerk: TestNetwerk;
  let token: string;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('vrije-tekst', AANTAL);
    token = await netwerk.token('rvt-eva');
  });
  afterAll(() => netwerk?.stop());

  test.each(BIJZONDERE_TEKST)('%s in het bewijs van een toestemming en de reden van een doorbraak: precies zo opgeslagen en teruggegeven', async (_naam, tekst) => {
    const t = await netwerk.vraag(REGISTREER_TOESTEMMING, { token, variables: { i: toestemming({ bewijs: tekst }) } });
    expect(t.body.errors).toBeUndefined();
    expect((t.body.data as { registreerToestemming: { bewijs: string } }).registreerToestemming.bewijs).toBe(tekst);
    const d = await netwerk.vraag(REGISTREER_DOORBRAAK, { token, variables: { i: doorbraak({ reden: `${REDEN} ${tekst}` }) } });
    expect(d.body.errors).toBeUndefined();
    expect((d.body.data as { registreerDoorbraak: { reden: string } }).registreerDoorbraak.reden).toBe(`${REDEN} ${tekst}`);
  });

  test.each(ONOPSLAGBAAR)('%s: geweigerd als ongeldige invoer met het veld erbij, nooit een interne fout, en niets opgeslagen', async (_naam, tekst) => {
    const bewijs = await zonderGevolg(netwerk, () => netwerk.vraag(REGISTREER_TOESTEMMING, { token, variables: { i: toestemming({ bewijs: tekst }) } }));
    expect(fout(bewijs)).toEqual(onopslaagbaar('$i.bewijs'));
    const team = await zonderGevolg(netwerk, () => netwerk.vraag(REGISTREER_TOESTEMMING, { token, variables: { i: toestemming({ ontvangerTeam: tekst }) } }));
    expect(fout(team)).toEqual(onopslaagbaar('$i.ontvangerTeam'));
    const reden = await zonderGevolg(netwerk, () => netwerk.vraag(REGISTREER_DOORBRAAK, { token, variables: { i: doorbraak({ reden: `${REDEN} ${tekst}` }) } }));
    expect(fout(reden)).toEqual(onopslaagbaar('$i.reden'));
    const persoon = await zonderGevolg(netwerk, () => netwerk.vraag(REGISTREER_DOORBRAAK, { token, variables: { i: doorbraak({ personen: [EIGEN.leden[0].id, tekst] }) } }));
    expect(fout(persoon)).toEqual(onopslaagbaar('$i.personen[1]'));
  });

  test('een NUL-teken in de tekst van de operatie zelf: geweigerd met het argument erbij', async () => {
    const mutatie = `mutation { registreerDoorbraak(invoer: { huishouden: "${EIGEN.id}", personen: ["${EIGEN.leden[0].id}"], categorieen: ["hulpverlening"], reden: "${REDEN} \\u0000", uren: 1 }) { id } }`;
    const antwoord = await zonderGevolg(netwerk, () => netwerk.vraag(mutatie, { token }));
    expect(fout(antwoord)).toEqual(onopslaagbaar('invoer.reden'));
  });

  const datum = (veld: string, waarde: string) => `Toestemming niet geregistreerd: ${veld} "${waarde}" is geen datum (JJJJ-MM-DD, tussen 2000 en 2099)`;
  test.each([
    ['30 februari', { geldigVanaf: '2026-02-30' }, datum('geldigVanaf', '2026-02-30')],
    ['maand 13', { geldigVanaf: '2026-13-01' }, datum('geldigVanaf', '2026-13-01')],
    ['jaar 0', { geldigVanaf: '0000-01-01' }, datum('geldigVanaf', '0000-01-01')],
    ['een begin ver in het verleden', { geldigVanaf: '1900-01-01' }, datum('geldigVanaf', '1900-01-01')],
    ['"gisteren"', { geldigVanaf: 'gisteren' }, datum('geldigVanaf', 'gisteren')],
    ['zonder voorloopnullen', { geldigVanaf: '2026-1-1' }, datum('geldigVanaf', '2026-1-1')],
    ['een tijdstip in plaats van een datum', { geldigVanaf: '2026-01-01T00:00:00Z' }, datum('geldigVanaf', '2026-01-01T00:00:00Z')],
    ['geldigTot voor geldigVanaf', { geldigVanaf: '2026-03-01', geldigTot: '2026-01-01' }, 'Toestemming niet geregistreerd: geldigTot is geen datum na geldigVanaf'],
    ['geldigTot in jaar 0', { geldigTot: '0000-01-01' }, 'Toestemming niet geregistreerd: geldigTot is geen datum na geldigVanaf'],
  ])('een toestemmingsperiode met %s: geweigerd met het veld erbij, niets opgeslagen', async (_naam, wijzig, bericht) => {
    const antwoord = await zonderGevolg(netwerk, () => netwerk.vraag(REGISTREER_TOESTEMMING, { token, variables: { i: toestemming(wijzig) } }));
    expect(fout(antwoord)).toEqual({ message: bericht, code: 'BAD_USER_INPUT' });
  });

  test.each([0, -1, 73, 2 ** 31 - 1])('een doorbraak van %s uur: geweigerd, niets opgeslagen', async (uren) => {
    const antwoord = await zonderGevolg(netwerk, () => netwerk.vraag(REGISTREER_DOORBRAAK, { token, variables: { i: doorbraak({ uren }) } }));
    expect(fout(antwoord)).toEqual({ message: 'Doorbraak geweigerd: een doorbraak duurt 1 tot 72 uur', code: 'BAD_USER_INPUT' });
  });
});
