import { leesSupergraph, leesVeldkaart } from '@netwerkdossier/gateway';
import { CATEGORIEEN, demoHuishouden, DemoHuishouden, GRANT_HEADER, GRAPHQL_PAD, laadBeleid, PROFESSIONALS, STANDAARD_POLICIES, SUBGRAPHS, tekenGrant } from '@netwerkdossier/shared';
import { ouderPersona } from '@netwerkdossier/tools';
import { buildSchema, getNamedType, GraphQLObjectType, isEnumType, isLeafType, isObjectType } from 'graphql';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 12;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const veldkaart = leesVeldkaart(leesSupergraph());
const schema = buildSchema(leesSupergraph(), { assumeValidSDL: true });
const ONDERWERPEN = new Set(['Huishouden', 'Persoon']);
const ANONIMISEERBAAR = new Set(['String', 'Int', 'Float', 'Boolean']);

/** One field of the household view, with what decides it. */
interface Knoop {
  veld: string;
  /** A carrier of parts attributed to persons: shown where any member may see it (shared/src/betreft.ts). */
  drager: boolean;
  /** An own list (betreft.ts): the caller's own records, and another's only where it may be shown; the others left out. */
  eigenLijst: boolean;
  categorie: string;
  partner: string;
  blad: boolean;
  anonimiseerbaar: boolean;
  kinderen: Knoop[];
  /** A reference to another household or person inside a record: only its pseudonym is asked. */
  verwijzing: boolean;
  /** What the field says depends on who asks (whether they may revoke), not on the dossier: its value is not compared. */
  vragerafhankelijk: boolean;
}

/** Fields whose value is about the caller, not the dossier: the partner's answer to this test's own grant differs. */
const VRAGERAFHANKELIJK = new Set(['Toestemming.magIntrekken']);

const ontoegankelijk = (n: { astNode?: { directives?: ReadonlyArray<{ name: { value: string } }> } | null }) => (n.astNode?.directives ?? []).some((d) => d.name.value === 'inaccessible');

/** Every field of the view a client can ask for under `type`, for `partner` only when given. */
function knopen(type: GraphQLObjectType, partner?: string): Knoop[] {
  return Object.values(type.getFields()).filter((v) => !ontoegankelijk(v) && v.args.every((a) => a.type.toString().slice(-1) !== '!')).flatMap((v) => {
    const info = veldkaart.get(`${type.name}.${v.name}`)!;
    const eigenaar = info.partners.length > 1 ? 'netwerk' : info.partners[0];
    if (partner && !info.partners.some((p) => p === partner)) return [];
    const doel = getNamedType(v.type);
    // the members are the one way down from the household; every other household or person is a reference
    const verwijzing = isObjectType(doel) && ONDERWERPEN.has(doel.name) && `${type.name}.${v.name}` !== 'Huishouden.leden';
    const kinderen = isObjectType(doel) && !verwijzing ? knopen(doel, doel.name === 'Persoon' ? partner : undefined) : [];
    if (isObjectType(doel) && !verwijzing && kinderen.length === 0) return [];
    return [{ veld: v.name, drager: info.deel === 'drager', eigenLijst: info.eigen === 'lijst', categorie: info.categorie, partner: eigenaar, blad: isLeafType(doel), anonimiseerbaar: ANONIMISEERBAAR.has(doel.name) || isEnumType(doel), kinderen, verwijzing, vragerafhankelijk: VRAGERAFHANKELIJK.has(`${type.name}.${v.name}`) }];
  });
}

function selectie(k: Knoop[]): string {
  return k.map((n) => (n.verwijzing ? `${n.veld} { id }` : n.kinderen.length ? `${n.veld} { ${selectie(n.kinderen)} }` : n.veld)).join(' ');
}

const HUISHOUDEN = knopen(schema.getType('Huishouden') as GraphQLObjectType);
const VIEW = `query ($id: ID!) { huishouden(id: $id) { ${selectie(HUISHOUDEN)} } }`;
const leeg = (w: unknown) => w === null || w === undefined || (Array.isArray(w) && w.length === 0);
const MASKER = (1 << CATEGORIEEN.length) - 1;

type Uitkomst = 'zichtbaar' | 'geanonimiseerd' | 'afgeschermd';
interface Rij { persoon: string | null; categorie: string | null; partner: string | null; uitkomst: Uitkomst; regel: string; reden: string }
type Waarden = Record<string, unknown>;

