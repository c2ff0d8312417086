import { DEMO_PEILJAAR, demoHuishouden, DemoHuishouden, Organisatie } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

// the smallest test world in which the refusal households hold parts of every kind about a consenting and a refusing adult
const AANTAL = 44;
const DOEL = 'gezamenlijk-plan';
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const volwassen = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar >= 18;

/** Each kind of part that is one line of text: its partner, the category of its text, and where it sits in the household. */
const SOORTEN = [
  { soort: 'zorgen', partner: 'lokaal-team', categorie: 'hulpverlening' },
  { soort: 'krachten', partner: 'lokaal-team', categorie: 'hulpverlening' },
  { soort: 'besluiten', partner: 'lokaal-team', categorie: 'hulpverlening' },
  { soort: 'afspraken', partner: 'lokaal-team', categorie: 'hulpverlening' },
  { soort: 'onderliggendeFactoren', partner: 'lokaal-team', categorie: 'hulpverlening' },
  { soort: 'patronen', partner: 'lokaal-team', categorie: 'hulpverlening' },
  { soort: 'veiligheidsafspraken', partner: 'veilig-thuis', categorie: 'veiligheid' },
] as const;
type Soort = (typeof SOORTEN)[number];

const DELEN = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) {
  top3 { zorgen { tekst } krachten { tekst } }
  mdoVerslagen { besluiten { tekst } afspraken { tekst } }
  verklarendeAnalyse { onderliggendeFactoren { tekst } patronen { tekst } }
  veiligheidskaart { veiligheidsafspraken { tekst } }
} }`;

/** The parts as the partners hold them, in the shape of DELEN's answer, each with whom it concerns (`betreft`). */
const deel = (tabel: string, sleutel: string, ouder: string) =>
  `coalesce((SELECT json_agg(json_build_object('tekst', d.tekst, 'betreft', d.betreft) ORDER BY d.id) FROM ${tabel} d WHERE d.${sleutel} = ${ouder}.id), '[]'::json)`;
const WAARHEID: Record<string, string> = {
  'lokaal-team': `SELECT json_build_object(
    'top3', coalesce((SELECT json_agg(json_build_object('zorgen', ${deel('top3_zorg', 'top3_id', 't')}, 'krachten', ${deel('top3_kracht', 'top3_id', 't')}) ORDER BY t.datum, t.id) FROM top3 t WHERE t.dossier_id = o.id), '[]'::json),
    'mdoVerslagen', coalesce((SELECT json_agg(json_build_object('besluiten', ${deel('mdo_besluit', 'mdo_verslag_id', 'm')}, 'afspraken', ${deel('mdo_afspraak', 'mdo_verslag_id', 'm')}) ORDER BY m.datum, m.id) FROM mdo_verslag m WHERE m.dossier_id = o.id), '[]'::json),
    'verklarendeAnalyse', (SELECT json_build_object('onderliggendeFactoren', ${deel('onderliggende_factor', 'analyse_id', 'a')}, 'patronen', ${deel('patroon', 'analyse_id', 'a')}) FROM verklarende_analyse a WHERE a.dossier_id = o.id)
  ) AS h FROM dossier o WHERE o.huishouden_id = $1`,
  'veilig-thuis': `SELECT json_build_object(
    'veiligheidskaart', (SELECT json_build_object('veiligheidsafspraken', ${deel('veiligheidsafspraak', 'veiligheidskaart_id', 'k')}) FROM veiligheidskaart k WHERE k.dossier_id = o.id)
  ) AS h FROM dossier o WHERE o.huishouden_id = $1`,
};

interface Deel { pad: string; soort: string; tekst: string | null; betreft?: string[] }

/** Every part in an answer of DELEN's shape, with its place (`huishouden.top3.0.zorgen.1`) and its kind. */
function delenIn(waarde: unknown, pad: string): Deel[] {
  if (Array.isArray(waarde)) return waarde.flatMap((w, i) => delenIn(w, `${pad}.${i}`));
  if (!waarde || typeof waarde !== 'object') return [];
  return Object.entries(waarde as Record<string, unknown>).flatMap(([k, v]) => {
    const soort = SOORTEN.find((s) => s.soort === k);
    if (soort && Array.isArray(v)) return v.map((d: { tekst: string | null; betreft?: string[] }, i) => ({ pad: `${pad}.${k}.${i}`, soort: k, tekst: d.tekst, betreft: d.betreft }));
    return delenIn(v, `${pad}.${k}`);
  });
}

interface Weigering { huishouden: DemoHuishouden; professional: string; organisatie: Organisatie; ingestemd: Set<string>; geweigerd: Set<string> }

/**
 * The refusal households: a professional of another partner than the parts' in a duo, where one adult consented to
 * their organisation for this doel and another did not (each kind asked only of a partner that is not the viewer's own).
 */
const weigeringen: Weigering[] = wereld.flatMap((h) => h.betrokkenheden.filter((b) => b.vorm === 'duo').flatMap((b) => {
  const ingestemd = new Set(h.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon) && t.ontvangerOrganisatie === b.organisatie && t.doel === DOEL).map((t) => t.persoon));
  const volw = h.leden.filter(volwassen);
  const geweigerd = new Set(volw.filter((p) => !ingestemd.has(p.id)).map((p) => p.id));
  const instemmers = new Set(volw.filter((p) => ingestemd.has(p.id)).map((p) => p.id));
  return geweigerd.size && instemmers.size ? [{ huishouden: h, professional: b.professional, organisatie: b.organisatie, ingestemd: instemmers, geweigerd }] : [];
}));

/** One refusal hides that person's parts of the Top3, the MDO, the verklarende analyse and the Veiligheidskaart, not the record. */
describe('delen van één regel tekst, per persoon beslist', () => {
  let netwerk: TestNetwerk;
  const databases: Partial<Record<string, Client>> = {};
  beforeAll(async () => {
    uitDeTestwereld(weigeringen[0], 'duo-huishouden met een volwassene die weigert en een die instemt');
    netwerk = await startTestNetwerk('tekstdelen', AANTAL);
    for (const partner of Object.keys(WAARHEID)) {
      databases[partner] = new Client({ connectionString: netwerk.databaseUrls[partner as keyof typeof netwerk.databaseUrls] });
      await databases[partner]!.connect();
    }
  });
  afterAll(async () => {
    for (const db of Object.values(databases)) await db?.end();
    await netwerk?.stop();
  });

  /** The parts the partners hold on a household, with whom each concerns. */
  const waarheid = async (h: DemoHuishouden): Promise<Deel[]> => {
    const per: unknown[] = [];
    for (const [partner, sql] of Object.entries(WAARHEID)) per.push((await databases[partner]!.query<{ h: unknown }>(sql, [h.id])).rows[0]?.h ?? {});
    return delenIn(Object.assign({}, ...per), 'huishouden');
  };

  test('de demowereld legt vast over wie elk deel gaat: een gezinslid, of het hele huishouden', async () => {
    const delen: Array<{ d: Deel; leden: string[] }> = [];
    for (const h of wereld) for (const d of await waarheid(h)) delen.push({ d, leden: h.leden.map((p) => p.id) });
    for (const { soort } of SOORTEN) expect([soort, delen.filter(({ d }) => d.soort === soort).length > 0]).toEqual([soort, true]);
    for (const { d, leden } of delen) for (const id of d.betreft!) expect(leden).toContain(id);
    expect(delen.some(({ d }) => d.betreft!.length === 0)).toBe(true);
  });

  test('via de gateway: per soort de delen over wie instemde zichtbaar, die over wie weigerde afgeschermd met een reden die de persoon noemt', async () => {
    const geteld = new Map<string, { zichtbaar: number; afgeschermd: number }>(SOORTEN.map((s) => [s.soort, { zichtbaar: 0, afgeschermd: 0 }]));
    for (const w of weigeringen) {
      const soorten = SOORTEN.filter((s) => s.partner !== w.organisatie);
      const waar = (await waarheid(w.huishouden)).filter((d) => soorten.some((s) => s.soort === d.soort));
      const antwoord = await netwerk.vraag(DELEN, { token: await netwerk.token(w.professional), doel: DOEL, variables: { id: w.huishouden.id } });
      expect(antwoord.body.errors).toBeUndefined();
      const gekregen = new Map(delenIn(antwoord.body.data, '').map((d) => [d.pad.slice(1), d]));
      const items = (antwoord.body.extensions?.afgeschermd ?? []) as Array<{ pad: string; persoon: string | null; regel: string; reden: string }>;
      for (const d of waar) {
        const soort = SOORTEN.find((s) => s.soort === d.soort) as Soort;
        const eigen = items.filter((a) => a.pad === `${d.pad}.tekst`);
        const wie = `${w.professional} in huishouden ${w.huishouden.index}: ${d.pad}`;
        if (d.betreft!.length > 0 && d.betreft!.every((id) => w.ingestemd.has(id))) {
          expect([wie, gekregen.get(d.pad)?.tekst, eigen]).toEqual([wie, d.tekst, []]);
          geteld.get(d.soort)!.zichtbaar++;
        }
        const weigeraar = d.betreft!.find((id) => w.geweigerd.has(id));
        if (weigeraar) {
          expect([wie, gekregen.get(d.pad)?.tekst]).toEqual([wie, null]);
          // withheld for the one who refused, with the rule and a reason
          expect([wie, eigen]).toEqual([wie, expect.arrayContaining([expect.objectContaining({ persoon: weigeraar, regel: `matrix/${soort.categorie}/duo`, reden: expect.stringMatching(/^Toestemming.* ontbreekt\.$/) })])]);
          geteld.get(d.soort)!.afgeschermd++;
        }
      }
    }
    // every kind shows both: a part about one who consented, and one about one who refused
    for (const [soort, n] of geteld) expect([soort, n.zichtbaar > 0, n.afgeschermd > 0]).toEqual([soort, true, true]);
  });
});
