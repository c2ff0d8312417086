import { AFKOELEN_MS } from '@netwerkdossier/gateway';

import type { Uitval } from './processen';
import type { Antwoord } from './verkeer';
import { DUOPARTNER, Intrekking } from './toestemmingen';

/** One check of the report: its name, whether it passed, and the figures behind it. */
export interface Controle {
  naam: string;
  geslaagd: boolean;
  regels: string[];
}

// the gateway may have sent a request to the partner just before it came back up, and the partner's
// circuit breaker, opened by the outage, answers for it until its next probe: one cool-down at most
const MARGE_MS = AFKOELEN_MS + 1000;

/** What a response was, in words, and whether it is one the network is designed to give. */
export function uitkomst(a: Antwoord, uitval: Uitval[]): { naam: string; ontworpen: boolean } {
  if (a.status === 200 && !a.fout && a.onbereikbaar.length === 0) return { naam: '200 volledig', ontworpen: true };
  if (a.status === 200 && !a.fout) {
    const tijdensUitval = a.onbereikbaar.every((p) => uitval.some((u) => u.naam === p && u.van <= a.tot && u.tot + MARGE_MS >= a.van));
    return { naam: `200 met data, onbereikbaar: ${a.onbereikbaar.join(', ')}${tijdensUitval ? '' : ' (zonder uitval van die partner)'}`, ontworpen: tijdensUitval };
  }
  const geweigerd = a.soort === 'weigering' && a.status === 403 && a.fout?.startsWith('FORBIDDEN: Doel geweigerd: ');
  return { naam: `${a.status || 'geen HTTP'} ${a.fout ?? 'zonder fout'}`, ontworpen: !!geweigerd };
}

/** Every outcome seen, with counts; fails on any outcome not designed (5xx, unexpected errors, unanswered requests). */
export function controleerUitkomsten(antwoorden: Antwoord[], uitval: Uitval[]): Controle {
  const tellingen = new Map<string, { aantal: number; ontworpen: boolean }>();
  for (const a of antwoorden) {
    const u = uitkomst(a, uitval);
    const t = tellingen.get(u.naam) ?? { aantal: 0, ontworpen: u.ontworpen };
    t.aantal++;
    tellingen.set(u.naam, t);
  }
  const regels = [...tellingen].sort((a, b) => b[1].aantal - a[1].aantal).map(([naam, t]) => `${t.ontworpen ? 'ontworpen' : 'NIET ONTWORPEN'}: ${naam} × ${t.aantal}`);
  const soorten = new Map<string, number>();
  for (const a of antwoorden) soorten.set(a.soort, (soorten.get(a.soort) ?? 0) + 1);
  regels.push(`verzoeken per soort: ${[...soorten].map(([s, n]) => `${s} ${n}`).join(', ')}`);
  regels.push(`uitval: ${uitval.map((u) => `${u.naam} ${((u.tot - u.van) / 1000).toFixed(1)} s`).join(', ') || 'geen'}`);
  return { naam: 'geen 5xx en geen fout behalve waar ontworpen', geslaagd: antwoorden.length > 0 && [...tellingen.values()].every((t) => t.ontworpen), regels };
}

/**
 * For each revocation the policy confirms closed the person's identificatie: no response to the duo partner
 * about that household, sent after the revocation's answer, shows the person's personalia; and each one
 * where lokaal-team (owner of personalia) answered names an identificatie withholding in `extensions.afgeschermd`.
 */
export function controleerIntrekkingen(intrekkingen: Intrekking[], antwoorden: Antwoord[]): Controle {
  const regels: string[] = [];
  let geslaagd = intrekkingen.some((i) => i.oordeel === 'afgeschermd');
  for (const i of intrekkingen) {
    if (i.oordeel !== 'afgeschermd') {
      regels.push(`persoon ${i.persoon}: na intrekking nog ${i.oordeel}; niet gecontroleerd`);
      continue;
    }
    const na = antwoorden.filter((a) => a.sub === DUOPARTNER && a.huishouden === i.huishouden && a.van >= i.na && a.status === 200);
    const getoond = na.filter((a) => a.metPersonalia.includes(i.persoon)).length;
    const bereikt = na.filter((a) => !a.onbereikbaar.includes('lokaal-team'));
    const uitgelegd = bereikt.filter((a) => a.afgeschermd.includes('identificatie')).length;
    if (getoond > 0 || na.length === 0 || uitgelegd < bereikt.length) geslaagd = false;
    regels.push(`persoon ${i.persoon} (${i.toestemmingen.length} toestemming(en) ingetrokken): ${na.length} antwoorden daarna, ${getoond} met personalia, ${uitgelegd} van ${bereikt.length} met lokaal-team bereikt noemen identificatie afgeschermd`);
  }
  if (intrekkingen.length === 0) regels.push('geen intrekking gedaan');
  return { naam: 'geen afgeschermde gegevens na intrekking', geslaagd, regels };
}
