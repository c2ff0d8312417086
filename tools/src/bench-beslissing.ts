import { performance } from 'node:perf_hooks';

import { ApolloGateway } from '@apollo/gateway';
import { GraphQLSchema, parse } from 'graphql';

import { bereidVoor, beslisHuishouden, Beslissingscontext, CedarBeslisser, controleerResultaat, leesSupergraph, leesVeldkaart } from '@netwerkdossier/gateway';
import { codeerBesluiten, laadBeleid, PARTNER_NAMEN, STANDAARD_POLICIES } from '@netwerkdossier/shared';

const QUERY = parse(/* GraphQL */ `
  query Netwerkdossier($id: ID!) {
    huishouden(id: $id) {
      id adres leden { id rol geboortejaar personalia { voornaam achternaam } gezondheid { notitie } }
      betrokkenheden { organisatie vorm } gezinsplan { doelen { omschrijving } } top3 { veiligheidscijfer zorgen { tekst } }
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
 * `npm run bench:beslissing`: the gateway's policy work for one household view (5 persons × 12
 * categories × 5 partners = 300 decisions; arranging them per subject; pruning and marking a
 * whole-household query; the per-partner grant decisions for four partner fetches; checking the merged
 * result) — first request under a policy version (Cedar evaluates), and warm requests (memoised cells),
 * against a baseline in the same run: cloning the same context. Loading the context over HTTP and
 * signing grants are not policy work and not in these figures.
 */
function huishouden(i: number): Beslissingscontext {
  const id = (n: number) => `00000000-0000-4000-8000-${String(i * 10 + n).padStart(12, '0')}`;
  const volwassenen = [id(1), id(2)];
  return {
    huishoudenId: id(0),
    personen: [
      { id: id(1), geboortejaar: 1985, rol: 'ouder', gezaghebbenden: [], beschermd: false },
      { id: id(2), geboortejaar: 1983, rol: 'partner', gezaghebbenden: [], beschermd: false },
      { id: id(3), geboortejaar: 2012, rol: 'kind', gezaghebbenden: volwassenen, beschermd: false },
      { id: id(4), geboortejaar: 2016, rol: 'kind', gezaghebbenden: volwassenen, beschermd: false },
      { id: id(5), geboortejaar: 2009, rol: 'kind', gezaghebbenden: volwassenen, beschermd: false },
    ],
    betrokkenheden: [{ id: id(8), organisatie: 'veilig-thuis', team: 'RVT Midden', professional: 'rvt-eva', vorm: 'duo', vanaf: '2026-01-01', tot: null, grondslag: null, afweging: null, uitspraakkenmerk: null, bevestigdDoor: null, bevestigdMet: null, bevestigdOp: null }],
    toestemmingen: [id(1), id(2), id(3), id(4), id(5)].map((p) => ({
      id: `${p}-t`, persoonId: p, gegevenDoor: [p, ...volwassenen], ontvangerOrganisatie: 'veilig-thuis', ontvangerTeam: null, ontvangerProfessional: null,
      categorieen: ['hulpverlening', 'gezinssituatie', 'veiligheid'], doel: 'gezamenlijk-plan', geldigVanaf: '2026-01-01', geldigTot: null, ingetrokkenOp: null,
    })),
    doorbraken: [],
  };
}

/** A merged result of the right shape for QUERY, as the subgraphs would return it for this household. */
function resultaat(ctx: Beslissingscontext): Record<string, unknown> {
  return {
    huishouden: {
      _onderwerp: ctx.huishoudenId, id: ctx.huishoudenId, adres: 'Dorpsstraat 1',
      leden: ctx.personen.map((p) => ({ _onderwerp: p.id, id: p.id, rol: p.rol, geboortejaar: p.geboortejaar, personalia: { voornaam: 'A', achternaam: 'B' }, gezondheid: null })),
      betrokkenheden: [{ organisatie: 'veilig-thuis', vorm: 'duo' }], gezinsplan: { doelen: [{ omschrijving: 'x' }] }, top3: [{ veiligheidscijfer: 6, zorgen: [{ tekst: 'x' }] }],
      meldingen: [], maatregelen: [], beschermingsonderzoeken: [],
    },
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
  const handhaven: number[] = [];
  const basis: number[] = [];
  for (let i = 0; i < N; i++) {
    const ctx = huishouden(i);
    const data = resultaat(ctx);
    let t = performance.now();
    structuredClone(ctx);
    basis.push(performance.now() - t);
    t = performance.now();
    const tabel = beslisHuishouden(beleid, beslisser, vrager, 'gezamenlijk-plan', ctx, nu);
    warm.push(performance.now() - t);
    t = performance.now();
    const v = bereidVoor(schema, QUERY, 'Netwerkdossier', [{ pad: 'huishouden', huishoudens: [ctx.huishoudenId] }], [ctx], tabel, veldkaart);
    for (const partner of PARTNER_NAMEN) codeerBesluiten(v.besluiten.voorFetch(partner, [{ __typename: 'Huishouden', id: ctx.huishoudenId }]));
    controleerResultaat(schema, v.document!, data, v.besluiten, veldkaart);
    handhaven.push(performance.now() - t);
  }
  const samen = warm.map((w, i) => w + handhaven[i]);
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  console.log(`beslissingen per huishouden: ${tabel.length} (5 personen × 12 categorieën × 5 partners), beleid ${beleid.versie}`);
  console.log(`Cedar-beleid vertalen en voorbereiden: ${ms(compileren)}`);
  console.log(`eerste huishouden onder deze versie (Cedar evalueert): ${ms(eerste)}`);
  console.log(`warm, ${N} huishoudens: p50 ${ms(percentiel(warm, 50))}, p95 ${ms(percentiel(warm, 95))}, p99 ${ms(percentiel(warm, 99))}`);
  console.log(`handhaven (besluiten per onderwerp, snoeien en markeren, grant-besluiten voor 4 partners, resultaat controleren): p50 ${ms(percentiel(handhaven, 50))}, p95 ${ms(percentiel(handhaven, 95))}`);
  console.log(`alle beleidswerk samen: p50 ${ms(percentiel(samen, 50))}, p95 ${ms(percentiel(samen, 95))}`);
  console.log(`basis (structuredClone van dezelfde context): p50 ${ms(percentiel(basis, 50))}; verhouding p50 beleidswerk/basis: ${(percentiel(samen, 50) / percentiel(basis, 50)).toFixed(1)}×`);
}

void main();
