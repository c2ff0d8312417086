import { Beleid, BeleidBron, beleidUitBestanden, BeleidOngeldig, betrokkenOrganisaties, bewijsHash, BewijsOngeldig, Categorie, controleerPseudoniem, inhoudHash, leesBewijs, PROFESSIONALS, tekenBesluit, tekenVoorstel } from '@netwerkdossier/shared';
import express from 'express';
import { GraphQLError } from 'graphql';
import { JWK } from 'jose';

import { BELEID_INTERN } from './beleid/volgen';
import { berekenImpact } from './beleid/impact';
import { vergelijkHuishouden } from './beleid/vergelijking';
import { metVelden, pasToe, Veldfout, waardenVan, Wijziging } from './beleid/wijzigingen';
import { beleidsverschillen } from './beleidsverschillen';
import { Identiteit } from './identiteit';
import { postMetGrant } from './netwerk';
import { Toegangslogschrijver } from './toegangslog';

/** The signed-in identity of a web request; otherwise a 401 has been sent and undefined is returned. */
export type Aangemeld = (req: express.Request, res: express.Response) => Promise<Identiteit | undefined>;

/** Where the policy's versions are kept (netwerk) and what the gateway needs to ask for them. */
export interface Beleidsregister {
  netwerkUrl: string;
  grantSleutel: JWK;
  /** Per category, the organisations holding its data (houdersPerCategorie). */
  houders: Record<Categorie, string[]>;
  /** The same with the register (netwerk) itself: where data of each category exists, for the simulator's comparison. */
  houdersMetRegister: Record<Categorie, string[]>;
  /** Where an impact calculation (which reads the registry for every persona) is recorded. */
  toegangslog: Toegangslogschrijver;
}

// a policy file is a few kB; a proposal of every file fits many times over
const LIMIET_KB = 200;
// a reason someone else can weigh: a sentence, not a word
const KORTSTE_REDEN = 10;

/** Only the privacy officer passes; anyone else gets a 401 or 403 with `fout`. */
function alleenPrivacyfunctionaris(aangemeld: Aangemeld, fout: string): express.RequestHandler {
  return async (req, res, volgende) => {
    const identiteit = await aangemeld(req, res);
    if (!identiteit) return;
    if (identiteit.rol !== 'privacyfunctionaris') return void res.status(403).json({ fout });
    res.locals.identiteit = identiteit;
    volgende();
  };
}

/** A JSON body of at most LIMIET_KB; a body too large or not JSON is refused in words. */
function jsonBody(): express.RequestHandler {
  const parser = express.json({ limit: `${LIMIET_KB}kb` });
  return (req, res, volgende) => parser(req, res, (fout?: unknown) => {
    if (!fout) return volgende();
    const teGroot = (fout as { type?: string }).type === 'entity.too.large';
    res.status(teGroot ? 413 : 400).json({ fout: teGroot ? `Het voorstel is te groot (hoogstens ${LIMIET_KB} kB)` : 'Het verzoek is geen geldige JSON' });
  });
}

const isWaarde = (w: unknown) => w === null || typeof w === 'string' || (typeof w === 'number' && Number.isFinite(w)) || (Array.isArray(w) && w.every((x) => typeof x === 'string'));

/**
 * The proposed texts of a request body: `bestanden` (texts of some files) and/or `wijzigingen` (the form's
 * fields), applied to the texts in force; or why they cannot be checked.
 */
