import { DATA_MAP, DEMO_AANTAL, DEMO_SEED, leesAdressen } from './omgeving';
import { ouderPersona } from './personas';
import { laadOfMaakSleutels, tokenVoorClient, tokenVoorProfessional } from './uitgever';

/** `npm run token -- <persona>`: prints a one-hour token from the local issuer of a running `npm start`. */
async function main(): Promise<void> {
  const persona = process.argv[2];
  if (!persona) {
    console.error('gebruik: npm run token -- <persona>   (bijvoorbeeld lt-fatima, vt-daan, gi-sanne, raad-joris, rvt-eva, rvt-pieter, fg-ingrid, ouder)');
    process.exit(2);
  }
  const { uitgeverBase } = await leesAdressen();
  const opties = { uitgeverBase, sleutels: await laadOfMaakSleutels(DATA_MAP) };
  const token = persona === 'ouder' ? await tokenVoorClient(ouderPersona(DEMO_SEED, DEMO_AANTAL).persoonId, opties) : await tokenVoorProfessional(persona, opties);
  console.log(token);
}

main().catch((fout: unknown) => {
  console.error(fout instanceof Error ? fout.message : fout);
  process.exit(1);
});
