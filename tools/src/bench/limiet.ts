import http from 'node:http';

import { envPrefix, ServiceNaam, SUBGRAPHS } from '@netwerkdossier/shared';
import { Pool } from 'pg';

/**
 * The limit of `npm run bench`: what the household view (werklasten.ts WEERGAVE) costs when nothing but the
 * data is paid for. No GraphQL, no ORM, no authentication or authorisation, no audit: per view one
 * parameterised query per partner database, all in parallel, each letting PostgreSQL build that partner's
 * part as JSON; Node only puts the parts together. Its answer must equal the bare gateway's for the same
 * household (bench.ts checks this before it measures). Development only.
 *
 *   node tools/dist/bench/limiet.js   (env <NAAM>_DATABASE_URL for each subgraph; prints {"url": …})
 */

/** The first row of a kind in the household's dossier at this partner (the oldest, as laadEen). */
const DOSSIER = '(SELECT id FROM dossier WHERE huishouden_id = $1 ORDER BY id LIMIT 1)';
const lijst = (velden: string, tabel: string, volgorde: string) =>
  `coalesce((SELECT json_agg(json_build_object(${velden}) ORDER BY ${volgorde}) FROM ${tabel} WHERE dossier_id = ${DOSSIER}), '[]'::json)`;
/** The parts that are one line of text (top3_zorg, mdo_besluit) of the row of `ouder` at hand, in their order. */
const delen = (tabel: string, sleutel: string, ouder: string) =>
  `coalesce((SELECT json_agg(json_build_object('tekst', d.tekst) ORDER BY d.id) FROM ${tabel} d WHERE d.${sleutel} = ${ouder}.id), '[]'::json)`;
const een = (velden: string, tabel: string) => `(SELECT json_build_object(${velden}) FROM ${tabel} WHERE dossier_id = ${DOSSIER} ORDER BY id LIMIT 1)`;

/** leeftijdsgroep (subgraphs/netwerk/src/aanduiding.ts) in SQL: the band of the age reached this calendar year. */
const LEEFTIJDSGROEP = `(SELECT CASE WHEN p.geboortejaar IS NULL THEN NULL
  WHEN a <= 3 THEN '0–3 jaar' WHEN a <= 7 THEN '4–7 jaar' WHEN a <= 11 THEN '8–11 jaar' WHEN a <= 15 THEN '12–15 jaar'
  WHEN a <= 17 THEN '16–17 jaar' WHEN a <= 29 THEN '18–29 jaar' WHEN a <= 39 THEN '30–39 jaar' WHEN a <= 49 THEN '40–49 jaar'
  WHEN a <= 64 THEN '50–64 jaar' ELSE '65+ jaar' END
  FROM (SELECT greatest(0, extract(year FROM now() AT TIME ZONE 'UTC')::int - p.geboortejaar) AS a) leeftijd)`;

