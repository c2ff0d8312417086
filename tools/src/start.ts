import path from 'node:path';

import { leesSupergraph, leesTijdslimieten } from '@netwerkdossier/gateway';
import {
  databaseNaam, envPrefix, maakLogger, PostgresServer, richtRollenIn, ServiceNaam, STANDAARD_POORTEN, startEmbeddedPostgres, startTracing, stopBijSignaal, SUBGRAPHS,
} from '@netwerkdossier/shared';

import { poortenVoor, startNetwerk } from './netwerk';
import { DATA_MAP, DEMO_AANTAL, DEMO_SEED, devCheckpointSleutels, devGeheimen, devGrantSleutels, schrijfAdressen } from './omgeving';
import { ouderPersona, personaOverzicht } from './personas';
import { laadOfMaakSleutels } from './uitgever';

const log = maakLogger('start');

/** `npm start`: the whole network with demo data, on an embedded PostgreSQL unless DATABASE_URLs are given. */
async function main(): Promise<void> {
  const host = process.env.HOST ?? '127.0.0.1';
  const geheimen = await devGeheimen();
  process.env.NETWERK_BSN_SLEUTEL ??= geheimen.bsnSleutel;

  let postgres: PostgresServer | undefined;
  const databaseUrls = {} as Record<ServiceNaam, string>;
  const migratieUrls: Partial<Record<ServiceNaam, string>> = {};
  for (const naam of SUBGRAPHS) {
    const extern = process.env[`${envPrefix(naam)}_DATABASE_URL`];
    if (extern) {
      databaseUrls[naam] = extern;
      migratieUrls[naam] = process.env[`${envPrefix(naam)}_EIGENAAR_DATABASE_URL`];
      continue;
    }
    if (!postgres) {
      const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
      log.info(`PostgreSQL (embedded) start op 127.0.0.1:${port}, data in ${path.join(DATA_MAP, 'postgres')}`);
      postgres = await startEmbeddedPostgres({ dataDir: path.join(DATA_MAP, 'postgres'), port });
    }
    // as in production: the owner migrates, the service connects as a role that owns nothing
    const rollen = await richtRollenIn(postgres.adminUrl, databaseNaam(naam));
    databaseUrls[naam] = rollen.dienst;
    migratieUrls[naam] = rollen.eigenaar;
  }

  const poort = (naam: keyof typeof STANDAARD_POORTEN) => Number(process.env[`${envPrefix(naam)}_PORT`] ?? STANDAARD_POORTEN[naam]);
  let stoppen: () => Promise<void> = async () => postgres?.stop();
  stopBijSignaal(log, () => stoppen(), startTracing('netwerkdossier'));

  const netwerk = await startNetwerk({
    databaseUrls,
    migratieUrls,
    host,
    poorten: poortenVoor(poort),
    sleutels: await laadOfMaakSleutels(DATA_MAP),
    grantSleutels: await devGrantSleutels(),
    checkpointSleutel: (await devCheckpointSleutels()).prive,
    checkpointBestand: process.env.TOEGANGSLOG_CHECKPOINT_BESTAND || undefined,
    supergraphSdl: leesSupergraph(),
    demo: { seed: DEMO_SEED, aantal: DEMO_AANTAL },
    voortgang: (naam, klaar, totaal) => log.info(`demodata ${naam}: ${klaar}/${totaal} huishoudens`),
    beleidsmelding: (m) => ('fout' in m ? log.error(m.fout.message) : log.info(`beleid ${m.versie} geladen`)),
    web: true,
    tijdslimieten: leesTijdslimieten(process.env),
  });
  stoppen = async () => {
    await netwerk.stop();
    await postgres?.stop();
  };
  await schrijfAdressen({ gatewayUrl: netwerk.gatewayUrl, uitgeverBase: netwerk.uitgeverBase });

  const personas = await personaOverzicht(databaseUrls.netwerk);
  const ouder = ouderPersona(DEMO_SEED, DEMO_AANTAL);
  console.log(
    [
      '',
      `Netwerkdossier is klaar (ready): ${netwerk.gatewayUrl}`,
      `Webapp (kies een demopersona): ${new URL('/', netwerk.gatewayUrl).href}`,
      '',
      'Token voor een persona:  npm run token -- <persona>   (bijvoorbeeld: npm run token -- lt-fatima)',
      `Dan:  curl -s ${netwerk.gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'doel: gezamenlijk-plan' -H 'content-type: application/json' \\`,
      `        -d '{"query":"{ huishoudens(limiet: 3) { id leden { id rol } } }"}'`,
      '',
      'Persona\'s (doel, betrokken bij):',
      ...personas.map((p) => `  ${p.sub.padEnd(11)} ${p.persona.padEnd(25)} ${p.doel.padEnd(21)} ${p.huishoudens.length} huishouden(s)${p.huishoudens[0] ? `, bijv. ${p.huishoudens[0]}` : ''}`),
      `  ${'ouder'.padEnd(11)} ${'ouder (client)'.padEnd(25)} ${'inzage'.padEnd(21)} huishouden ${ouder.huishoudenId}`,
      '',
      'Stoppen: Ctrl-C (stopt ook PostgreSQL).',
    ].join('\n'),
  );
}

if (process.env.NODE_ENV === 'production') {
  // a plain sentence for whoever typed the command, not a log record with a stack
  console.error('npm start is de demo (ontwikkelsleutels, demodata, aanmelden als demopersona) en start niet met NODE_ENV=production;\n' +
    'start in productie elke service als eigen proces: zie docs/beheer.md, "Starting a service alone".');
  process.exit(1);
}

main().catch((fout: unknown) => {
  log.error({ err: fout }, 'Netwerkdossier kon niet starten');
  process.exit(1);
});
