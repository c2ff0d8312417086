import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { beslisHuishouden, Beslissingscontext, CedarBeslisser, Vrager } from '@netwerkdossier/gateway';
import { Beleid, Categorie, laadBeleid, STANDAARD_POLICIES, SUBGRAPHS_MAP } from '@netwerkdossier/shared';
import { parse } from 'yaml';

/**
 * The privacy officer's readable cases in policies/gevallen/, and those a partner brings in its own folder
 * (subgraphs/<naam>/gevallen/) to show what happens to its data; each checked against the policy.
 */
const MAPPEN = [path.join(STANDAARD_POLICIES, 'gevallen'), ...readdirSync(SUBGRAPHS_MAP).sort().map((naam) => path.join(SUBGRAPHS_MAP, naam, 'gevallen')).filter((map) => existsSync(map))];
const WORTEL = path.resolve(STANDAARD_POLICIES, '..');

interface Verwachting { persoon: string; categorie: Categorie; partner: string; niveau?: 'huishouden'; uitkomst: string; reden?: string }
interface Vraag { vrager: Vrager; doel: string; verwacht?: Verwachting[]; doel_geweigerd?: string }
interface Geval extends Partial<Vraag> {
  omschrijving: string;
  peildatum: string;
  personen: Record<string, { geboortejaar: number; rol: string; gezag?: string[] }>;
  betrokkenheden?: Array<{ professional: string; organisatie: string; team: string; vorm: string; vanaf: string; tot?: string; grondslag?: string; afweging?: string; uitspraakkenmerk?: string; bevestigd_door?: string | null }>;
  toestemmingen?: Array<{ persoon: string; gegeven_door: string[]; ontvanger: string; team?: string; professional?: string; categorieen: string[]; doel: string; vanaf: string; tot?: string; ingetrokken?: string }>;
  doorbraken?: Array<{ personen: string[]; categorieen: string[]; professional: string; organisatie: string; eindigt_op: string }>;
  vragers?: Vraag[];
}

// by their path from the repository's root, so a failing case names its folder
const bestanden = MAPPEN.flatMap((map) => readdirSync(map).filter((b) => b.endsWith('.yaml')).sort().map((b) => path.relative(WORTEL, path.join(map, b))));

function context(geval: Geval, bestand: string): { ctx: Beslissingscontext; id: (naam: string) => string } {
  const namen = Object.keys(geval.personen);
  const id = (naam: string) => {
    const i = namen.indexOf(naam);
    if (i < 0) throw new Error(`${bestand}: onbekende persoon "${naam}" (bekend: ${namen.join(', ')})`);
    return `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
  };
  return {
    id,
    ctx: {
      huishoudenId: '00000000-0000-4000-8000-999999999999',
      personen: namen.map((naam) => ({ id: id(naam), geboortejaar: geval.personen[naam].geboortejaar, rol: geval.personen[naam].rol, gezaghebbenden: (geval.personen[naam].gezag ?? []).map(id), beschermd: false })),
      // confirmed by the organisation's own dossier unless the case says otherwise (`bevestigd_door: ~`: not yet)
      betrokkenheden: (geval.betrokkenheden ?? []).map(({ bevestigd_door: bevestigdDoor, ...b }, i) => {
        const door = bevestigdDoor === undefined ? `dossier:${b.organisatie}` : bevestigdDoor;
        return {
          ...b, id: `betrokkenheid-${i + 1}`, tot: b.tot ?? null, grondslag: b.grondslag ?? null, afweging: b.afweging ?? null, uitspraakkenmerk: b.uitspraakkenmerk ?? null,
          bevestigdDoor: door, bevestigdMet: door && 'kenmerk', bevestigdOp: door && b.vanaf,
        };
      }),
      toestemmingen: (geval.toestemmingen ?? []).map((t, i) => ({
        id: `toestemming-${i + 1}`,
        persoonId: id(t.persoon),
        gegevenDoor: t.gegeven_door.map(id),
        ontvangerOrganisatie: t.ontvanger,
        ontvangerTeam: t.team ?? null,
        ontvangerProfessional: t.professional ?? null,
        categorieen: t.categorieen,
        doel: t.doel,
        geldigVanaf: t.vanaf,
        geldigTot: t.tot ?? null,
        ingetrokkenOp: t.ingetrokken ?? null,
      })),
      doorbraken: (geval.doorbraken ?? []).map((d, i) => ({ ...d, id: `doorbraak-${i + 1}`, personen: d.personen.map(id), eindigtOp: new Date(d.eindigt_op).toISOString() })),
    },
  };
}

describe('gevallen uit policies/gevallen en uit de mappen van de partners', () => {
  let beleid: Beleid;
  let beslisser: CedarBeslisser;
  beforeAll(async () => {
    beleid = await laadBeleid(STANDAARD_POLICIES);
    beslisser = new CedarBeslisser(beleid);
  });

  test('er zijn gevallen', () => {
    expect(bestanden.length).toBeGreaterThanOrEqual(5);
  });

  test.each(bestanden)('%s', (bestand) => {
    const geval = parse(readFileSync(path.join(WORTEL, bestand), 'utf8')) as Geval;
    const { ctx, id } = context(geval, bestand);
    const vragen: Vraag[] = geval.vragers ?? [{ vrager: geval.vrager!, doel: geval.doel!, verwacht: geval.verwacht, doel_geweigerd: geval.doel_geweigerd }];
    for (const vraag of vragen) {
      // a household member asks as themselves: their `sub` is their name in the case
      const vrager: Vrager = vraag.vrager.rol === 'client' ? { sub: id(vraag.vrager.sub), organisatie: null, team: null, rol: 'client' } : vraag.vrager;
      const beslis = () => beslisHuishouden(beleid, beslisser, vrager, vraag.doel, ctx, new Date(`${geval.peildatum}T12:00:00Z`));
      if (vraag.doel_geweigerd) {
        expect(beslis).toThrow(`Doel geweigerd: ${vraag.doel_geweigerd}`);
        continue;
      }
      const tabel = beslis();
      const gevonden = vraag.verwacht!.map((v) => {
        // a household member's own household has a second row per cell: records about the household as a whole
        const b = tabel.find((x) => x.persoonId === id(v.persoon) && x.categorie === v.categorie && x.partner === v.partner && x.niveau === v.niveau);
        return { persoon: v.persoon, categorie: v.categorie, partner: v.partner, ...(v.niveau ? { niveau: v.niveau } : {}), uitkomst: b?.uitkomst, ...(v.reden ? { reden: b?.reden } : {}) };
      });
      expect({ vrager: vraag.vrager.sub, gevonden }).toEqual({ vrager: vraag.vrager.sub, gevonden: vraag.verwacht });
    }
  });
});
