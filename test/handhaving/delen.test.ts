import { Besluiten, bit, BUITEN_BEELD, CATEGORIEEN, DEMO_PEILJAAR, demoHuishouden, GRANT_HEADER, GRAPHQL_PAD, SUBGRAPHS, tekenGrant } from '@netwerkdossier/shared';
import { buildSchema, parse } from 'graphql';
import { Client } from 'pg';

import { BUITEN_HUISHOUDEN, toestemmingOntbreekt } from '../../gateway/src/beslissing/reden';
import type { Persoonsbeslissing } from '../../gateway/src/beslissing/uitkomst';
import { Besluitenset } from '../../gateway/src/handhaving/besluitenset';
import { controleerResultaat, voegOnderwerpToe } from '../../gateway/src/handhaving/controle';
import { leesVeldkaart } from '../../gateway/src/handhaving/veldkaart';
import { leesSupergraph } from '../../gateway/src/supergraph';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 27;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const volwassen = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar >= 18;
// a duo household of rvt-eva in which one adult did not consent and another did
const huishouden = uitDeTestwereld(wereld.find((h) => {
  const ingestemd = new Set(h.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));
  return h.betrokkenheden.some((b) => b.professional === 'rvt-eva' && b.vorm === 'duo')
    && h.leden.filter(volwassen).some((p) => !ingestemd.has(p.id)) && h.leden.filter(volwassen).some((p) => ingestemd.has(p.id));
}), 'duo-huishouden van rvt-eva met één volwassene die weigert en één die instemt');
const ingestemd = new Set(huishouden.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));
const weigeraar = huishouden.leden.find((p) => volwassen(p) && !ingestemd.has(p.id))!;
const instemmer = huishouden.leden.find((p) => volwassen(p) && ingestemd.has(p.id))!;

