// the web app's modules, loaded as the browser runs them (not part of the test project's TypeScript program)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { tijdlijn } = require('../../gateway/web/src/tijdlijn') as { tijdlijn(d: unknown): Array<{ datum: string; partner: string; wat: string }> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { datum } = require('../../gateway/web/src/datum') as { datum(d: string | null | undefined): string };

const versie = (nummer: number | null, vastgesteldOp: string | null, omschrijving: string | null) => ({ nummer, vastgesteldOp, omschrijving });
const MELDING = { ontvangenOp: '2026-03-01', aard: 'zorgen over de kinderen' };

/** The timeline's builder (gateway/web/src/tijdlijn.ts): the gezinsplan as its versies, newest first among every partner's events. */
describe('de tijdlijn en de versies van het gezinsplan', () => {
  test('één regel per versie, met wat er veranderde, tussen de gebeurtenissen van de andere partners; geen aparte regel voor het plan', () => {
    const regels = tijdlijn({
      leden: [],
      meldingen: [MELDING],
      gezinsplan: { vastgesteldOp: '2026-05-20', versies: [versie(1, '2026-01-10', 'Eerste plan, samen met het gezin opgesteld'), versie(2, '2026-05-20', 'Doelen aangescherpt na het MDO')] },
    });
    expect(regels.map((r) => [r.datum, r.partner, r.wat])).toEqual([
      ['2026-05-20', 'lokaal-team', 'Gezinsplan versie 2 vastgesteld: Doelen aangescherpt na het MDO'],
      ['2026-03-01', 'veilig-thuis', 'Melding: zorgen over de kinderen'],
      ['2026-01-10', 'lokaal-team', 'Gezinsplan versie 1 vastgesteld: Eerste plan, samen met het gezin opgesteld'],
    ]);
    // the page writes each date as the other entries: in Dutch
    expect(regels.map((r) => datum(r.datum))).toEqual(['20 mei 2026', '1 maart 2026', '10 januari 2026']);
  });

  test('een versie waarvan nummer of datum is afgeschermd staat er niet; afgeschermd wat er veranderde: de versie zonder tekst', () => {
    const regels = tijdlijn({
      leden: [],
      gezinsplan: { vastgesteldOp: '2026-06-01', versies: [versie(1, null, 'Eerste plan'), versie(null, '2026-02-01', 'Tweede'), versie(3, '2026-06-01', null)] },
    });
    expect(regels.map((r) => r.wat)).toEqual(['Gezinsplan versie 3 vastgesteld']);
  });

  test('afgeschermde versies: geen versie op de tijdlijn (en geen plan waar ook zijn datum is afgeschermd)', () => {
    expect(tijdlijn({ leden: [], gezinsplan: { vastgesteldOp: null, versies: [] } })).toEqual([]);
    expect(tijdlijn({ leden: [], gezinsplan: { vastgesteldOp: null, versies: null } })).toEqual([]);
    expect(tijdlijn({ leden: [], gezinsplan: { vastgesteldOp: null } })).toEqual([]);
  });

  test('een plan zonder versies (vastgesteld voor die werden bijgehouden, of niet gevraagd): het ene moment dat het plan noemt', () => {
    for (const versies of [[], undefined]) {
      expect(tijdlijn({ leden: [], gezinsplan: { vastgesteldOp: '2026-04-02', versies } })).toEqual([{ datum: '2026-04-02', partner: 'lokaal-team', wat: 'Gezinsplan vastgesteld' }]);
    }
  });
});