function voorstel(body: unknown, inWerking: Record<string, string>): { bestanden: Record<string, string>; velden: Map<string, string> } | string {
  const { bestanden = {}, wijzigingen = [] } = (body ?? {}) as { bestanden?: unknown; wijzigingen?: unknown };
  const bekend = Object.keys(inWerking);
  if (typeof bestanden !== 'object' || bestanden === null || Array.isArray(bestanden)) return 'Stuur de voorgestelde tekst van beleidsbestanden mee in "bestanden"';
  if (!Array.isArray(wijzigingen) || !wijzigingen.every((w: Wijziging) => typeof w?.bestand === 'string' && Array.isArray(w.pad) && w.pad.length > 0 && w.pad.length <= 6 && w.pad.every((d) => typeof d === 'string' || Number.isInteger(d)) && isWaarde(w.waarde))) {
    return 'Elke wijziging noemt een bestand, een pad en een waarde';
  }
  if (Object.keys(bestanden).length === 0 && wijzigingen.length === 0) return 'Wijzig minstens één regel, in het formulier of in een beleidsbestand';
  const onbekend = [...Object.keys(bestanden), ...wijzigingen.map((w: Wijziging) => w.bestand)].filter((b) => !bekend.includes(b));
  if (onbekend.length) return `Onbekend beleidsbestand: ${[...new Set(onbekend)].join(', ')}; kies uit ${bekend.join(', ')}`;
  const geenTekst = Object.entries(bestanden).filter(([, t]) => typeof t !== 'string').map(([b]) => b);
  if (geenTekst.length) return `De inhoud van ${geenTekst.join(', ')} moet tekst zijn`;
  return pasToe({ ...inWerking, ...(bestanden as Record<string, string>) }, wijzigingen as Wijziging[]);
}

/** The reason in a body, or the error at its field. */
function reden(body: unknown): string | { fout: string; veld: 'reden' } {
  const tekst = (body as { reden?: unknown } | undefined)?.reden;
  if (typeof tekst !== 'string' || tekst.trim().length < KORTSTE_REDEN) return { fout: `Schrijf een reden van minstens ${KORTSTE_REDEN} tekens: een ander moet haar kunnen wegen`, veld: 'reden' };
  return tekst.trim();
}

/** The moment a proposal asks to be in force from (absent: as soon as it is approved), or the error at its field. */
function gewenstVanaf(body: unknown): string | null | { fout: string; veld: 'gewenstVanaf' } {
  const waarde = (body as { gewenstVanaf?: unknown } | undefined)?.gewenstVanaf;
  if (waarde === undefined || waarde === null || waarde === '') return null;
  if (typeof waarde !== 'string' || Number.isNaN(Date.parse(waarde))) return { fout: 'Geef een datum en tijd, of laat het leeg: dan geldt het zodra het is goedgekeurd', veld: 'gewenstVanaf' };
  return new Date(waarde).toISOString();
}

/** The checked policy, or its errors with file and line (and the form's field, where it changed that line). */
function controleer(bestanden: Record<string, string>, velden = new Map<string, string>()): { beleid: Beleid } | { fouten: Veldfout[] } {
  try {
    return { beleid: beleidUitBestanden(bestanden) };
  } catch (fout) {
    if (!(fout instanceof BeleidOngeldig)) throw fout;
    return { fouten: metVelden(fout.fouten, velden) };
  }
}

/**
 * The privacy officer's view and governance of the policy. Reading: `GET /beleid/bestanden` (the texts in force,
 * and their values for the form), `POST /beleid/controle` {bestanden?, wijzigingen?} (would these texts or form fields, replacing those in force, be a valid policy, what
 * would change, whose say it needs: the start-up validation, nothing changes). With the register (netwerk):
 * `GET /beleid/versies` (the history), `GET /beleid/verschil?van=&naar=` (two versions compared in words),
 * `GET /beleid/voorstellen/:nr/impact`, `GET /beleid/voorstellen/:nr/vergelijking?persona=&huishouden=&doel=` (one household
 * under the version in force and under the proposal, cell by cell), `POST /beleid/voorstellen` {bestanden?, wijzigingen?, reden, gewenstVanaf?}, `POST /beleid/voorstellen/:nr/goedkeuren` and
 * `/afwijzen` {reden}, and `POST /beleid/terugdraaien` {naar, reden} (a proposal equal to an older version).
 * netwerk holds the rules (four eyes, each organisation's say), computes itself whose say a proposal needs (the
 * gateway's list is its preview, and netwerk refuses a proposal whose list differs) and records every step in the toegangslog.
 */
