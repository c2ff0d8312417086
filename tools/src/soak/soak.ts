import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { demoHuishouden, laadBeleid, maakCheckpointSleutelpaar, maakGrantSleutelpaar, metDatabase, PostgresServer, ServiceNaam, STANDAARD_POLICIES, startEmbeddedPostgres, SUBGRAPHS } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { vrijePoort } from '../bench/kind';
import { werklasten } from '../bench/werklasten';
import { zaaiDemowereld } from '../bench/zaai';
import { laadOfMaakSleutels, startDevUitgever, tokenVoorProfessional } from '../uitgever';
import { controleerKeten, controleerToegangslog, controleerVerstrekkingen, openToegangslog } from './audit';
import { controleerGeheugen } from './geheugen';
import { Processen } from './processen';
import { DUOPARTNER, Intrekking, registreer, trekIn, Toestemmingen } from './toestemmingen';
import { Controle, controleerIntrekkingen, controleerUitkomsten, uitkomst } from './uitkomsten';
import { Antwoord, rijd, verkeersmix } from './verkeer';

const SEED = 'netwerkdossier-demo';
const PARTNERS: ServiceNaam[] = SUBGRAPHS.filter((n) => n !== 'netwerk');

interface Opties { minuten: number; huishoudens: number; verbindingen: number; uitvalElke: number; uitvalDuur: number; intrekkingElke: number }

function leesOpties(argv: string[]): Opties {
  const waarde = (naam: string, standaard: number) => {
    const i = argv.indexOf(`--${naam}`);
    return i >= 0 ? Number(argv[i + 1]) : standaard;
  };
  const o = { minuten: waarde('minuten', 10), huishoudens: waarde('huishoudens', 200), verbindingen: waarde('verbindingen', 4), uitvalElke: waarde('uitval-elke', 60), uitvalDuur: waarde('uitval-duur', 15), intrekkingElke: waarde('intrekking-elke', 45) };
  if (!Object.values(o).every((x) => Number.isFinite(x) && x > 0) || o.minuten > 120 || o.uitvalDuur >= o.uitvalElke) {
    throw new Error('Gebruik: npm run soak -- [--minuten 10 (hoogstens 120)] [--huishoudens 200] [--verbindingen 4] [--uitval-elke 60] [--uitval-duur 15 (korter dan uitval-elke)] [--intrekking-elke 45] (seconden)');
  }
  return o;
}

/** DATABASE_URL, if given, must be on this machine: the soak runs on loopback only. */
function lokaal(url: string): string {
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) throw new Error(`DATABASE_URL moet op deze machine staan (127.0.0.1, localhost of ::1), niet ${new URL(url).hostname}`);
  return url;
}

const wacht = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const s = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

/**
 * `npm run soak -- --minuten N`: the network as separate processes on demo data under mixed traffic for
 * N minutes, while partners are killed (SIGKILL) and restarted in turn and consents are revoked and
 * registered; then the checks (docs/beheer.md, "Soak"). Exit 0 when every check passed, 1 when one failed (or the
 * run could not be done), 2 when it overran its time limit.
 */
