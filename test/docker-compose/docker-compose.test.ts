import { readFileSync } from 'node:fs';
import path from 'node:path';

import { databaseNaam, envPrefix, MET_DATABASE, STANDAARD_POORTEN, SUBGRAPHS } from '@netwerkdossier/shared';
import { standaardReplicas } from '@netwerkdossier/tools';
import Ajv from 'ajv';
import { parse } from 'yaml';

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string | number>;
  ports?: (string | { host_ip?: string })[];
  networks?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  healthcheck?: { test: string[] };
  restart?: string;
}

/** The official Compose Specification schema (compose-spec/compose-spec), as kept current in the dclint package. */
const SCHEMA_PAD = path.join(path.dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json');
// its $schema names draft-07 by an https URL that Ajv (draft-07 by default) does not know
const { $schema: _metaschema, ...SCHEMA } = JSON.parse(readFileSync(SCHEMA_PAD, 'utf8')) as Record<string, unknown>;
const valideer = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);
const fouten = (bestand: unknown) => (valideer(bestand) ? [] : valideer.errors!.map((f) => `${f.instancePath} ${f.message}`));

/** Compose's interpolation with an empty environment: `${NAAM:-standaard}` takes its default, and a required
 *  `${NAAM:?…}` becomes the marker «NAAM» (instead of an error), so the test can see where every secret goes. */
