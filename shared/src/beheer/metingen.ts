import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One service's Prometheus metrics; every label has a small, fixed set of values (no ids, no personal data). */
export interface Metingen {
  register: Registry;
  /** GraphQL requests by operation type (query, mutation, onbekend) and outcome (ok, fout). */
  verzoekduur: Histogram<'operatie' | 'uitkomst'>;
  /** Errors in GraphQL responses by their code (UNAUTHENTICATED, FORBIDDEN, …). */
  weigeringen: Counter<'code'>;
  /** Partner fetches that failed, so that the partner's part stayed empty (gateway). */
  onbereikbaar: Counter<'partner'>;
  /** 1 while a partner's circuit breaker is open (answered as unreachable without asking it), else 0 (gateway). */
  stroomonderbreker: Gauge<'partner'>;
  /** Toegangslog records written (vastgelegd) and writes that failed (mislukt) (gateway). */
  toegangslog: Counter<'uitkomst'>;
}

const PER_SERVICE = new Map<string, Metingen>();

/** A code of the project's own form, or ANDERS: what a partner or a client sends cannot grow the label set. */
export function codeLabel(code: unknown): string {
  return typeof code === 'string' && /^[A-Z][A-Z_]{0,39}$/.test(code) ? code : 'ANDERS';
}

/**
 * The metrics of the service with this name: one set per name and process, because `npm start` and the
 * tests run all six services in one process, each with its own `/metrics`.
 */
export function metingenVan(service: string): Metingen {
  let metingen = PER_SERVICE.get(service);
  if (metingen) return metingen;
  const register = new Registry();
  register.setDefaultLabels({ service });
  collectDefaultMetrics({ register });
  const registers = [register];
  metingen = {
    register,
    verzoekduur: new Histogram({ name: 'netwerkdossier_graphql_verzoek_seconden', help: 'Duur van GraphQL-verzoeken, per soort operatie en uitkomst', labelNames: ['operatie', 'uitkomst'], registers }),
    weigeringen: new Counter({ name: 'netwerkdossier_weigeringen_totaal', help: 'Fouten in GraphQL-antwoorden, per code', labelNames: ['code'], registers }),
    onbereikbaar: new Counter({ name: 'netwerkdossier_partner_onbereikbaar_totaal', help: 'Partnerverzoeken zonder bruikbaar antwoord (deel bleef leeg), per partner', labelNames: ['partner'], registers }),
    stroomonderbreker: new Gauge({ name: 'netwerkdossier_partner_stroomonderbreker_open', help: 'Stroomonderbreker per partner: 1 open (niet gevraagd, onbereikbaar), 0 gesloten', labelNames: ['partner'], registers }),
    toegangslog: new Counter({ name: 'netwerkdossier_toegangslog_totaal', help: 'Toegangslogregels vastgelegd en mislukte schrijfpogingen', labelNames: ['uitkomst'], registers }),
  };
  PER_SERVICE.set(service, metingen);
  return metingen;
}