/** Per partner the one query for its part of the view, its only parameter the household's pseudonym. */
const DELEN: Record<string, string> = {
  netwerk: `SELECT json_build_object(
    'id', h.id,
    'betrokkenheden', coalesce((SELECT json_agg(json_build_object('organisatie', replace(b.organisatie, '-', '_'), 'vorm', b.vorm, 'regiehouder', b.regiehouder) ORDER BY b.vanaf, b.id) FROM betrokkenheid b WHERE b.huishouden_id = h.id), '[]'::json),
    'leden', coalesce((SELECT json_agg(json_build_object('id', p.id, 'rol', replace(p.rol, '-', '_'), 'leeftijdsgroep', ${LEEFTIJDSGROEP}) ORDER BY p.geboortejaar, p.id) FROM persoon p WHERE p.huishouden_id = h.id), '[]'::json)
  ) AS deel FROM huishouden h WHERE h.id = $1`,
  'lokaal-team': `SELECT json_build_object(
    'adres', (SELECT adres FROM adres WHERE dossier_id = ${DOSSIER} ORDER BY id LIMIT 1),
    'gezinsplan', (SELECT json_build_object('vastgesteldOp', g.vastgesteld_op, 'doelen', coalesce((SELECT json_agg(json_build_object('omschrijving', d.omschrijving) ORDER BY d.id) FROM gezinsdoel d WHERE d.gezinsplan_id = g.id), '[]'::json)) FROM gezinsplan g WHERE g.dossier_id = ${DOSSIER} ORDER BY g.id LIMIT 1),
    'top3', ${lijst(`'veiligheidscijfer', veiligheidscijfer, 'zorgen', ${delen('top3_zorg', 'top3_id', 'top3')}`, 'top3', 'datum, id')},
    'mdoVerslagen', ${lijst(`'datum', datum, 'besluiten', ${delen('mdo_besluit', 'mdo_verslag_id', 'mdo_verslag')}`, 'mdo_verslag', 'datum, id')},
    'personalia', (SELECT json_object_agg(c.persoon_id, (SELECT json_build_object('voornaam', pe.voornaam, 'achternaam', pe.achternaam) FROM personalia pe WHERE pe.client_id = c.id ORDER BY pe.id LIMIT 1)) FROM client c WHERE c.dossier_id = ${DOSSIER})
  ) AS deel`,
  'veilig-thuis': `SELECT json_build_object(
    'meldingen', ${lijst(`'ontvangenOp', ontvangen_op, 'aard', aard`, 'melding', 'ontvangen_op, id')},
    'veiligheidstaxaties', ${lijst(`'datum', datum, 'acuteOnveiligheid', acute_onveiligheid`, 'veiligheidstaxatie', 'datum, id')},
    'veiligheidskaart', ${een(`'situatie', situatie`, 'veiligheidskaart')}
  ) AS deel`,
  gi: `SELECT json_build_object('maatregelen', ${lijst(`'soort', soort, 'ingangsdatum', ingangsdatum`, 'maatregel', 'ingangsdatum, id')}) AS deel`,
  raad: `SELECT json_build_object('beschermingsonderzoeken', ${lijst(`'status', status`, 'beschermingsonderzoek', 'gestart_op, id')}) AS deel`,
};

interface Lid { id: string; rol: string | null; leeftijdsgroep: string | null }

async function main(): Promise<void> {
  const verbindingen = Number(process.env.LIMIET_VERBINDINGEN ?? 8);
  const pools = Object.fromEntries(Object.keys(DELEN).map((naam) => [naam, new Pool({ connectionString: process.env[`${envPrefix(naam as ServiceNaam)}_DATABASE_URL`], max: verbindingen })]));
  for (const naam of Object.keys(DELEN)) if (!SUBGRAPHS.includes(naam as ServiceNaam)) throw new Error(`onbekende partner ${naam}`);
  const weergave = async (id: string): Promise<unknown> => {
    const delen = await Promise.all(Object.entries(DELEN).map(async ([naam, sql]) => {
      // a named statement: parsed and planned once per connection, as a prepared query
      const { rows } = await pools[naam].query<{ deel: Record<string, unknown> | null }>({ name: `limiet-${naam}`, text: sql, values: [id] });
      return rows[0]?.deel ?? null;
    }));
    const [netwerk, lokaal, ...rest] = delen as [{ id: string; leden: Lid[] } | null, { personalia: Record<string, unknown> | null } & Record<string, unknown>, ...Array<Record<string, unknown>>];
    if (!netwerk) return null;
    const { personalia, ...lokaalDeel } = lokaal;
    return {
      ...netwerk, ...lokaalDeel, ...Object.assign({}, ...rest),
      leden: netwerk.leden.map((l) => ({ ...l, personalia: personalia?.[l.id] ?? null })),
    };
  };
  const server = http.createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      void (async () => {
        try {
          const { variables } = JSON.parse(Buffer.concat(delen).toString('utf8')) as { variables: { id: string } };
          const body = JSON.stringify({ data: { huishouden: await weergave(variables.id) } });
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
        } catch (fout) {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(fout) }] }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` }));
}

// exit on SIGTERM rather than be killed, so that --cpu-prof writes its profile
process.on('SIGTERM', () => process.exit(0));
main().catch((fout: unknown) => {
  console.error(fout);
  process.exit(1);
});