async function main(): Promise<number> {
  const opties = leesOpties(process.argv.slice(2));
  const duur = opties.minuten * 60_000;
  // bounded even if something hangs: setup and checks get at most fifteen minutes besides the traffic
  setTimeout(() => {
    console.error('soak: tijdslimiet overschreden, gestopt');
    process.exit(2);
  }, duur + 15 * 60_000).unref();
  process.env.NETWERK_BSN_SLEUTEL ??= 'soak-sleutel-'.padEnd(48, 'x');
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const extern = process.env.DATABASE_URL && lokaal(process.env.DATABASE_URL);
  let pg: PostgresServer | undefined;
  const sleutels = await laadOfMaakSleutels(mkdtempSync(path.join(os.tmpdir(), 'soak-sleutels-')));
  const grantSleutels = await maakGrantSleutelpaar();
  const checkpointSleutels = await maakCheckpointSleutelpaar();
  const uitgever = await startDevUitgever(sleutels, '127.0.0.1', 0);
  let processen: Processen | undefined;
  let adminUrl = '';
  const databaseUrls = {} as Record<ServiceNaam, string>;
  try {
    pg = extern ? undefined : await startEmbeddedPostgres({ dataDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'soak-pg-')), 'pg'), port: await vrijePoort(), tijdelijk: true });
    adminUrl = extern || pg!.adminUrl;
    for (const naam of SUBGRAPHS) databaseUrls[naam] = metDatabase(adminUrl, `soak_${process.pid}_${naam.replace('-', '_')}`);
    console.log(`# npm run soak — Node ${process.version}${process.execArgv.length ? ` ${process.execArgv.join(' ')}` : ''}, ${opties.minuten} min, ${opties.huishoudens} huishoudens, ${opties.verbindingen} verbindingen; uitval elke ${opties.uitvalElke} s voor ${opties.uitvalDuur} s, intrekking elke ${opties.intrekkingElke} s`);
    await zaaiDemowereld(databaseUrls, sleutels, grantSleutels, SEED, opties.huishoudens);
    processen = new Processen(databaseUrls, grantSleutels, checkpointSleutels.prive);
    await processen.start(uitgever.uitgevers);
    const p = processen;
    const beleid = await laadBeleid(STANDAARD_POLICIES);
    const wereld = Array.from({ length: opties.huishoudens }, (_, i) => demoHuishouden(SEED, i));
    const lasten = werklasten(wereld);
    const subs = [...new Set([...lasten.map((w) => w.sub), 'lt-fatima', DUOPARTNER])];
    const tokens = Object.fromEntries(await Promise.all(subs.map(async (sub) => [sub, await tokenVoorProfessional(sub, { uitgeverBase: uitgever.url, sleutels })])));
    const antwoorden: Antwoord[] = [];
    const bewaar = (a: Antwoord) => void antwoorden.push(a);
    const t: Toestemmingen = { gatewayUrl: p.gatewayUrl, netwerkUrl: p.subgraphUrl('netwerk'), netwerkDatabaseUrl: databaseUrls.netwerk, grantSleutel: grantSleutels.prive, beleid, token: tokens[DUOPARTNER], bewaar };
    const duo = new Set(lasten.filter((w) => w.naam.startsWith('duo')).flatMap((w) => w.huishoudens));
    const kandidaten = wereld.filter((h) => duo.has(h.id));
    const registraties = [...kandidaten].reverse();

    const begin = Date.now();
    const einde = begin + duur;
    const klaar = () => Date.now() >= einde;
    const meetElke = Math.min(5000, Math.max(1000, duur / 200));
    const meting = setInterval(() => p.meetGeheugen(), meetElke);
    const voortgang = setInterval(() => {
      const telling = new Map<string, number>();
      for (const a of antwoorden) {
        const u = uitkomst(a, p.uitval);
        const naam = u.ontworpen ? u.naam.replace(/: .*/, '') : `NIET ONTWORPEN ${u.naam}`;
        telling.set(naam, (telling.get(naam) ?? 0) + 1);
      }
      console.log(`[${s(Date.now() - begin)}] ${antwoorden.length} verzoeken; ${[...telling].map(([k, n]) => `${k} ${n}`).join(', ')}; RSS MiB: ${p.laatsteRss()}`);
    }, 30_000);
    const intrekkingen: Intrekking[] = [];
    const uitval = (async () => {
      for (let i = 0; ; i++) {
        const start = begin + (i + 1) * opties.uitvalElke * 1000;
        if (start + (opties.uitvalDuur + 5) * 1000 > einde) return;
        await wacht(start - Date.now());
        const naam = PARTNERS[i % PARTNERS.length];
        const u = await p.dood(naam);
        console.log(`[${s(Date.now() - begin)}] ${naam} gedood (SIGKILL)`);
        await wacht(opties.uitvalDuur * 1000);
        await p.herstart(u);
        console.log(`[${s(Date.now() - begin)}] ${naam} herstart, luistert weer na ${s(u.tot - u.van)}`);
      }
    })();
    const toestemming = (async () => {
      for (let i = 1; begin + i * opties.intrekkingElke * 1000 < einde - 5000; i++) {
        await wacht(begin + i * opties.intrekkingElke * 1000 - Date.now());
        const ingetrokken = await trekIn(t, kandidaten);
        if (ingetrokken) intrekkingen.push(ingetrokken);
        const h = registraties.shift();
        const geregistreerd = h && (await registreer(t, h));
        console.log(`[${s(Date.now() - begin)}] ${ingetrokken ? `toestemming(en) van ${ingetrokken.persoon} ingetrokken; beleid daarna: ${ingetrokken.oordeel}` : 'geen toestemming ingetrokken'}; ${geregistreerd ? `registratie: ${geregistreerd.fout ?? 'vastgelegd'}` : 'geen registratie'}`);
      }
    })();
    await Promise.all([rijd(p.gatewayUrl, tokens, verkeersmix(lasten), opties.verbindingen, klaar, bewaar), uitval, toestemming]);
    clearInterval(meting);
    clearInterval(voortgang);
    console.log(`\nverkeer gestopt na ${s(Date.now() - begin)}: ${antwoorden.length} verzoeken (${(antwoorden.length / ((Date.now() - begin) / 1000)).toFixed(1)} per s)`);

    const netwerk = await openToegangslog(databaseUrls.netwerk);
    const controles: Controle[] = [];
    try {
      controles.push(
        controleerUitkomsten(antwoorden, p.uitval),
        controleerIntrekkingen(intrekkingen, antwoorden),
        await controleerToegangslog(netwerk, antwoorden),
        await controleerKeten(netwerk, [checkpointSleutels.publiek], beleid),
        await controleerVerstrekkingen(netwerk, databaseUrls),
        controleerGeheugen(p.geheugen, Math.min(60_000, duur / 3)),
      );
    } finally {
      await netwerk.destroy();
    }
    console.log('\n## Controles');
    for (const c of controles) {
      console.log(`${c.geslaagd ? 'GESLAAGD' : 'MISLUKT '}  ${c.naam}`);
      for (const r of c.regels) console.log(`          ${r}`);
    }
    const mislukt = controles.filter((c) => !c.geslaagd).length;
    console.log(mislukt ? `\nsoak: ${mislukt} van ${controles.length} controles MISLUKT` : `\nsoak: alle ${controles.length} controles geslaagd`);
    return mislukt;
  } finally {
    await processen?.stop();
    await uitgever.stop();
    if (extern) await ruimOp(adminUrl, databaseUrls);
    await pg?.stop();
  }
}

/** Drops the soak's databases from an external server. */
async function ruimOp(adminUrl: string, databaseUrls: Record<ServiceNaam, string>): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  for (const url of Object.values(databaseUrls)) await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  await admin.end();
}

main().then((mislukt) => process.exit(mislukt ? 1 : 0), (fout: unknown) => {
  console.error(fout instanceof Error ? fout.stack : fout);
  process.exit(1);
});
