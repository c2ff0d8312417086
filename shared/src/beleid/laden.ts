import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { Categorie, CATEGORIEEN } from '../categorie';
import Ajv, { ErrorObject } from 'ajv';
import { isMap, isScalar, LineCounter, Node, parseDocument } from 'yaml';

import { Beleid, Doel, DoelVorm, Eis, EigenEis, Leeftijdsregel, VORMEN, Vorm } from './beleid';
import { schemamelding, yamlmelding } from './meldingen';
import { eigenWaarde } from './opzoeken';
import { SCHEMAS } from './schema';

/** policies/ of this checkout (or of the image). */
export const STANDAARD_POLICIES = path.resolve(__dirname, '..', '..', '..', 'policies');

/** One thing wrong in a policy file, where a privacy officer can find it. */
export interface Beleidsfout {
  bestand: string;
  regel: number;
  melding: string;
}

export class BeleidOngeldig extends Error {
  constructor(readonly fouten: Beleidsfout[]) {
    super(`Beleid ongeldig:\n${fouten.map((f) => `  ${f.bestand}:${f.regel}: ${f.melding}`).join('\n')}`);
  }
}

const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
const valideren = Object.fromEntries(Object.entries(SCHEMAS).map(([bestand, schema]) => [bestand, ajv.compile(schema)]));

/** The line of the YAML node at a JSON pointer (or of its nearest existing ancestor); a key's own line for unknown names. */
function regelVan(doc: ReturnType<typeof parseDocument>, teller: LineCounter, e: ErrorObject): number {
  const pad = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const { additionalProperty, propertyName } = (e.params ?? {}) as { additionalProperty?: string; propertyName?: string };
  const naam = additionalProperty ?? propertyName;
  for (let n = pad.length; n >= 0; n--) {
    const knoop = doc.getIn(pad.slice(0, n), true) as Node | undefined;
    if (!knoop) continue;
    if (n === pad.length && naam !== undefined && isMap(knoop)) {
      const sleutel = knoop.items.find((i) => isScalar(i.key) && i.key.value === naam)?.key as Node | undefined;
      if (sleutel?.range) return teller.linePos(sleutel.range[0]).line;
    }
    if (knoop.range) return teller.linePos(knoop.range[0]).line;
  }
  return 1;
}

/** Bands must run from 0 to adulthood without gaps or overlap; returns the first band that does not, and why. */
function controleerLeeftijden(regels: Leeftijdsregel[]): { index: number; melding: string } | null {
  let verwacht = 0;
  for (const [i, r] of regels.entries()) {
    if (r.vanaf !== verwacht) {
      const vorige = i === 0 ? 'de eerste groep moet bij 0 jaar beginnen' : `de vorige loopt tot ${verwacht} jaar`;
      const gevolg = r.vanaf > verwacht ? `voor ${verwacht} tot ${r.vanaf} jaar staat nergens wie toestemming geeft` : `voor ${r.vanaf} tot ${verwacht} jaar staan twee groepen`;
      return { index: i, melding: `deze leeftijdsgroep begint bij ${r.vanaf} jaar, maar ${vorige}: ${gevolg}` };
    }
    if (r.tot === undefined) return i === regels.length - 1 ? null : { index: i, melding: 'alleen de laatste leeftijdsgroep kan zonder "tot" (die loopt door tot volwassen)' };
    if (r.tot <= r.vanaf) return { index: i, melding: `"tot" (${r.tot} jaar) moet hoger zijn dan "vanaf" (${r.vanaf} jaar)` };
    verwacht = r.tot;
  }
  return { index: regels.length - 1, melding: 'de laatste leeftijdsgroep moet zonder "tot" eindigen: die loopt door tot volwassen' };
}

/**
 * gezin.yaml against inzage.yaml: an organisation whose access waits until its onderzoek is disclosed
 * to the household shows the household nothing of its dossier either, or the dossier would tell first.
 */
