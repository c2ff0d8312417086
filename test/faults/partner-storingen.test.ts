import { NIET_VRIJGEGEVEN } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { Dossier, huishoudenVanJeugdbeschermer, NETWERKDOSSIER } from '../harness/jeugdbeschermer';
import { GraphQLAntwoord, MET_VERANTWOORDING, startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { Storing, TRAAG_MS } from '../harness/storing';

const AANTAL = 12;
const GI_TIJDSLIMIET_MS = 3000;
const { huishouden, jeugdbeschermer, doel: DOEL } = huishoudenVanJeugdbeschermer(AANTAL);

const STORINGEN: Array<[Storing, string]> = [
  ['traag', 'die niet antwoordt binnen zijn tijdslimiet'],
  ['geweigerd', 'die geen verbinding aanneemt'],
  ['verbroken', 'die de verbinding verbreekt'],
  ['geen-json', 'die 200 antwoordt met iets dat geen JSON is'],
  ['verkeerde-vorm', 'die 200 antwoordt met JSON die geen GraphQL-antwoord is'],
  ['serverfout', 'die 500 antwoordt met een HTML-pagina'],
];

/** What a client sees of `afgeschermd`, without the one-time pseudonyms that differ per response. */
const zonderPseudoniem = (antwoord: GraphQLAntwoord) => (antwoord.body.extensions?.afgeschermd as Array<Record<string, unknown>>).map(({ persoon: _, ...rest }) => rest);

describe('een partner die faalt: het netwerkdossier komt zonder zijn deel, en noemt hem', () => {
  let netwerk: TestNetwerk;
  let volledig: GraphQLAntwoord;
  const vraag = async () => netwerk.vraag(NETWERKDOSSIER, { token: await netwerk.token(jeugdbeschermer), variables: { id: huishouden.id }, doel: DOEL });

  beforeAll(async () => {
    netwerk = await startTestNetwerk('storingen', AANTAL, [], { tijdslimieten: { gi: GI_TIJDSLIMIET_MS } });
    volledig = await vraag();
  });
  afterAll(() => netwerk?.stop());

  test('met alle partners bereikbaar: elk zijn deel, de melder afgeschermd, niemand onbereikbaar', () => {
    const d = (volledig.body.data as { huishouden: Dossier }).huishouden;
    expect(volledig.body.errors).toBeUndefined();
    expect(d.maatregelen.length).toBeGreaterThan(0);
    expect(d.meldingen.length).toBeGreaterThan(0);
    expect(d.beschermingsonderzoeken.length).toBeGreaterThan(0);
    expect(d.leden.some((l) => l.personalia !== null)).toBe(true);
    // the gateway leaves the pruned melder out of each melding (key absent, not null)
    expect(d.meldingen.map((m) => m.melder ?? null)).toEqual(d.meldingen.map(() => null));
    expect(zonderPseudoniem(volledig)).toContainEqual(expect.objectContaining({ categorie: 'melder', partner: 'veilig-thuis' }));
    expect(volledig.body.extensions).not.toHaveProperty('onbereikbaar');
  });

  test.each(STORINGEN)('gi %s (een partner %s): de rest van het netwerkdossier, zonder het deel van gi, met gi als onbereikbaar; daarna weer compleet', async (storing) => {
    await netwerk.zetStoring('gi', storing);
    let gestoord: GraphQLAntwoord;
    const begin = Date.now();
    try {
      gestoord = await vraag();
    } finally {
      await netwerk.zetStoring('gi', null);
    }
    const duur = Date.now() - begin;
    // the other partners' parts exactly as before, gi's as withheld (an empty list), nothing more
    const verwacht = { huishouden: { ...(volledig.body.data as { huishouden: Dossier }).huishouden, maatregelen: [] } };
    expect(gestoord).toEqual({ status: 200, body: { data: verwacht, extensions: { ...MET_VERANTWOORDING, afgeschermd: expect.any(Array), onbereikbaar: ['gi'] } } });
    expect(zonderPseudoniem(gestoord)).toEqual(zonderPseudoniem(volledig));
    // not the partner's pace: gi's own limit
    expect(duur).toBeLessThan(TRAAG_MS);
    const terug = await vraag();
    expect(terug.body.data).toEqual(volledig.body.data);
    expect(terug.body.extensions).not.toHaveProperty('onbereikbaar');
  });

  test('twee partners tegelijk weg: beide genoemd, het register en de andere twee staan er', async () => {
    await netwerk.zetStoring('gi', 'geweigerd');
    await netwerk.zetStoring('raad', 'serverfout');
    let gestoord: GraphQLAntwoord;
    try {
      gestoord = await vraag();
    } finally {
      await netwerk.zetStoring('gi', null);
      await netwerk.zetStoring('raad', null);
    }
    const verwacht = { huishouden: { ...(volledig.body.data as { huishouden: Dossier }).huishouden, maatregelen: [], beschermingsonderzoeken: [] } };
    expect(gestoord.body.data).toEqual(verwacht);
    expect(gestoord.body.extensions?.onbereikbaar).toEqual(['gi', 'raad']);
  });

  test('een partner die meer teruggeeft dan gevraagd (een veld dat de gateway niet vroeg): de client ziet het niet', async () => {
    netwerk.vervals('gi', (antwoord) => antwoord.replace(/"soort":/g, '"uitspraakkenmerk":"VERVALST-1","soort":'));
    let antwoord: GraphQLAntwoord;
    try {
      antwoord = await vraag();
    } finally {
      netwerk.vervals('gi', null);
    }
    expect(antwoord.body.data).toEqual(volledig.body.data);
    expect(JSON.stringify(antwoord.body)).not.toContain('VERVALST');
  });

  test('het toegangslog van een antwoord zonder gi: het record noemt gi als gevraagd, een tweede dat het deel van gi niet is vrijgegeven; alleen een trage gi verstrekte ook echt', async () => {
    const verstrektDoorGi = async (antwoord: GraphQLAntwoord, records = 1): Promise<{ acties: string[]; gi: string[]; giVerstrekkingen: number | null; nietVrijgegeven?: unknown }> => {
      const auditId = antwoord.body.extensions?.auditId as string;
      const netwerkDb = new Client({ connectionString: netwerk.databaseUrls.netwerk });
      const giDb = new Client({ connectionString: netwerk.databaseUrls.gi });
      await Promise.all([netwerkDb.connect(), giDb.connect()]);
      try {
        const lees = () => netwerkDb.query<{ actie: string; inhoud: { verstrekt: Array<{ partner: string; categorie: string }>; partners?: string[] } }>('SELECT actie, inhoud FROM toegangslog WHERE audit_id = $1 ORDER BY volgnummer', [auditId]);
        // the record of what was not released follows the answer
        let log = await lees();
        for (let i = 0; i < 50 && log.rows.length < records; i++) log = await new Promise((r) => setTimeout(r, 100)).then(lees);
        const gi = await giDb.query("SELECT 1 FROM verstrekking WHERE audit_id = $1 AND items <> '[]'", [auditId]);
        const niet = log.rows.find((r) => r.actie === NIET_VRIJGEGEVEN);
        return { acties: log.rows.map((r) => r.actie), gi: [...new Set(log.rows[0].inhoud.verstrekt.filter((v) => v.partner === 'gi').map((v) => v.categorie))], giVerstrekkingen: gi.rowCount, ...(niet ? { nietVrijgegeven: niet.inhoud.partners } : {}) };
      } finally {
        await Promise.all([netwerkDb.end(), giDb.end()]);
      }
    };
    await netwerk.zetStoring('gi', 'verbroken');
    const verbroken = await vraag().finally(() => netwerk.zetStoring('gi', null));
    await netwerk.zetStoring('gi', 'traag');
    const traag = await vraag().finally(() => netwerk.zetStoring('gi', null));
    expect(await verstrektDoorGi(volledig)).toEqual({ acties: ['inzien'], gi: ['maatregelkader'], giVerstrekkingen: 1 });
    // the record is written while the partners are asked; it cannot know gi will fail, and a slow gi did
    // disclose (its own verstrekkingenlog), which the cross-check needs the record for. That gi's part was
    // not released is recorded after the answer, so the inzage does not list it as seen
    const zonderGi = { acties: ['inzien', NIET_VRIJGEGEVEN], gi: ['maatregelkader'], nietVrijgegeven: ['gi'] };
    expect(await verstrektDoorGi(verbroken, 2)).toEqual({ ...zonderGi, giVerstrekkingen: 0 });
    expect(await verstrektDoorGi(traag, 2)).toEqual({ ...zonderGi, giVerstrekkingen: 1 });
  });
});