export function beleidRoutes(app: express.Express, aangemeld: Aangemeld, beleid: BeleidBron, register?: Beleidsregister): void {
  const fg = alleenPrivacyfunctionaris(aangemeld, 'Het beleid is in te zien en te wijzigen door de privacyfunctionaris');
  app.get('/beleid/bestanden', fg, (_req, res) => {
    const { versie, bestanden } = beleid.huidig;
    res.json({ versie, volgnummer: beleid.volgnummer, bestanden, waarden: waardenVan(bestanden) });
  });
  app.post('/beleid/controle', alleenPrivacyfunctionaris(aangemeld, 'Een beleidswijziging controleren kan alleen de privacyfunctionaris'), jsonBody(), (req, res) => {
    const huidig = beleid.huidig;
    const gevraagd = voorstel(req.body, huidig.bestanden);
    if (typeof gevraagd === 'string') return void res.status(400).json({ fout: gevraagd });
    const uitslag = controleer(gevraagd.bestanden, gevraagd.velden);
    if ('fouten' in uitslag) return void res.json({ geldig: false, fouten: uitslag.fouten });
    const organisaties = register ? betrokkenOrganisaties(huidig, uitslag.beleid, register.houders) : [];
    res.json({ geldig: true, versie: uitslag.beleid.versie, verschillen: beleidsverschillen(huidig, uitslag.beleid), organisaties });
  });
  if (!register) return;

  /** Asks netwerk on behalf of the signed-in privacy officer and passes its answer (status and body) on. */
  const vraag = async (res: express.Response, pad: string, body: unknown) => {
    const { sub, organisatie, team, rol } = res.locals.identiteit as Identiteit;
    return postMetGrant(register.netwerkUrl, { pad, body }, register.grantSleutel, { subgraph: 'netwerk', sub, organisatie, team, rol, doel: 'toezicht', intern: BELEID_INTERN });
  };
  const doorgeven = async (res: express.Response, pad: string, body: unknown) => {
    const antwoord = await vraag(res, pad, body).catch(() => ({ status: 503, body: { fout: 'Het beleidsregister (netwerk) is nu niet bereikbaar' } }));
    res.status(antwoord.status).json(antwoord.body);
  };
  const versieVan = async (res: express.Response, volgnummer: number) => {
    const antwoord = await vraag(res, '/beleid/bestanden', { volgnummer });
    return antwoord.status === 200 ? (antwoord.body as { bestanden: Record<string, string>; bewijs: string | null }) : undefined;
  };
  const bestandenVan = async (res: express.Response, volgnummer: number) => (await versieVan(res, volgnummer))?.bestanden;
  const { d: _prive, ...publiek } = register.grantSleutel;
  /** Proposes these complete texts as the version after the one in force, with whose say it needs. */
  const stelVoor = async (res: express.Response, { bestanden, velden }: { bestanden: Record<string, string>; velden?: Map<string, string> }, body: unknown, terugNaar: number | null) => {
    const waarom = reden(body);
    if (typeof waarom !== 'string') return void res.status(400).json(waarom);
    const vanaf = gewenstVanaf(body);
    if (vanaf !== null && typeof vanaf !== 'string') return void res.status(400).json(vanaf);
    const uitslag = controleer(bestanden, velden);
    if ('fouten' in uitslag) return void res.status(400).json({ fout: 'Het voorstel is geen geldig beleid', fouten: uitslag.fouten });
    const huidig = beleid.huidig;
    const verschillen = beleidsverschillen(huidig, uitslag.beleid);
    if (!verschillen.length) return void res.status(400).json({ fout: 'Dit voorstel verandert niets aan de regels die nu gelden', veld: 'bestanden' });
    // the preview the privacy officer saw; netwerk computes the same list and refuses the proposal when it differs
    const organisaties = betrokkenOrganisaties(huidig, uitslag.beleid, register.houders);
    const { sub, organisatie, rol } = res.locals.identiteit as Identiteit;
    // the evidence that this officer proposed exactly this, on exactly the version in force (besluitbewijs.ts)
    const bewijs = await tekenVoorstel(register.grantSleutel, {
      sub, organisatie, rol, inhoud: inhoudHash(bestanden), basis: { volgnummer: beleid.volgnummer!, inhoud: inhoudHash(huidig.bestanden) }, reden: waarom, gewenstVanaf: vanaf, terugNaar, organisaties: [...organisaties].sort(),
    });
    const antwoord = await vraag(res, '/beleid/voorstel', { bestanden, reden: waarom, gewenstVanaf: vanaf, basis: beleid.volgnummer, terugNaar, organisaties, bewijs });
    res.status(antwoord.status).json(antwoord.status === 200 ? { ...(antwoord.body as object), verschillen, organisaties } : antwoord.body);
  };

  // the history, each version in the schedule with what this gateway found of its evidence (besluitbewijs.ts)
  app.get('/beleid/versies', fg, async (_req, res) => {
    const antwoord = await vraag(res, '/beleid/versies', {}).catch(() => ({ status: 503, body: { fout: 'Het beleidsregister (netwerk) is nu niet bereikbaar' } }));
    if (antwoord.status !== 200) return void res.status(antwoord.status).json(antwoord.body);
    const { versies } = antwoord.body as { versies: Array<{ volgnummer: number }> };
    res.json({ versies: versies.map((v) => ({ ...v, bewijs: beleid.bewijsstaat(v.volgnummer) ?? null })) });
  });
  app.get('/beleid/verschil', fg, async (req, res) => {
    const [van, naar] = [Number(req.query.van), Number(req.query.naar)];
    if (!Number.isInteger(van) || !Number.isInteger(naar)) return void res.status(400).json({ fout: 'Noem twee versies: ?van=…&naar=…' });
    const [a, b] = await Promise.all([bestandenVan(res, van), bestandenVan(res, naar)]);
    if (!a || !b) return void res.status(404).json({ fout: `Versie ${a ? naar : van} bestaat niet` });
    res.json({ van, naar, verschillen: beleidsverschillen(beleidUitBestanden(a), beleidUitBestanden(b)) });
  });
  app.post('/beleid/voorstellen', fg, jsonBody(), async (req, res) => {
    const gevraagd = voorstel(req.body, beleid.huidig.bestanden);
    if (typeof gevraagd === 'string') return void res.status(400).json({ fout: gevraagd, veld: 'bestanden' });
    await stelVoor(res, gevraagd, req.body, null);
  });
  app.post('/beleid/terugdraaien', fg, jsonBody(), async (req, res) => {
    const naar = Number((req.body as { naar?: unknown }).naar);
    const bestanden = Number.isInteger(naar) ? await bestandenVan(res, naar) : undefined;
    if (!bestanden) return void res.status(400).json({ fout: 'Kies de versie om naar terug te gaan', veld: 'naar' });
    await stelVoor(res, { bestanden }, req.body, naar);
  });
  // what a proposal would change on the real registry, per persona and partner; itself recorded as toezicht
  app.get('/beleid/voorstellen/:nr/impact', fg, async (req, res) => {
    const bestanden = await bestandenVan(res, Number(req.params.nr));
    if (!bestanden) return void res.status(404).json({ fout: `Er is geen voorstel ${req.params.nr}` });
    const huidig = beleid.huidig;
    const { regels, huishoudens } = await berekenImpact(huidig, beleidUitBestanden(bestanden), register.houders, register.netwerkUrl, register.grantSleutel);
    const { sub, organisatie, team, rol } = res.locals.identiteit as Identiteit;
    await register.toegangslog.legVast({ sub, organisatie, team, rol }, [{
      actie: 'toezicht', auditId: null, sub, organisatie, rol, team, namens: null, doel: 'toezicht', beleidsversie: huidig.versie, huishoudens, personen: [], inhoud: { impact: Number(req.params.nr) },
    }]);
    res.json({ volgnummer: Number(req.params.nr), tegen: huidig.versie, regels });
  });
  // the simulator side by side: one household of a persona's own list under the version in force and under the
  // proposal; recorded as an uitleg on behalf of that persona, before it is answered
  app.get('/beleid/voorstellen/:nr/vergelijking', fg, async (req, res) => {
    const { persona, huishouden, doel } = req.query as Record<string, string | undefined>;
    const p = PROFESSIONALS.find((x) => x.sub === persona && x.rol !== 'privacyfunctionaris');
    if (!p) return void res.status(400).json({ fout: 'Kies een persona: een professional uit de lijst', veld: 'persona' });
    if (!doel) return void res.status(400).json({ fout: 'Kies het doel waarvoor de persona kijkt', veld: 'doel' });
    let id: string;
    try {
      id = controleerPseudoniem(huishouden ?? '', 'huishouden');
    } catch {
      return void res.status(400).json({ fout: 'Kies een huishouden uit de lijst van de persona', veld: 'huishouden' });
    }
    const bestanden = await bestandenVan(res, Number(req.params.nr));
    if (!bestanden) return void res.status(404).json({ fout: `Er is geen voorstel ${req.params.nr}` });
    const [huidig, voorgesteld] = [beleid.huidig, beleidUitBestanden(bestanden)];
    const vrager = { sub: p.sub, organisatie: p.organisatie, team: p.team, rol: p.rol };
    let uitslag: Awaited<ReturnType<typeof vergelijkHuishouden>>;
    try {
      uitslag = await vergelijkHuishouden(huidig, voorgesteld, vrager, doel, id, register.netwerkUrl, register.grantSleutel);
    } catch (fout) {
      // the doel is refused to this persona by the version in force: nothing to compare
      if (fout instanceof GraphQLError) return void res.status(400).json({ fout: fout.message, veld: 'doel' });
      throw fout;
    }
    const { sub, organisatie, team, rol } = res.locals.identiteit as Identiteit;
    try {
      await register.toegangslog.legVast({ sub, organisatie, team, rol }, [{
        actie: 'uitleg', auditId: null, sub, organisatie, rol, team, namens: p.sub, doel: 'toezicht', beleidsversie: huidig.versie, huishoudens: [id], personen: uitslag.personen,
        inhoud: { uitleg: [{ huishouden: id, namens: p.sub }], voorstel: Number(req.params.nr), doel },
      }]);
    } catch {
      return void res.status(503).json({ fout: 'Het toegangslog kon niet worden bijgewerkt; er wordt niets getoond' });
    }
    // only cells of data that exists: a partner holding nothing of a category changes nothing there
    const beslissingen = uitslag.rijen.filter((r) => r.categorie === null || register.houdersMetRegister[r.categorie].includes(r.partner!));
    res.json({ volgnummer: Number(req.params.nr), persona: p.sub, huishouden: id, doel, nu: huidig.versie, straks: voorgesteld.versie, beslissingen });
  });
  for (const [stap, oordeel] of [['goedkeuren', 'goedgekeurd'], ['afwijzen', 'afgewezen']] as const) {
    app.post(`/beleid/voorstellen/:nr/${stap}`, fg, jsonBody(), async (req, res) => {
      const waarom = reden(req.body);
      if (typeof waarom !== 'string') return void res.status(400).json(waarom);
      const volgnummer = Number(req.params.nr);
      const voorstel = Number.isInteger(volgnummer) && volgnummer > 0 ? await versieVan(res, volgnummer).catch(() => null) : undefined;
      if (voorstel === null) return void res.status(503).json({ fout: 'Het beleidsregister (netwerk) is nu niet bereikbaar' });
      if (!voorstel) return void res.status(404).json({ fout: `Er is geen voorstel ${req.params.nr}` });
      // the officer decides on what they were shown: the proposal as its evidence says it was made, or nothing
      const echt = await echtVoorstel(voorstel, publiek);
      if (echt !== true) return void res.status(409).json({ fout: `Voorstel ${volgnummer} in het register is niet wat werd voorgesteld (${echt}); er wordt niet over besloten. Meld dit aan het beheer van netwerk` });
      const { sub, organisatie, rol } = res.locals.identiteit as Identiteit;
      const bewijs = await tekenBesluit(register.grantSleutel, { stap: oordeel, voorstel: bewijsHash(voorstel.bewijs!), reden: waarom, sub, organisatie, rol });
      await doorgeven(res, '/beleid/besluit', { volgnummer, oordeel, reden: waarom, bewijs });
    });
  }
}

/** Whether a proposal in the register is what its evidence says was proposed: true, or why not. */
async function echtVoorstel(voorstel: { bestanden: Record<string, string>; bewijs: string | null }, publiek: JWK): Promise<true | string> {
  if (!voorstel.bewijs) return 'er is geen bewijs van het voorstel';
  try {
    const bewijs = await leesBewijs(voorstel.bewijs, publiek);
    if (bewijs.stap !== 'voorstel') return 'het bewijs is dat van een besluit';
    return bewijs.inhoud === inhoudHash(voorstel.bestanden) ? true : 'de beleidsbestanden zijn niet die van het voorstel';
  } catch (fout) {
    if (fout instanceof BewijsOngeldig) return fout.message;
    throw fout;
  }
}
