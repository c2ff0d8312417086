import { performance } from 'node:perf_hooks';

import { ApolloGateway } from '@apollo/gateway';
import { GraphQLSchema, parse } from 'graphql';

import { laadBeleid, STANDAARD_POLICIES } from '@netwerkdossier/shared';
import { beslisHuishouden, Beslissingscontext, CedarBeslisser } from '../beslissing';
import { leesVeldkaart, snoei } from '../handhaving';
import { leesSupergraph } from '../supergraph';

const QUERY = parse(/* GraphQL */ `
  query Netwerkdossier($id: ID!) {
    huishouden(id: $id) {
      id adres leden { id rol geboortejaar personalia { voornaam achternaam } gezondheid { notitie } }
      betrokkenheden { organisatie vorm } gezinsplan { doelen { omschrijving } } top3 { veiligheidscijfer zorgen }
      meldingen { aard melder { naam } } maatregelen { soort } beschermingsonderzoeken { status }
    }
  }
`);

async function apiSchema(sdl: string): Promise<GraphQLSchema> {
  const gateway = new ApolloGateway({ supergraphSdl: sdl });
  let schema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => (schema = apiSchema));
  await gateway.load();
  await gateway.stop();
  return schema!;
}

/**
 * `npm run bench:beslissing`: policy work for one household view (5 persons × 12 categories × 5
 * partners = 300 decisions, then pruning a whole-household query) — first request under a policy
 * version (Cedar evaluates), and warm requests (memoised cells), against a baseline in the same run:
 * cloning the same context.
 */
function huishouden(i: number): Beslissingscontext {
  const id = (n: number) => `00000000-0000-4000-8000-${String(i * 10 + n).padStart(12, '0')}`;
  const volwassenen = [id(1), id(2)];
  return {
    huishoudenId: id(0),
    personen: [
      { id: id(1), geboortejaar: 1985, rol: 'ouder', gezaghebbenden: [] },
      { id: id(2), geboortejaar: 1983, rol: 'partner', gezaghebbenden: [] },
      { id: id(3), geboortejaar: 2012, rol: 'kind', gezaghebbenden: volwassenen },
      { id: id(4), geboortejaar: 2016, rol: 'kind', gezaghebbenden: volwassenen },
      { id: id(5), geboortejaar: 2009, rol: 'kind', gezaghebbenden: volwassenen },
    ],
    betrokkenheden: [{ organisatie: 'veilig-thuis', team: 'RVT Midden', professional: 'rvt-eva', vorm: 'duo', vanaf: '2026-01-01', tot: null, grondslag: null, afweging: null, uitspraakkenmerk: null }],
    toestemmingen: [id(1), id(2), id(3), id(4), id(5)].map((p) => ({
      persoonId: p, gegevenDoor: [p, ...volwassenen], ontvangerOrganisatie: 'veilig-thuis', ontvangerTeam: null, ontvangerProfessional: null,
      categorieen: ['hulpverlening', 'gezinssituatie', 'veiligheid'], doel: 'gezamenlijk-plan', geldigVanaf: '2026-01-01', geldigTot: null, ingetrokkenOp: null,
    })),
    doorbraken: [],
  };
}

function percentiel(waarden: number[], p: number): number {
  const s = [...waarden].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function main(): Promise<void> {
  const beleid = await laadBeleid(STANDAARD_POLICIES);
  const vrager = { sub: 'rvt-eva', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional' };
  const nu = new Date('2026-11-23T12:00:00Z');
  const N = Number(process.argv[2] ?? 2000);

  const t0 = performance.now();
  const beslisser = new CedarBeslisser(beleid);
  const compileren = performance.now() - t0;
  const t1 = performance.now();
  const tabel = beslisHuishouden(beleid, beslisser, vrager, 'gezamenlijk-plan', huishouden(0), nu);
  const eerste = performance.now() - t1;

  const sdl = leesSupergraph();
  const schema = await apiSchema(sdl);
  const veldkaart = leesVeldkaart(sdl);
  const warm: number[] = [];
  const snoeien: number[] = [];
  const basis: number[] = [];
  for (let i = 0; i < N; i++) {
    const ctx = huishouden(i);
    let t = performance.now();
    structuredClone(ctx);
    basis.push(performance.now() - t);
    t = performance.now();
    const tabel = beslisHuishouden(beleid, beslisser, vrager, 'gezamenlijk-plan', ctx, nu);
    warm.push(performance.now() - t);
    t = performance.now();
    const geweigerd = new Set(tabel.filter((b) => b.uitkomst !== 'zichtbaar').map((b) => `${b.partner}|${b.categorie}`));
    snoei(schema, QUERY, (c) => !!veldkaart.get(c) && veldkaart.get(c)!.partners.every((p) => !geweigerd.has(`${p}|${veldkaart.get(c)!.categorie}`)));
    snoeien.push(performance.now() - t);
  }
  const samen = warm.map((w, i) => w + snoeien[i]);
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  console.log(`beslissingen per huishouden: ${tabel.length} (5 personen × 12 categorieën × 5 partners), beleid ${beleid.versie}`);
  console.log(`Cedar-beleid vertalen en voorbereiden: ${ms(compileren)}`);
  console.log(`eerste huishouden onder deze versie (Cedar evalueert): ${ms(eerste)}`);
  console.log(`warm, ${N} huishoudens: p50 ${ms(percentiel(warm, 50))}, p95 ${ms(percentiel(warm, 95))}, p99 ${ms(percentiel(warm, 99))}`);
  console.log(`snoeien van een netwerkdossier-query: p50 ${ms(percentiel(snoeien, 50))}, p95 ${ms(percentiel(snoeien, 95))}`);
  console.log(`beslissen + snoeien samen: p50 ${ms(percentiel(samen, 50))}, p95 ${ms(percentiel(samen, 95))}`);
  console.log(`basis (structuredClone van dezelfde context): p50 ${ms(percentiel(basis, 50))}; verhouding p50 (beslissen + snoeien)/basis: ${(percentiel(samen, 50) / percentiel(basis, 50)).toFixed(1)}×`);
}

void main();