function controleerGezin(w: Record<string, Record<string, unknown>>, regelIn: Record<string, Regelzoeker>): Beleidsfout[] {
  const gezin = w['gezin.yaml']?.gezin as { zichtbaar: Record<string, string[]> } | undefined;
  const inzage = w['inzage.yaml']?.inzage as { uitgesteld: Array<{ organisatie: string }> } | undefined;
  if (!gezin || !inzage) return [];
  return Object.keys(gezin.zichtbaar).filter((o) => inzage.uitgesteld.some((u) => u.organisatie === o)).map((o) => ({
    bestand: 'gezin.yaml',
    regel: regelIn['gezin.yaml'](`/gezin/zichtbaar/${o}`),
    melding: `${o} staat in inzage.yaml bij uitgesteld: een gezinslid zou hier een onderzoek zien voordat het aan het gezin is gemeld`,
  }));
}

type Regelzoeker = (pad: string, naam?: string) => number;

/** The columns eigen-organisatie.yaml must have: every doel of doelen.yaml with each of its vormen. */
function kolommen(doelen: Record<string, Doel>): DoelVorm[] {
  return Object.entries(doelen).flatMap(([doel, d]) => d.vormen.map((v): DoelVorm => `${doel}/${v}`));
}

/**
 * eigen-organisatie.yaml against doelen.yaml: each row names `alle` or exactly the columns `doel/vorm`
 * the doelen allow, so no purpose is left without a rule for the own dossier and none is made up.
 */
function controleerEigen(w: Record<string, Record<string, unknown>>, regelIn: Record<string, Regelzoeker>): Beleidsfout[] {
  const eigen = w['eigen-organisatie.yaml']?.eigen_organisatie as { matrix: Record<string, Record<string, string>> } | undefined;
  const doelen = w['doelen.yaml']?.doelen as Record<string, Doel> | undefined;
  if (!eigen || !doelen) return [];
  const nodig = kolommen(doelen);
  const fouten: Beleidsfout[] = [];
  const fout = (pad: string, melding: string, naam?: string) => fouten.push({ bestand: 'eigen-organisatie.yaml', regel: regelIn['eigen-organisatie.yaml'](pad, naam), melding });
  for (const [categorie, rij] of Object.entries(eigen.matrix)) {
    const pad = `/eigen_organisatie/matrix/${categorie}`;
    const genoemd = Object.keys(rij);
    if (genoemd.includes('alle')) {
      if (genoemd.length > 1) fout(pad, `"alle" geldt al voor elke kolom; laat bij ${categorie} de andere kolommen weg, of noem ze allemaal zonder "alle"`);
      continue;
    }
    for (const k of genoemd.filter((k) => !nodig.includes(k as DoelVorm))) {
      const [doel, vorm] = k.split('/');
      const d = Object.hasOwn(doelen, doel) ? doelen[doel] : undefined;
      const waarom = !d ? `"${doel}" is geen doel uit doelen.yaml` : d.vormen.length ? `bij het doel ${doel} staat in doelen.yaml alleen de vorm ${d.vormen.join(', ')}, niet ${vorm ?? '(geen vorm)'}` : `het doel ${doel} heeft geen vorm van betrokkenheid en geeft geen dossierinhoud`;
      fout(pad, `onbekende kolom "${k}": ${waarom}; kolommen zijn ${nodig.join(', ')}`, k);
    }
    for (const k of nodig.filter((k) => !genoemd.includes(k))) fout(pad, `"${k}" ontbreekt bij ${categorie}: zeg voor elk doel en elke vorm wat uit het eigen dossier te zien is`);
  }
  return fouten;
}

/**
 * A cell that opens without consent or a ground of the caller's own rests on the law the owning partner
 * shares on: the reason a professional reads must say which law, and `gedeeld_door` which partner shares
 * it (only that partner's records open so, and a household's mijnDeling names it), so the file requires both.
 */