interface Doel { omschrijving: string | null; betreft: string[] }
interface Afgeschermd { pad: string; persoon: string | null; reden: string; regel: string }
const ALLES = (1 << CATEGORIEEN.length) - 1;
const PSEUDONIEM = { zichtbaar: bit('pseudoniem'), geanonimiseerd: 0 };
const HULP = { zichtbaar: bit('pseudoniem') | bit('hulpverlening'), geanonimiseerd: 0 };
const DOELEN = /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Huishouden { gezinsplan { doelen { omschrijving betreft } } } } }`;

/** Parts attributed to persons: a refusal hides that person's parts, not the plan; in each layer. */
describe('delen van een huishoudensrecord, per persoon beslist', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('delen', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  /** The lokaal team's subgraph asked directly, with a grant the test signs (the gateway's key). */
  const subgraph = async (besluiten: Besluiten, query = DOELEN): Promise<{ gezinsplan: { doelen: Doel[] } | null }> => {
    const body = { query, variables: { r: [{ __typename: 'Huishouden', id: huishouden.id }] } };
    const grant = await tekenGrant(netwerk.grantSleutels.prive, { subgraph: 'lokaal-team', verzoek: { pad: GRAPHQL_PAD, body }, sub: 'rvt-eva', organisatie: 'veilig-thuis', team: 'rvt', rol: 'professional', doel: 'gezamenlijk-plan', reikwijdte: [huishouden.id], besluiten });
    const res = await fetch(netwerk.subgraphUrls['lokaal-team'], { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(body) });
    const antwoord = (await res.json()) as { data: { _entities: Array<{ gezinsplan: { doelen: Doel[] } | null }> }; errors?: unknown };
    expect(antwoord.errors).toBeUndefined();
    return antwoord.data._entities[0];
  };
  const allen = new Map(huishouden.leden.map((p) => [p.id, { zichtbaar: ALLES, geanonimiseerd: 0 }]));
  let waarheid: Doel[];

  beforeAll(async () => {
    waarheid = (await subgraph({ huishoudens: new Map([[huishouden.id, { zichtbaar: ALLES, geanonimiseerd: 0 }]]), personen: allen, deels: new Map([[huishouden.id, HULP]]) })).gezinsplan!.doelen;
    // what the tests below compare with: a doel about the one who refused and one about the one who consented
    // alone; without both, their loops would check nothing (a precondition of the demo world, not a test)
    uitDeTestwereld(waarheid.find((d) => d.betreft.includes(weigeraar.id)), 'doel over de weigeraar in het gezinsplan');
    uitDeTestwereld(waarheid.find((d) => d.betreft.length === 1 && d.betreft[0] === instemmer.id), 'doel over alleen de instemmer in het gezinsplan');
  });

  test('de subgraph: een deel alleen waar de grant het voor ieder die het betreft toestaat; zonder besluit voor de drager geen plan', async () => {
    const personen = new Map(huishouden.leden.map((p) => [p.id, p.id === weigeraar.id ? PSEUDONIEM : HULP]));
    const basis = { huishoudens: new Map([[huishouden.id, PSEUDONIEM]]), personen, deels: new Map([[huishouden.id, HULP]]) };
    const doelen = (await subgraph(basis)).gezinsplan!.doelen;
    expect(doelen).toHaveLength(waarheid.length);
    for (const [i, d] of waarheid.entries()) {
      const mag = d.betreft.length > 0 && !d.betreft.includes(weigeraar.id);
      expect(doelen[i].omschrijving).toBe(mag ? d.omschrijving : null);
    }
    // a grant that lacks the person a part concerns: that part too is withheld (fail closed); the instemmer's
    // own doel was visible above
    const zonderInstemmer = new Map([...personen].filter(([id]) => id !== instemmer.id));
    const zonder = (await subgraph({ ...basis, personen: zonderInstemmer })).gezinsplan!.doelen;
    expect(zonder.map((d, i) => (waarheid[i].betreft.includes(instemmer.id) ? d.omschrijving : 'niet over de instemmer'))).toEqual(waarheid.map((d) => (d.betreft.includes(instemmer.id) ? null : 'niet over de instemmer')));
    // a grant without the carriers' decision (an older gateway): the plan stays closed
    expect((await subgraph({ huishoudens: basis.huishoudens, personen })).gezinsplan).toBeNull();
  });

  test('via de gateway: de delen over de anderen zichtbaar, die over de weigeraar afgeschermd met een reden per deel', async () => {
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { gezinsplan { vastgesteldOp doelen { omschrijving betreft } } } }', { token: await netwerk.token('rvt-eva'), variables: { id: huishouden.id } });
    expect(antwoord.body.errors).toBeUndefined();
    const plan = (antwoord.body.data as { huishouden: { gezinsplan: { vastgesteldOp: string | null; doelen: Doel[] } } }).huishouden.gezinsplan;
    const items = antwoord.body.extensions?.afgeschermd as Afgeschermd[];
    // the plan as a whole concerns the refusing adult too: its date is withheld (not even asked for), its parts decide for themselves
    expect(plan.vastgesteldOp).toBeUndefined();
    expect(items.filter((a) => a.pad === 'huishouden.gezinsplan.vastgesteldOp').map((a) => a.persoon)).toContain(weigeraar.id);
    expect(plan.doelen).toHaveLength(waarheid.length);
    let zichtbaar = 0;
    let afgeschermd = 0;
    for (const [i, d] of waarheid.entries()) {
      const eigen = items.filter((a) => a.pad === `huishouden.gezinsplan.doelen.${i}.omschrijving`);
      if (d.betreft.length === 1 && d.betreft[0] === instemmer.id) {
        expect(plan.doelen[i]).toEqual({ omschrijving: d.omschrijving, betreft: d.betreft });
        expect(eigen).toEqual([]);
        zichtbaar++;
      }
      if (d.betreft.includes(weigeraar.id)) {
        expect(plan.doelen[i].omschrijving).toBeNull();
        // withheld for the one it concerns, and only for them; the reason names no role the caller may not see
        expect(eigen).toEqual([expect.objectContaining({ persoon: weigeraar.id, regel: 'matrix/hulpverlening/duo', reden: 'Toestemming ontbreekt.' })]);
        afgeschermd++;
      }
    }
    expect({ zichtbaar: zichtbaar > 0, afgeschermd: afgeschermd > 0 }).toEqual({ zichtbaar: true, afgeschermd: true });
  });

  test('de eigen betrokkenheid is altijd te zien; die van anderen in dit huishouden niet, ook hun aantal niet: één reden voor de lijst', async () => {
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { betrokkenheden { professional vorm } } }', { token: await netwerk.token('rvt-eva'), variables: { id: huishouden.id } });
    expect(antwoord.body.errors).toBeUndefined();
    const betrokkenheden = (antwoord.body.data as { huishouden: { betrokkenheden: Array<{ professional: string | null; vorm: string | null }> } }).huishouden.betrokkenheden;
    expect(huishouden.betrokkenheden.length).toBeGreaterThan(1);
    expect(betrokkenheden).toEqual([{ professional: 'rvt-eva', vorm: 'duo' }]);
    // the household's betrokkenheden concern the refusing adult too: withheld for the list, naming whose consent is missing, not per item
    const items = (antwoord.body.extensions?.afgeschermd as Afgeschermd[]).filter((a) => a.pad.startsWith('huishouden.betrokkenheden'));
    expect(items.map((a) => a.pad)).toEqual(items.map(() => 'huishouden.betrokkenheden'));
    expect(items).toContainEqual(expect.objectContaining({ persoon: weigeraar.id, regel: 'matrix/grondslag/duo', reden: 'Toestemming ontbreekt.' }));
    expect(items.map((a) => a.persoon)).not.toContain(instemmer.id);
  });

  test('een doel over iemand buiten het huishouden: de partner noemt hem niet, de gateway schermt het af met een reden die niet zegt wie', async () => {
    // someone of another household of the same world: a real pseudonym and name that must not show up here
    const buiten = wereld.find((h) => h.id !== huishouden.id)!.leden[0];
    const lokaal = uitDeTestwereld(huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team' && b.vorm === 'duo'), 'het lokaal team in het duo');
    const i = waarheid.findIndex((d) => d.betreft.length === 1 && d.betreft[0] === instemmer.id);
    const db = new Client({ connectionString: netwerk.databaseUrls['lokaal-team'] });
    await db.connect();
    const doelen = 'SELECT d.id, d.betreft FROM gezinsdoel d JOIN gezinsplan p ON p.id = d.gezinsplan_id JOIN dossier x ON x.id = p.dossier_id WHERE x.huishouden_id = $1 ORDER BY d.id OFFSET $2 LIMIT 1';
    const { rows: [rij] } = await db.query<{ id: number; betreft: string[] }>(doelen, [huishouden.id, i]);
    expect(rij.betreft).toEqual([instemmer.id]);
    await db.query('UPDATE gezinsdoel SET betreft = $2 WHERE id = $1', [rij.id, [buiten.id]]);
    try {
      // the partner: its stand-in, not the outsider's pseudonym, nor an empty list (that reads as about the whole household)
      const direct = await subgraph({ huishoudens: new Map([[huishouden.id, { zichtbaar: ALLES, geanonimiseerd: 0 }]]), personen: allen, deels: new Map([[huishouden.id, HULP]]) });
      expect(direct.gezinsplan!.doelen[i]).toEqual({ omschrijving: null, betreft: [BUITEN_BEELD] });
      // the lokaal team sees the whole plan (its own dossier): the doel would read as withheld without a reason;
      // rvt-eva not (the refusing adult): the reason would be the refusal, not what withholds it
      for (const [sub, planZichtbaar] of [[lokaal.professional, true], ['rvt-eva', false]] as const) {
        const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id } gezinsplan { vastgesteldOp doelen { omschrijving behaald eigenaar streefdatum betreft } } } }', { token: await netwerk.token(sub), variables: { id: huishouden.id } });
        expect(antwoord.body.errors).toBeUndefined();
        const plan = (antwoord.body.data as { huishouden: { gezinsplan: { vastgesteldOp: string | null; doelen: Array<Record<string, unknown>> } } }).huishouden.gezinsplan;
        expect([sub, typeof plan.vastgesteldOp === 'string']).toEqual([sub, planZichtbaar]);
        expect(plan.doelen[i]).toEqual({ omschrijving: null, behaald: null, eigenaar: null, streefdatum: null, betreft: [] });
        const items = (antwoord.body.extensions?.afgeschermd as Afgeschermd[]).filter((a) => a.pad.startsWith(`huishouden.gezinsplan.doelen.${i}.`));
        expect(items.map((a) => a.pad).sort()).toEqual(['behaald', 'betreft', 'eigenaar', 'omschrijving', 'streefdatum'].map((v) => `huishouden.gezinsplan.doelen.${i}.${v}`));
        for (const a of items) expect(a).toEqual({ pad: a.pad, persoon: null, categorie: a.pad.endsWith('betreft') ? 'pseudoniem' : 'hulpverlening', partner: 'lokaal-team', reden: BUITEN_HUISHOUDEN, regel: 'betreft' });
        // nothing of the outsider anywhere in the answer: not their pseudonym, not their name, not the partner's stand-in
        const tekst = JSON.stringify(antwoord.body);
        for (const spoor of [buiten.id, `${buiten.voornaam} ${buiten.achternaam}`, BUITEN_BEELD]) expect([sub, tekst.includes(spoor)]).toEqual([sub, false]);
        // where the plan may be seen, the other doelen as they were
        if (planZichtbaar) expect(plan.doelen.filter((_, j) => j !== i).map((d) => d.omschrijving)).toEqual(waarheid.filter((_, j) => j !== i).map((d) => d.omschrijving));
      }
    } finally {
      await db.query('UPDATE gezinsdoel SET betreft = $2 WHERE id = $1', [rij.id, rij.betreft]);
      await db.end();
    }
  });

  test('een doel over een gezinslid van wie bij deze partner niets te zien is: de partner noemt het lid, de gateway geeft de reden van dat lid', async () => {
    // the gateway's decisions for rvt-eva: the refusing adult may be shown nothing at all at the lokaal team (not even
    // their pseudonym), the others everything. No policy of today's decides so (pseudonyms are `altijd`), so the
    // decisions are made here; the rest is the real chain: the grant the gateway signs from them, the partner, the result check
    const reden = toestemmingOntbreekt([{ wie: 'zelf', rol: weigeraar.rol, leeftijd: null }], true);
    const tabel: Persoonsbeslissing[] = huishouden.leden.flatMap((p) => CATEGORIEEN.flatMap((categorie) => SUBGRAPHS.map((partner) => {
      const niets = p.id === weigeraar.id && partner === 'lokaal-team';
      return { persoonId: p.id, categorie, partner, grondslag: [], uitkomst: niets ? 'afgeschermd' as const : 'zichtbaar' as const, regel: niets ? 'matrix/test/duo' : 'test/zichtbaar', reden: niets ? reden : 'Mag.' };
    })));
    const personen = huishouden.leden.map((p) => ({ id: p.id, geboortejaar: p.geboortejaar, rol: p.rol, gezaghebbenden: [], beschermd: false }));
    const besluitenset = new Besluitenset([{ huishoudenId: huishouden.id, personen, betrokkenheden: [], toestemmingen: [], doorbraken: [] }], tabel);
    const supergraph = leesSupergraph();
    const client = `query { huishouden(id: "${huishouden.id}") { gezinsplan { doelen { omschrijving betreft } } } }`;
    // as the gateway asks it: with `_betreft` on every part
    const { gezinsplan } = await subgraph(besluitenset.voorFetch('lokaal-team', [{ __typename: 'Huishouden', id: huishouden.id }]),
      DOELEN.replace('omschrijving betreft', 'omschrijving betreft _betreft: betreft'));
    const doelen = gezinsplan!.doelen as Array<Doel & { _betreft: string[] }>;
    const overWeigeraar = [...waarheid.entries()].filter(([, d]) => d.betreft.includes(weigeraar.id)).map(([i]) => i);
    expect(overWeigeraar.length).toBeGreaterThan(0);
    // the partner: the member is no outsider; it names them, withholds the doel
    for (const i of overWeigeraar) expect(doelen[i]).toEqual({ omschrijving: null, betreft: waarheid[i].betreft, _betreft: waarheid[i].betreft });
    const data = { huishouden: { _onderwerp: huishouden.id, gezinsplan: { doelen } } };
    const controle = controleerResultaat(buildSchema(supergraph, { assumeValidSDL: true }), voegOnderwerpToe(buildSchema(supergraph, { assumeValidSDL: true }), parse(client)), data, besluitenset, leesVeldkaart(supergraph));
    // the gateway: withheld, their pseudonym too, each with their own reason, naming their role; nothing about an outsider
    expect(controle.overtredingen).toEqual([]);
    for (const i of overWeigeraar) {
      expect(data.huishouden.gezinsplan.doelen[i]).toEqual({ omschrijving: null, betreft: [] });
      const items = controle.afgeschermd.filter((a) => a.pad.startsWith(`huishouden.gezinsplan.doelen.${i}.`));
      expect(items).toEqual(['omschrijving', 'betreft'].map((v) => ({ pad: `huishouden.gezinsplan.doelen.${i}.${v}`, persoon: weigeraar.id, categorie: v === 'betreft' ? 'pseudoniem' : 'hulpverlening', partner: 'lokaal-team', reden, regel: 'matrix/test/duo' })));
    }
    expect(reden).not.toBe('Toestemming ontbreekt.');
    expect(controle.afgeschermd.map((a) => a.reden)).not.toContain(BUITEN_HUISHOUDEN);
  });

  test('de laatste controle: een deel over de weigeraar dat een partner toch teruggeeft, houdt de gateway tegen', async () => {
    const token = await netwerk.token('rvt-eva');
    netwerk.vervals('lokaal-team', (antwoord) => antwoord.replace(/"omschrijving":null/g, '"omschrijving":"Vervalst"'));
    let antwoord;
    try {
      antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { gezinsplan { doelen { omschrijving } } } }', { token, variables: { id: huishouden.id } });
    } finally {
      netwerk.vervals('lokaal-team', null);
    }
    expect(antwoord.body.errors).toBeUndefined();
    expect(JSON.stringify(antwoord.body.data)).not.toContain('Vervalst');
    const items = antwoord.body.extensions?.afgeschermd as Afgeschermd[];
    const overWeigeraar = [...waarheid.entries()].filter(([, d]) => d.betreft.includes(weigeraar.id)).map(([i]) => `huishouden.gezinsplan.doelen.${i}.omschrijving`);
    expect(overWeigeraar.length).toBeGreaterThan(0);
    for (const pad of overWeigeraar) expect(items).toContainEqual(expect.objectContaining({ pad, persoon: weigeraar.id }));
  });
});