const verplicht = new Set<string>();
const tekst = readFileSync(path.resolve(__dirname, '../../docker-compose.yml'), 'utf8').replace(
  /\$\$|\$\{(\w+):([-?])([^}]*)\}|\$\{?\w*\}?/g,
  (gevonden, naam?: string, soort?: string, standaard?: string) => {
    if (gevonden === '$$') return '$';
    if (soort === '-') return standaard!;
    if (soort === '?') {
      verplicht.add(naam!);
      return `«${naam}»`;
    }
    throw new Error(`${gevonden}: zonder standaard (:-) of foutmelding (:?) wordt dit stil een lege string`);
  },
);
const compose = parse(tekst, { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const omgeving = (naam: string) => Object.fromEntries(Object.entries(services[naam]?.environment ?? {}).map(([k, v]) => [k, String(v)]));
const postgres = Object.keys(services).filter((naam) => services[naam].image?.startsWith('postgres:'));
const node = Object.keys(services).filter((naam) => services[naam].command?.[0] === 'node');
/** The long-running Node services, and the one-shot jobs before them (each subgraph's migration). */
const apps = node.filter((naam) => services[naam].restart !== 'no');
const jobs = node.filter((naam) => services[naam].restart === 'no');
const ROLWACHTWOORDEN = (n: string) => ['EIGENAAR', 'DIENST', 'BEWAARTAAK'].map((s) => `${envPrefix(n)}_DB_${s}_PASSWORD`);

describe('docker-compose.yml (productietopologie)', () => {
  test('volgt de Compose Specification; het schema keurt een fout bestand ook echt af', () => {
    expect(fouten(compose)).toEqual([]);
    expect(fouten({ services: { gateway: { imagee: 'x' } } })).toEqual(['/services/gateway must NOT have additional properties']);
  });

  test('vijf subgraphs en de gateway, elk met het eigen commando; de gateway minstens tweemaal', () => {
    const commandos = Object.fromEntries(apps.map((naam) => [naam, services[naam].command]));
    expect(commandos).toEqual({ gateway: ['node', 'gateway/dist/main.js'], ...Object.fromEntries(SUBGRAPHS.map((n) => [n, ['node', `subgraphs/${n}/dist/main.js`]])) });
    expect(services.gateway.deploy?.replicas).toBeGreaterThanOrEqual(2);
    const subgraphUrls = Object.fromEntries(Object.entries(omgeving('gateway')).filter(([k]) => k.endsWith('_URL') && !k.endsWith('_DATABASE_URL')));
    expect(subgraphUrls).toEqual(Object.fromEntries(SUBGRAPHS.map((n) => [`${envPrefix(n)}_URL`, `http://${n}:${STANDAARD_POORTEN[n]}/`])));
  });

  test('dezelfde topologie als npm run topologie: nginx voor de gateway-replica\'s, een partner tweemaal op zijn ene database', () => {
    expect(services.proxy).toMatchObject({ volumes: ['./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro'], depends_on: { gateway: { condition: 'service_healthy' } } });
    const replicas = Object.fromEntries(apps.map((naam) => [naam, services[naam].deploy?.replicas ?? 1]));
    expect(replicas).toEqual(Object.fromEntries(apps.map((naam) => [naam, standaardReplicas(naam as Parameters<typeof standaardReplicas>[0])])));
    const dubbel = SUBGRAPHS.filter((n) => replicas[n] >= 2);
    expect(dubbel.length).toBeGreaterThanOrEqual(1);
    // the replicas share the one database (the grants they have seen used), each as its service role
    for (const naam of dubbel) expect(omgeving(naam)[`${envPrefix(naam)}_DATABASE_URL`]).toBe(`postgres://${databaseNaam(naam)}_dienst:«${envPrefix(naam)}_DB_DIENST_PASSWORD»@${naam}-db:5432/${databaseNaam(naam)}`);
  });

  test('de gateway draait in productie (uit het image), en dus met alleen de bekende operaties van de webapp (ALLEEN_BEKENDE_OPERATIES staat standaard aan)', () => {
    expect(readFileSync(path.resolve(__dirname, '../../Dockerfile'), 'utf8').split('FROM ').pop()).toContain('ENV NODE_ENV=production');
    expect(Object.keys(omgeving('gateway')).filter((k) => ['NODE_ENV', 'ALLEEN_BEKENDE_OPERATIES'].includes(k))).toEqual([]);
  });

  test('elke Node-service luistert op alle interfaces van de container en stuurt geen telemetrie', () => {
    for (const naam of apps) expect([naam, omgeving(naam)]).toEqual([naam, expect.objectContaining({ HOST: '0.0.0.0', APOLLO_TELEMETRY_DISABLED: '1' })]);
  });

  test('elke subgraph, en de gateway voor zijn websessies, heeft een eigen PostgreSQL, die alleen hij en zijn migratie bereiken', () => {
    const hosts = MET_DATABASE.map((subgraph) => {
      const url = omgeving(subgraph)[`${envPrefix(subgraph)}_DATABASE_URL`] ?? '';
      const [, gebruiker, wachtwoord, host, database] = /^postgres:\/\/([^:]+):([^@]+)@([\w-]+):5432\/(\w+)$/.exec(url) ?? [];
      const db = services[host] ?? {};
      const buren = Object.keys(services).filter((n) => n !== host && services[n].networks?.some((net) => db.networks?.includes(net)));
      expect({ subgraph, gebruiker, wachtwoord, image: db.image, wacht: services[`${subgraph}-migratie`]?.depends_on?.[host]?.condition, omgeving: omgeving(host), buren, volumes: db.volumes }).toEqual({
        subgraph,
        gebruiker: `${database}_dienst`,
        wachtwoord: `«${envPrefix(subgraph)}_DB_DIENST_PASSWORD»`,
        image: 'postgres:18',
        wacht: 'service_healthy',
        omgeving: { POSTGRES_USER: database, POSTGRES_DB: database, POSTGRES_PASSWORD: `«${envPrefix(subgraph)}_DB_PASSWORD»` },
        buren: [subgraph, `${subgraph}-migratie`],
        volumes: [expect.stringMatching(/^[\w-]+:\/var\/lib\/postgresql$/)], // 18+: not …/data
      });
      expect(db.healthcheck?.test.join(' ')).toContain('pg_isready');
      return host;
    });
    expect(hosts.sort()).toEqual([...new Set(postgres)].sort());
  });

  test('geen dienst verbindt als de superuser van zijn database: een eenmalige migratie richt de rollen in en migreert als eigenaar, daarna pas start de dienst', () => {
    expect(jobs.sort()).toEqual(MET_DATABASE.map((n) => `${n}-migratie`).sort());
    for (const subgraph of MET_DATABASE) {
      const job = `${subgraph}-migratie`;
      const db = databaseNaam(subgraph);
      expect([job, services[job].command, services[subgraph].depends_on?.[job], services[job].networks]).toEqual([
        job,
        ['node', `${subgraph === 'gateway' ? 'gateway' : `subgraphs/${subgraph}`}/dist/main.js`, 'migreren'],
        { condition: 'service_completed_successfully' },
        [`${subgraph}-db`],
      ]);
      expect(omgeving(job)).toEqual({
        [`${envPrefix(subgraph)}_BEHEER_DATABASE_URL`]: `postgres://${db}:«${envPrefix(subgraph)}_DB_PASSWORD»@${subgraph}-db:5432/${db}`,
        ...Object.fromEntries(ROLWACHTWOORDEN(subgraph).map((n) => [n, `«${n}»`])),
      });
    }
    // the superuser's password reaches its database and the migration job, no running service
    const metSuperuser = Object.keys(services).filter((naam) => Object.values(omgeving(naam)).some((v) => /«\w+_DB_PASSWORD»/.test(v)));
    expect(metSuperuser.sort()).toEqual(MET_DATABASE.flatMap((n) => [`${n}-db`, `${n}-migratie`]).sort());
  });

  test('alleen de proxy publiceert een poort, standaard op 127.0.0.1; geen database publiceert iets', () => {
    const gepubliceerd = Object.entries(services).flatMap(([naam, s]) =>
      (s.ports ?? []).map((p) => [naam, typeof p === 'string' ? (p.split(':').length === 3 ? p.split(':')[0] : '0.0.0.0') : (p.host_ip ?? '0.0.0.0')]),
    );
    expect(gepubliceerd).toEqual([['proxy', '127.0.0.1']]);
    expect(postgres.map((naam) => [naam, services[naam].ports])).toEqual(postgres.map((naam) => [naam, undefined]));
  });

  test('de private grant- en checkpoint-sleutel komen alleen bij de gateway; elke subgraph krijgt de publieke helft', () => {
    const met = (variabele: string) => Object.keys(services).filter((naam) => omgeving(naam)[variabele] !== undefined).sort();
    expect(met('GATEWAY_GRANT_SLEUTEL')).toEqual(['gateway']);
    expect(met('GATEWAY_CHECKPOINT_SLEUTEL')).toEqual(['gateway']);
    expect(met('GATEWAY_GRANT_PUBLIEKE_SLEUTEL')).toEqual([...SUBGRAPHS].sort());
  });

  test('geen geheim staat in het bestand: elk wachtwoord en elke sleutel komt uit de omgeving', () => {
    const lekken = Object.keys(services).flatMap((naam) =>
      Object.entries(omgeving(naam))
        .filter(([k, v]) => (/PASSWORD|SLEUTEL|SECRET|TOKEN|KEY/i.test(k) && !/^«\w+»$/.test(v)) || /:\/\/[^:/@]+:(?!«\w+»@)[^@]*@/.test(v))
        .map(([k]) => `${naam}.${k}`),
    );
    expect(lekken).toEqual([]);
    expect([...verplicht].sort()).toEqual([...MET_DATABASE.flatMap((n) => [`${envPrefix(n)}_DB_PASSWORD`, ...ROLWACHTWOORDEN(n)]), 'NETWERK_BSN_SLEUTEL', 'VERTROUWDE_UITGEVERS', 'GATEWAY_GRANT_SLEUTEL', 'GATEWAY_CHECKPOINT_SLEUTEL', 'GATEWAY_GRANT_PUBLIEKE_SLEUTEL'].sort());
  });
});
