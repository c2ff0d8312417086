import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { GebruikteGrants1796300000400, gebruikteGrants, grantSleutel, GRAPHQL_PAD, maakGrantSleutelpaar, maakGrantVerifier, metDatabase, openDatabase, startEmbeddedPostgres, tekenGrant, Verzoek, verzoekHash } from '@netwerkdossier/shared';

import { meetWeergave } from './bench-weergave';
import { percentiel } from './bench/meting';

/**
 * `npm run bench:grant`: what binding a grant to its request and keeping it in the service's database add
 * to one grant, measured against the check without them in the same run, interleaved: signing (the
 * gateway, with the request's hash), the hash alone, and the subgraph's check with the process's memory
 * only (the baseline) against the check with the durable memory on an embedded PostgreSQL (fsync and
 * synchronous_commit on; the memory's own connection turns the latter off, and the same insert with it on is
 * measured beside it; or BENCH_DATABASE_URL). Then what the durable memory adds to a whole household view
 * through the gateway (against the process's memory alone, interleaved), and the durable check under
 * concurrency (grouped inserts).
 */
const VRAGER = { sub: 'rvt-eva', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional', doel: 'gezamenlijk-plan' };

/** About what the gateway sends a partner for one household view: an entity fetch for a household and six members. */
function fetchBody(): Verzoek {
  const id = () => randomUUID();
  const query = 'query Huishouden__lokaal_team__1($representations:[_Any!]!){_entities(representations:$representations){...on Persoon{id personalia{voornaam achternaam geboortedatum}contact{telefoon email}}...on Huishouden{adres gezinsplan{vastgesteldOp doelen{omschrijving}}top3{zorgen{tekst} krachten{tekst} veiligheidscijfer}}}}';
  const representations = [{ __typename: 'Huishouden', id: id() }, ...Array.from({ length: 6 }, () => ({ __typename: 'Persoon', id: id() }))];
  return { pad: GRAPHQL_PAD, body: { query, variables: { representations }, operationName: 'Huishouden__lokaal_team__1' } };
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

async function main(): Promise<void> {
  const N = Number(process.argv[2] ?? 1000);
  const GELIJKTIJDIG = Number(process.argv[3] ?? 32);
  const pg = process.env.BENCH_DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'bench-grant-')), port: 54397, tijdelijk: true });
  const dataSource = await openDatabase({ url: metDatabase(process.env.BENCH_DATABASE_URL ?? pg!.adminUrl, `bench_grant_${process.pid}`), entities: [], migrations: [GebruikteGrants1796300000400] });
  const gebruikt = gebruikteGrants(dataSource, 'bench');
  try {
    const sleutels = await maakGrantSleutelpaar();
    const prive = await grantSleutel(sleutels.prive);
    const alleenGeheugen = maakGrantVerifier(sleutels.publiek, 'lokaal-team', async () => true);
    const duurzaam = maakGrantVerifier(sleutels.publiek, 'lokaal-team', gebruikt.eersteGebruik);
    // for comparison: the same insert, committed with synchronous_commit on (waits for the disk)
    const synchroon = maakGrantVerifier(sleutels.publiek, 'lokaal-team', async (jti, exp) => ((await dataSource.query('INSERT INTO gebruikte_grant (jti, exp) VALUES ($1, $2) ON CONFLICT (jti) DO NOTHING RETURNING jti', [jti, exp])) as unknown[]).length === 1);
    const verzoek = fetchBody();
    const teken = () => tekenGrant(prive, { subgraph: 'lokaal-team', verzoek, ...VRAGER });
    const tijden = { tekenen: [] as number[], hash: [] as number[], geheugen: [] as number[], duurzaam: [] as number[], synchroon: [] as number[] };
    const meet = async (lijst: number[], f: () => unknown) => {
      const t = performance.now();
      await f();
      lijst.push(performance.now() - t);
    };
    for (let ronde = 0; ronde < 2; ronde++) {
      for (const lijst of Object.values(tijden)) lijst.length = 0;
      for (let i = 0; i < N; i++) {
        let grant = '';
        await meet(tijden.tekenen, async () => (grant = await teken()));
        await meet(tijden.hash, () => verzoekHash(verzoek));
        await meet(tijden.geheugen, () => alleenGeheugen(grant, verzoek));
        const ander = await teken();
        await meet(tijden.duurzaam, () => duurzaam(ander, verzoek));
        const derde = await teken();
        await meet(tijden.synchroon, () => synchroon(derde, verzoek));
      }
    }
    const p = (l: number[], q: number) => percentiel(l, q);
    console.log(`één grant, ${N} keer na elkaar, afwisselend (na een opwarmronde; PostgreSQL ${pg ? 'embedded' : 'BENCH_DATABASE_URL'}, fsync aan):`);
    console.log(`  gateway: tekenen met de hash van het verzoek  p50 ${ms(p(tijden.tekenen, 50))}, p95 ${ms(p(tijden.tekenen, 95))}`);
    console.log(`  de hash van het verzoek alleen (${JSON.stringify(verzoek.body).length} bytes body)  p50 ${ms(p(tijden.hash, 50))}, p95 ${ms(p(tijden.hash, 95))}`);
    console.log(`  subgraph: controle, gebruik alleen in het geheugen (basis)  p50 ${ms(p(tijden.geheugen, 50))}, p95 ${ms(p(tijden.geheugen, 95))}`);
    console.log(`  subgraph: controle, gebruik ook in de database  p50 ${ms(p(tijden.duurzaam, 50))}, p95 ${ms(p(tijden.duurzaam, 95))}`);
    console.log(`  ter vergelijking: dezelfde insert met synchronous_commit aan  p50 ${ms(p(tijden.synchroon, 50))}, p95 ${ms(p(tijden.synchroon, 95))}`);
    const erbij = p(tijden.duurzaam, 50) - p(tijden.geheugen, 50);
    console.log(`  de database voegt toe: p50 ${ms(erbij)} (verhouding ${(p(tijden.duurzaam, 50) / p(tijden.geheugen, 50)).toFixed(2)}); binding: 2 × hash = ${ms(2 * p(tijden.hash, 50))} per grant`);

    // the headline: what the durable memory adds to a household view end to end (whole network in this process)
    const weergave = await meetWeergave(process.env.BENCH_DATABASE_URL ?? pg!.adminUrl, Math.max(200, Math.floor(N / 2)), false, true, 'gebruikte-grants');
    const [met, zonder] = [percentiel(weergave.met, 50), percentiel(weergave.zonder, 50)];
    console.log(`huishoudweergave door de gateway (rvt-eva, duo, ${weergave.huishoudens} huishoudens om de beurt; alles in één proces), ${weergave.met.length}× met en ${weergave.zonder.length}× zonder, afwisselend:`);
    console.log(`  gebruikte grants in de database (zoals geleverd):  p50 ${ms(met)}, p95 ${ms(percentiel(weergave.met, 95))}, p99 ${ms(percentiel(weergave.met, 99))}`);
    console.log(`  alleen in het geheugen van het proces (basis; de verstrekking zelf wordt ook dan geschreven):     p50 ${ms(zonder)}, p95 ${ms(percentiel(weergave.zonder, 95))}, p99 ${ms(percentiel(weergave.zonder, 99))}`);
    console.log(`  het duurzame geheugen voegt toe: p50 ${ms(met - zonder)} per huishoudweergave (verhouding ${(met / zonder).toFixed(3)})`);

    const latenties: number[] = [];
    let volgende = 0;
    const grants = await Promise.all(Array.from({ length: N * 2 }, () => teken()));
    const start = performance.now();
    await Promise.all(Array.from({ length: GELIJKTIJDIG }, async () => {
      while (volgende < grants.length) await meet(latenties, () => duurzaam(grants[volgende++], verzoek));
    }));
    const duur = (performance.now() - start) / 1000;
    console.log(`onder belasting: ${GELIJKTIJDIG} gelijktijdig, ${latenties.length} grants in ${duur.toFixed(2)} s = ${(latenties.length / duur).toFixed(0)} controles/s; per controle p50 ${ms(percentiel(latenties, 50))}, p95 ${ms(percentiel(latenties, 95))} (gegroepeerde inserts)`);
  } finally {
    await gebruikt.stop();
    await dataSource.destroy();
    await pg?.stop();
  }
}

void main();
