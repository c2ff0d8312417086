import { BeleidBron, beleidUitBestanden, BeleidOngeldig } from '@netwerkdossier/shared';
import express from 'express';

import { beleidsverschillen } from './beleidsverschillen';
import { Identiteit } from './identiteit';

/** The signed-in identity of a web request; otherwise a 401 has been sent and undefined is returned. */
export type Aangemeld = (req: express.Request, res: express.Response) => Promise<Identiteit | undefined>;

// a policy file is a few kB; a proposal of every file fits many times over
const LIMIET_KB = 200;

/** Only the privacy officer passes; anyone else gets a 401 or 403 with `fout`. */
function alleenPrivacyfunctionaris(aangemeld: Aangemeld, fout: string): express.RequestHandler {
  return async (req, res, volgende) => {
    const identiteit = await aangemeld(req, res);
    if (!identiteit) return;
    if (identiteit.rol !== 'privacyfunctionaris') return void res.status(403).json({ fout });
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

/** The proposed files of a request body, or why they cannot be checked. */
function voorstel(body: unknown, bekend: string[]): Record<string, string> | string {
  const bestanden = (body as { bestanden?: unknown } | undefined)?.bestanden;
  if (typeof bestanden !== 'object' || bestanden === null || Array.isArray(bestanden) || Object.keys(bestanden).length === 0) return 'Stuur de voorgestelde tekst van een of meer beleidsbestanden mee in "bestanden"';
  const onbekend = Object.keys(bestanden).filter((b) => !bekend.includes(b));
  if (onbekend.length) return `Onbekend beleidsbestand: ${onbekend.join(', ')}; kies uit ${bekend.join(', ')}`;
  const geenTekst = Object.entries(bestanden).filter(([, t]) => typeof t !== 'string').map(([b]) => b);
  if (geenTekst.length) return `De inhoud van ${geenTekst.join(', ')} moet tekst zijn`;
  return bestanden as Record<string, string>;
}

/**
 * The privacy officer's view of the policy files: `GET /beleid/bestanden` (the texts in force) and
 * `POST /beleid/controle` {bestanden} (would these texts, replacing those in force, be a valid
 * policy, and what would change). The check is the start-up validation; it changes nothing in force.
 */
export function beleidRoutes(app: express.Express, aangemeld: Aangemeld, beleid: BeleidBron): void {
  app.get('/beleid/bestanden', alleenPrivacyfunctionaris(aangemeld, 'De beleidsbestanden zijn in te zien door de privacyfunctionaris'), (_req, res) => {
    const { versie, bestanden } = beleid.huidig;
    res.json({ versie, bestanden });
  });
  app.post('/beleid/controle', alleenPrivacyfunctionaris(aangemeld, 'Een beleidswijziging controleren kan alleen de privacyfunctionaris'), jsonBody(), (req, res) => {
    const huidig = beleid.huidig;
    const gevraagd = voorstel(req.body, Object.keys(huidig.bestanden));
    if (typeof gevraagd === 'string') return void res.status(400).json({ fout: gevraagd });
    try {
      const nieuw = beleidUitBestanden({ ...huidig.bestanden, ...gevraagd });
      res.json({ geldig: true, versie: nieuw.versie, verschillen: beleidsverschillen(huidig, nieuw) });
    } catch (fout) {
      if (!(fout instanceof BeleidOngeldig)) throw fout;
      res.json({ geldig: false, fouten: fout.fouten });
    }
  });
}
