import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { JWK } from 'jose';

import { DATA_MAP, DEMO_AANTAL, DEMO_SEED } from './omgeving';
import { rapport, toetsPartner, vindNaam } from './partner-toets';

const GEBRUIK = `gebruik: npm run partner:toets -- <url> [--naam <partner>] [--seed <demo-seed>] [--aantal <huishoudens>] [--sleutel <bestand>] [--replica <url>]
  url       het GraphQL-adres van de partner, bijvoorbeeld http://127.0.0.1:4004/
  --naam    de naam van de partner (audience van zijn grants); zonder: de kit vraagt het hem
  --seed    de demowereld waarmee de partner gevuld is (standaard DEMO_SEED of ${DEMO_SEED})
  --aantal  hoeveel huishoudens die wereld heeft (standaard DEMO_AANTAL of ${DEMO_AANTAL})
  --sleutel bestand met de private grantsleutel van de gateway (JWK, of {"prive": JWK});
            standaard GATEWAY_GRANT_SLEUTEL, anders die van \`npm start\` (${path.join(DATA_MAP, 'grant-sleutel.json')})
  --replica een tweede adres van dezelfde partner op dezelfde database (een tweede proces, of een replica):
            een grant die bij de een gebruikt is, moet de ander weigeren (eis 1.13; zonder: niet getoetst)`;

/** The gateway's private grant key: --sleutel, else GATEWAY_GRANT_SLEUTEL, else the one `npm start` made. */
function leesSleutel(bestand: string | undefined): JWK {
  const standaard = path.join(DATA_MAP, 'grant-sleutel.json');
  const tekst = bestand ? readFileSync(bestand, 'utf8') : (process.env.GATEWAY_GRANT_SLEUTEL ?? (existsSync(standaard) ? readFileSync(standaard, 'utf8') : undefined));
  if (!tekst) throw new Error(`geen grantsleutel: geef --sleutel, zet GATEWAY_GRANT_SLEUTEL of start eerst \`npm start\` (die maakt ${standaard})`);
  const json = JSON.parse(tekst) as JWK & { prive?: JWK };
  const jwk = json.prive ?? json;
  if (jwk.kty !== 'EC' || typeof jwk.d !== 'string') throw new Error('de grantsleutel moet een private EC-sleutel (P-256) als JWK zijn');
  return jwk;
}

/**
 * `npm run partner:toets -- <url>`: the conformance kit against one partner subgraph, in whatever language
 * it is written, over HTTP only. Exit 0 when every requirement is met, 1 when one is not (or could not be
 * tested), 2 when the kit could not run.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { naam: { type: 'string' }, seed: { type: 'string' }, aantal: { type: 'string' }, sleutel: { type: 'string' }, replica: { type: 'string' } } });
  const url = positionals[0];
  const aantal = Number(values.aantal ?? DEMO_AANTAL);
  if (!url || positionals.length > 1 || !Number.isInteger(aantal) || aantal < 1) {
    console.error(GEBRUIK);
    process.exitCode = 2;
    return;
  }
  const sleutel = leesSleutel(values.sleutel);
  const naam = values.naam ?? (await vindNaam(url, sleutel));
  const uitslagen = await toetsPartner({ url, naam, sleutel, seed: values.seed ?? DEMO_SEED, aantal, replica: values.replica });
  console.log(rapport(naam, url, uitslagen));
  process.exitCode = uitslagen.every((u) => u.status === 'geslaagd') ? 0 : 1;
}

main().catch((fout: unknown) => {
  console.error(`De conformiteitstoets kon niet draaien: ${fout instanceof Error ? fout.message : String(fout)}`);
  process.exitCode = 2;
});