function controleerBetrokkenheid(w: Record<string, Record<string, unknown>>, regelIn: Record<string, Regelzoeker>): Beleidsfout[] {
  const deelmatrix = w['deelmatrix.yaml'] as { matrix: Record<string, Record<string, string>>; redenen?: Record<string, string>; gedeeld_door?: Record<string, string[]> } | undefined;
  if (!deelmatrix) return [];
  const fout = (c: string, melding: string): Beleidsfout => ({ bestand: 'deelmatrix.yaml', regel: regelIn['deelmatrix.yaml'](`/matrix/${c}`), melding });
  const opBetrokkenheid = Object.entries(deelmatrix.matrix).filter(([, rij]) => Object.values(rij).includes('betrokkenheid')).map(([c]) => c);
  return [
    ...opBetrokkenheid.filter((c) => !deelmatrix.redenen?.[c]).map((c) => fout(c, `${c} gaat met de eis betrokkenheid open zonder toestemming: zet onder redenen bij ${c} op grond van welke wet de organisatie dit deelt`)),
    ...opBetrokkenheid.filter((c) => !deelmatrix.gedeeld_door?.[c]).map((c) => fout(c, `${c} gaat met de eis betrokkenheid open zonder toestemming: zet onder gedeeld_door bij ${c} welke organisatie dit op grond van de wet deelt`)),
    ...Object.keys(deelmatrix.gedeeld_door ?? {}).filter((c) => !opBetrokkenheid.includes(c)).map((c) => ({ bestand: 'deelmatrix.yaml', regel: regelIn['deelmatrix.yaml'](`/gedeeld_door/${c}`), melding: `${c} staat onder gedeeld_door, maar geen vorm deelt ${c} met de eis betrokkenheid` })),
  ];
}

/**
 * Reads and validates every policy file in `map`. Throws BeleidOngeldig with every error (file,
 * line, what is wrong); the version is a hash over all files, so any change gives a new one.
 */
export async function laadBeleid(map: string): Promise<Beleid> {
  const namen = (await readdir(map)).filter((b) => b.endsWith('.yaml'));
  return beleidUitBestanden(Object.fromEntries(await Promise.all(namen.map(async (b) => [b, await readFile(path.join(map, b), 'utf8')]))));
}