/**
 * The whole demo world: for every professional persona, every doel the policy lets them use and every
 * household they may ask, what `uitleg` calls visible (or anonymised) is what the household view shows
 * where the household has it, and nothing it calls withheld shows. A category that cannot take effect
 * (a field in a record withheld as a whole) would show here as a visible cell without data.
 */
describe('categorieën die gelden: de uitleg is wat het netwerkdossier toont', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('categorieen-die-gelden', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  /** Everything each partner holds about a household and its members, asked with a grant that allows it all. */
  async function waarheid(h: DemoHuishouden): Promise<{ huishouden: Waarden; personen: Map<string, Waarden> }> {
    const huishouden: Waarden = {};
    const personen = new Map<string, Waarden>(h.leden.map((p) => [p.id, {}]));
    const besluiten = { huishoudens: new Map([[h.id, { zichtbaar: MASKER, geanonimiseerd: 0 }]]), deels: new Map([[h.id, { zichtbaar: MASKER, geanonimiseerd: 0 }]]), personen: new Map(h.leden.map((p) => [p.id, { zichtbaar: MASKER, geanonimiseerd: 0 }])) };
    for (const partner of SUBGRAPHS) {
      const vraag = async (typeNaam: string, ids: string[]) => {
        // a grant is used once
        const velden = selectie(knopen(schema.getType(typeNaam) as GraphQLObjectType, partner).filter((k) => k.veld !== 'leden'));
        const verzoek = { query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typeNaam} { ${velden} } } }`, variables: { r: ids.map((id) => ({ __typename: typeNaam, id })) } };
        const grant = await tekenGrant(netwerk.grantSleutels.prive, { subgraph: partner, verzoek: { pad: GRAPHQL_PAD, body: verzoek }, sub: 'test', organisatie: partner, team: 'test', rol: 'professional', doel: 'gezamenlijk-plan', reikwijdte: [h.id], besluiten });
        const res = await fetch(netwerk.subgraphUrls[partner], { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(verzoek) });
        const body = (await res.json()) as { data?: { _entities: Waarden[] }; errors?: unknown };
        if (body.errors || !body.data) throw new Error(`${partner} gaf geen waarheid: ${JSON.stringify(body.errors)}`);
        return body.data._entities;
      };
      Object.assign(huishouden, (await vraag('Huishouden', [h.id]))[0]);
      (await vraag('Persoon', h.leden.map((p) => p.id))).forEach((p, i) => Object.assign(personen.get(h.leden[i].id)!, p));
    }
    return { huishouden, personen };
  }

  test('voor elke persona, elk doel en elk huishouden', async () => {
    const beleid = await laadBeleid(STANDAARD_POLICIES);
    const waarheden = new Map(await Promise.all(wereld.map(async (h) => [h.id, await waarheid(h)] as const)));
    // every professional (the documented personas among them) and the household member persona
    const ouder = ouderPersona(TEST_SEED, AANTAL).persoonId;
    const personas = [...PROFESSIONALS.map((p) => ({ sub: p.sub, rol: p.rol as string, organisatie: p.organisatie as string | null })), { sub: ouder, rol: 'client', organisatie: null }];
    const gevallen = personas.flatMap((p) => Object.entries(beleid.doelen)
      .filter(([, d]) => d.rollen.includes(p.rol) && (!d.organisaties || d.organisaties.includes(p.organisatie ?? '')))
      .flatMap(([doel]) => wereld.map((h) => ({ persona: p.sub, doel, h }))));
    const fouten: string[] = [];
    let metDossier = 0;
    const tokens = new Map(await Promise.all(personas.map(async (p) => [p.sub, await (p.rol === 'client' ? netwerk.clientToken(p.sub) : netwerk.token(p.sub))] as const)));
    const controleer = async ({ persona, doel, h }: (typeof gevallen)[number]) => {
      const token = tokens.get(persona)!;
      const [uitleg, view] = await Promise.all([
        netwerk.vraag('query ($h: ID!, $d: String!) { uitleg(huishouden: $h, doel: $d) { beslissingen { persoon categorie partner uitkomst regel reden } } }', { token, doel, variables: { h: h.id, d: doel } }),
        netwerk.vraag(VIEW, { token, doel, variables: { id: h.id } }),
      ]);
      const geval = `${persona} (${doel}) over huishouden ${h.index}`;
      if (uitleg.body.errors || view.body.errors) return void fouten.push(`${geval}: fout ${JSON.stringify(uitleg.body.errors ?? view.body.errors)}`);
      const rijen = (uitleg.body.data as { uitleg: { beslissingen: Rij[] } }).uitleg.beslissingen;
      const data = (view.body.data as { huishouden: Waarden | null }).huishouden;
      if (rijen.length === 1) return void (data === null || fouten.push(`${geval}: de uitleg toont niets, het netwerkdossier wel`));
      if (data === null) return void fouten.push(`${geval}: de uitleg toont cellen, het netwerkdossier niets`);
      metDossier++;
      // the uitleg names persons in the registry's order (by pseudonym), the view lists members by birth year
      const uitlegPersonen = [...new Set(rijen.map((r) => r.persoon!))];
      const opId = [...h.leden].sort((a, b) => (a.id < b.id ? -1 : 1));
      const alsUitleg = new Map(opId.map((p, i) => [p.id, uitlegPersonen[i]]));
      // a household member's own household: after the rows per person come those for records about the household as a whole
      const perPersoon = h.leden.length * CATEGORIEEN.length * SUBGRAPHS.length;
      const sleutel = (r: Rij) => `${r.persoon}|${r.categorie}|${r.partner}`;
      const cel = new Map(rijen.slice(0, perPersoon).map((r) => [sleutel(r), r.uitkomst]));
      const celAlsHuishouden = new Map(rijen.slice(perPersoon).map((r) => [sleutel(r), r.uitkomst]));
      // a subject: a person, the household (null), the persons a part names, any member for a carrier, or the caller's own record
      type Onderwerp = string | null | { personen: string[] } | 'ieder' | 'eigen';
      const uitkomst = (onderwerp: Onderwerp, categorie: string, partner: string): Uitkomst => {
        if (onderwerp === 'eigen') return 'zichtbaar';
        const alsHuishouden = onderwerp === null || onderwerp === 'ieder' || typeof onderwerp === 'object';
        const van = (id: string) => {
          const s = `${alsUitleg.get(id)}|${categorie}|${partner}`;
          return (alsHuishouden ? celAlsHuishouden.get(s) ?? cel.get(s) : cel.get(s)) ?? 'afgeschermd';
        };
        const ids = typeof onderwerp === 'string' && onderwerp !== 'ieder' ? [onderwerp] : typeof onderwerp === 'object' && onderwerp ? onderwerp.personen : h.leden.map((p) => p.id);
        const alle = ids.map((id) => (h.leden.some((p) => p.id === id) ? van(id) : 'afgeschermd'));
        if (onderwerp === 'ieder') return alle.some((u) => u === 'zichtbaar') ? 'zichtbaar' : alle.some((u) => u !== 'afgeschermd') ? 'geanonimiseerd' : 'afgeschermd';
        return alle.every((u) => u === 'zichtbaar') ? 'zichtbaar' : alle.every((u) => u !== 'afgeschermd') ? 'geanonimiseerd' : 'afgeschermd';
      };
      const professional = PROFESSIONALS.find((p) => p.sub === persona);
      // the subject of a record below `onderwerp`: a part's persons, or the caller's own betrokkenheid
      const onderwerpVan = (y: Waarden, onderwerp: Onderwerp): Onderwerp => {
        if (professional && y.professional === persona && String(y.organisatie).replace(/_/g, '-') === professional.organisatie) return 'eigen';
        return Array.isArray(y.betreft) && y.betreft.length > 0 && typeof y.betreft[0] === 'string' ? { personen: y.betreft as string[] } : onderwerp;
      };
      const cellen = new Map<string, { uitkomst: Uitkomst; waar: boolean; getoond: boolean }>();
      // `getoond`: whether the record holding these fields is shown; where it is not, its fields still count for their cells
      const loop = (k: Knoop[], gezien: Waarden, waar: Waarden, binnen: Onderwerp, getoond: boolean, pad: string) => {
        const onderwerp = onderwerpVan(waar, binnen);
        for (const n of k) {
          const v = gezien[n.veld];
          const w = waar[n.veld];
          const u = uitkomst(n.drager && onderwerp === null ? 'ieder' : onderwerp, n.categorie, n.partner);
          const hier = `${geval}: ${pad}${n.veld} (${n.categorie}, ${n.partner}, ${u})`;
          if (n.categorie !== 'pseudoniem' && (n.blad || n.verwijzing)) {
            const sleutel = `${typeof onderwerp === 'object' && onderwerp ? onderwerp.personen.join('+') : onderwerp}|${n.categorie}|${n.partner}`;
            const c = cellen.get(sleutel) ?? { uitkomst: u, waar: false, getoond: false };
            c.waar ||= !leeg(w) && (u === 'zichtbaar' || n.anonimiseerbaar);
            c.getoond ||= !leeg(v);
            cellen.set(sleutel, c);
          }
          // an own list is shown for the caller's own records whatever its category's decision: each item is checked below
          if (u === 'afgeschermd' && !leeg(v) && !n.eigenLijst) fouten.push(`${hier}: afgeschermd maar getoond`);
          if (u !== 'afgeschermd' && getoond && !leeg(w) && leeg(v) && (u === 'zichtbaar' || n.anonimiseerbaar)) fouten.push(`${hier}: de partner heeft het, maar het wordt niet getoond`);
          if (u === 'zichtbaar' && n.blad && !n.vragerafhankelijk && n.categorie !== 'pseudoniem' && !leeg(v) && JSON.stringify(v) !== JSON.stringify(w)) fouten.push(`${hier}: ${JSON.stringify(v)} in plaats van ${JSON.stringify(w)}`);
          if (n.blad || n.verwijzing || leeg(w)) continue;
          // an own list shows the caller's own and the others that may be shown, in the partner's order; the rest is left out
          const inLijst = (y: Waarden) => !n.eigenLijst || onderwerpVan(y, onderwerp) === 'eigen' || uitkomst(onderwerpVan(y, onderwerp), n.categorie, n.partner) !== 'afgeschermd';
          const lengte = ((v as Waarden[] | null | undefined) ?? []).length;
          if (Array.isArray(w) && n.eigenLijst && lengte !== (w as Waarden[]).filter(inLijst).length) fouten.push(`${hier}: ${lengte} in de lijst in plaats van ${(w as Waarden[]).filter(inLijst).length}`);
          let getoondIndex = 0;
          const paren: Array<[Waarden | undefined, Waarden]> = Array.isArray(w) ? (w as Waarden[]).map((y) => [inLijst(y) ? (v as Waarden[] | null)?.[getoondIndex++] : undefined, y]) : [[v as Waarden | null ?? undefined, w as Waarden]];
          paren.forEach(([x, y], i) => loop(n.kinderen, x ?? {}, y, onderwerp, getoond && !!x, `${pad}${n.veld}.${Array.isArray(w) ? `${i}.` : ''}`));
        }
      };
      const { huishouden, personen } = waarheden.get(h.id)!;
      loop(HUISHOUDEN.filter((n) => n.veld !== 'leden'), data, huishouden, null, true, '');
      const opLeeftijd = [...h.leden].sort((a, b) => a.geboortejaar - b.geboortejaar || (a.id < b.id ? -1 : 1));
      const leden = data.leden as Waarden[];
      const persoonKnopen = HUISHOUDEN.find((n) => n.veld === 'leden')!.kinderen;
      opLeeftijd.forEach((p, i) => loop(persoonKnopen, leden[i], personen.get(p.id)!, p.id, true, `leden.${i}.`));
      // a cell that may be seen, of data the partner has, shows somewhere: otherwise its category cannot take effect
      for (const [sleutel, c] of cellen) if (c.uitkomst !== 'afgeschermd' && c.waar && !c.getoond) fouten.push(`${geval}: cel ${sleutel} is ${c.uitkomst}, de partner heeft gegevens, maar niets ervan wordt getoond`);
    };
    // a few at a time: the gateway and the subgraphs share the machine with the test
    for (let i = 0; i < gevallen.length; i += 12) await Promise.all(gevallen.slice(i, i + 12).map(controleer));
    expect(fouten.slice(0, 20)).toEqual([]);
    expect(metDossier).toBeGreaterThan(AANTAL);
  }, 300_000);
});