/** Validates policy files given as file name → text, exactly as laadBeleid does with a folder. */
export function beleidUitBestanden(bestanden: Record<string, string>): Beleid {
  const fouten: Beleidsfout[] = [];
  const waarden: Record<string, Record<string, unknown>> = {};
  const regelIn: Record<string, Regelzoeker> = {};
  const hash = createHash('sha256');
  for (const bestand of Object.keys(bestanden).sort()) if (!eigenWaarde(SCHEMAS, bestand)) fouten.push({ bestand, regel: 1, melding: `onbekend beleidsbestand; verwacht: ${Object.keys(SCHEMAS).join(', ')}` });
  for (const bestand of Object.keys(SCHEMAS).sort()) {
    const tekst = bestanden[bestand];
    if (tekst === undefined) {
      fouten.push({ bestand, regel: 1, melding: 'bestand ontbreekt' });
      continue;
    }
    hash.update(`${bestand}\u0000${tekst}\u0000`);
    const teller = new LineCounter();
    const doc = parseDocument(tekst, { lineCounter: teller, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length) {
      for (const f of doc.errors) fouten.push({ bestand, regel: teller.linePos(f.pos[0]).line, melding: yamlmelding(f) });
      continue;
    }
    const waarde = doc.toJS() as Record<string, unknown>;
    regelIn[bestand] = (pad, naam) => regelVan(doc, teller, { instancePath: pad, params: { propertyName: naam } } as unknown as ErrorObject);
    if (!valideren[bestand](waarde)) {
      for (const e of valideren[bestand].errors!.filter((e) => e.keyword !== 'if' && e.keyword !== 'const')) fouten.push({ bestand, regel: regelVan(doc, teller, e), melding: schemamelding(e) });
      continue;
    }
    if (bestand === 'leeftijden.yaml') {
      const regels = (waarde.toestemming as Leeftijdsregel[]).map((r) => ({ ...r, vanaf: r.vanaf ?? 0 }));
      const fout = controleerLeeftijden(regels);
      if (fout) fouten.push({ bestand, regel: regelIn[bestand](`/toestemming/${fout.index}`), melding: fout.melding });
      waarde.toestemming = regels;
    }
    if (bestand === 'bewaartermijnen.yaml') {
      const t = (waarde.bewaartermijnen as Beleid['bewaartermijnen']).toegangslog;
      for (const soort of ['registratie', 'beleid'] as const) {
        if (t[soort] < t.inzien) fouten.push({ bestand, regel: regelIn[bestand](`/bewaartermijnen/toegangslog/${soort}`), melding: `${soort} (${t[soort]} maanden) is de grondslag van raadplegingen en moet minstens zo lang bewaard worden als inzien (${t.inzien} maanden)` });
      }
    }
    waarden[bestand] = waarde;
  }
  fouten.push(...controleerGezin(waarden, regelIn), ...controleerEigen(waarden, regelIn), ...controleerBetrokkenheid(waarden, regelIn));
  if (fouten.length) throw new BeleidOngeldig(fouten);
  return samenstellen(waarden, `sha256:${hash.digest('hex').slice(0, 16)}`, Object.fromEntries(Object.keys(SCHEMAS).sort().map((b) => [b, bestanden[b]])));
}

function samenstellen(w: Record<string, Record<string, unknown>>, versie: string, bestanden: Record<string, string>): Beleid {
  const ruw = w['deelmatrix.yaml'].matrix as Record<Categorie, Partial<Record<Vorm | 'alle', Eis>>>;
  const matrix = Object.fromEntries(
    CATEGORIEEN.map((c) => [c, Object.fromEntries(VORMEN.map((v) => [v, ruw[c].alle ?? ruw[c][v]!]))]),
  ) as Beleid['matrix'];
  const eigen = w['eigen-organisatie.yaml'].eigen_organisatie as { matrix: Record<Categorie, Record<string, EigenEis>>; redenen?: Beleid['eigen']['redenen'] };
  const doelen = w['doelen.yaml'].doelen as Beleid['doelen'];
  const eigenMatrix = Object.fromEntries(
    CATEGORIEEN.map((c) => [c, Object.fromEntries(kolommen(doelen).map((k) => [k, eigen.matrix[c].alle ?? eigen.matrix[c][k]]))]),
  ) as Beleid['eigen']['matrix'];
  const d = (w['doorbraak.yaml'].doorbraak as { maximale_duur_uren: number; minimale_lengte_reden: number; nooit_voor: Categorie[] });
  return {
    versie,
    bestanden,
    matrix,
    redenen: (w['deelmatrix.yaml'].redenen ?? {}) as Beleid['redenen'],
    gedeeldDoor: (w['deelmatrix.yaml'].gedeeld_door ?? {}) as Beleid['gedeeldDoor'],
    bronnen: (w['deelmatrix.yaml'].bronnen ?? {}) as Beleid['bronnen'],
    eigen: { matrix: eigenMatrix, redenen: eigen.redenen ?? {} },
    leeftijden: w['leeftijden.yaml'].toestemming as Leeftijdsregel[],
    doelen,
    uitzonderingen: w['uitzonderingen.yaml'].uitzonderingen as Beleid['uitzonderingen'],
    doorbraak: { maximaleDuurUren: d.maximale_duur_uren, minimaleLengteReden: d.minimale_lengte_reden, nooitVoor: d.nooit_voor },
    bewaartermijnen: w['bewaartermijnen.yaml'].bewaartermijnen as Beleid['bewaartermijnen'],
    // eigen_kind and naam_professional came after the first stored versions: absent, they open nothing
    gezin: (({ zichtbaar, reden, eigen_kind }) => ({ zichtbaar, reden, eigenKind: eigen_kind?.zichtbaar ?? {} }))(w['gezin.yaml'].gezin as Omit<Beleid['gezin'], 'eigenKind'> & { eigen_kind?: { zichtbaar: Beleid['gezin']['eigenKind'] } }),
    inzage: (({ door_gezag_tot, uitgesteld, naam_professional }) => ({ doorGezagTot: door_gezag_tot, uitgesteld, naamProfessional: naam_professional ?? [] }))(w['inzage.yaml'].inzage as { door_gezag_tot: number; uitgesteld: Beleid['inzage']['uitgesteld']; naam_professional?: Vorm[] }),
  };
}
