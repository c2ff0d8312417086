import { envPrefix, leesCheckpointSleutel, leesTls, ServiceNaam, STANDAARD_POORTEN, STANDAARD_SUPERGRAPH, SUBGRAPHS, TlsSleutels } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { standaardTijdslimiet } from './http';
import { VertrouwdeUitgever } from './identiteit';
import { leesJsonLijst } from './json-lijst';
import { OidcAanmelder } from './oidc';
import { leesOidcAanmelders } from './oidc-config';
import { controleerOnversleuteld, ZONDER_TLS_VARIABELE } from './transport';

/** The gateway's configuration from the environment; refuses to start on anything missing or malformed. */
export interface GatewayConfig {
  host: string;
  port: number;
  audience: string;
  subgraphUrls: Record<ServiceNaam, string>;
  /** How long the gateway waits for each subgraph's answer, in ms. */
  tijdslimieten: Record<ServiceNaam, number>;
  uitgevers: VertrouwdeUitgever[];
  grantSleutel: JWK;
  /**
   * `GATEWAY_OUDE_GRANT_SLEUTELS`: the public halves of grant keys used before (a JSON list of EC JWKs): the policy's
   * versions were approved with evidence signed by them (besluitbewijs.ts), so after a rotation they stay needed.
   */
  oudeGrantSleutels: JWK[];
  /** The newest private checkpoint key (`GATEWAY_CHECKPOINT_SLEUTEL`, a JWK with kid). */
  checkpointSleutel: JWK;
  /** `TOEGANGSLOG_CHECKPOINT_BESTAND`: a file the checkpoints are also appended to (write-once storage). */
  checkpointBestand?: string;
  /** The composed supergraph (`GATEWAY_SUPERGRAPH`; default the checked-in gateway/supergraph.graphql). */
  supergraphPad: string;
  /** Sign-in to the web app through these identity providers; none: no web app. */
  oidc: OidcAanmelder[];
  /** The web app's cookies only over https; undefined: decided by the redirect URIs. */
  cookieSecure?: boolean;
  /** `NODE_ENV=production`: no introspection, no internal messages in errors. */
  productie: boolean;
  /** Run only the web app's operations registered at build time (`ALLEEN_BEKENDE_OPERATIES`; default: in production). */
  alleenBekendeOperaties: boolean;
  /**
   * `GATEWAY_DATABASE_URL`: the gateway's own database (as its service role), where the web sessions and
   * sign-ins in progress are kept for every replica; absent: in this process's memory (one gateway only).
   */
  databaseUrl?: string;
  /** Mutual TLS to the subgraphs (`GATEWAY_TLS_CERT`, `GATEWAY_TLS_KEY`, `TLS_CA`); absent: plain HTTP. */
  tls?: TlsSleutels;
}

/** Longer than this is not a limit: a request would hold its client and the gateway's memory for minutes. */
const LANGSTE_TIJDSLIMIET_MS = 120_000;

export function leesGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphUrls = {} as Record<ServiceNaam, string>;
  for (const naam of SUBGRAPHS) {
    subgraphUrls[naam] = env[`${envPrefix(naam)}_URL`] ?? `http://127.0.0.1:${STANDAARD_POORTEN[naam]}/`;
  }
  const uitgevers = leesUitgevers(env.VERTROUWDE_UITGEVERS);
  const productie = env.NODE_ENV === 'production';
  const tls = leesTls('GATEWAY', env);
  controleerOnversleuteld(subgraphUrls, { productie, tls: tls !== undefined, zonderTls: leesAanUit(env[ZONDER_TLS_VARIABELE], ZONDER_TLS_VARIABELE) ?? false });
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.GATEWAY_PORT ?? STANDAARD_POORTEN.gateway),
    audience: env.GATEWAY_AUDIENCE ?? 'netwerkdossier',
    subgraphUrls,
    tijdslimieten: leesTijdslimieten(env),
    uitgevers,
    grantSleutel: leesGrantSleutel(env.GATEWAY_GRANT_SLEUTEL),
    oudeGrantSleutels: leesOudeGrantSleutels(env.GATEWAY_OUDE_GRANT_SLEUTELS),
    checkpointSleutel: leesCheckpointSleutel(env.GATEWAY_CHECKPOINT_SLEUTEL, 'GATEWAY_CHECKPOINT_SLEUTEL'),
    checkpointBestand: env.TOEGANGSLOG_CHECKPOINT_BESTAND || undefined,
    supergraphPad: env.GATEWAY_SUPERGRAPH ?? STANDAARD_SUPERGRAPH,
    oidc: leesOidcAanmelders(env.OIDC_AANMELDEN, uitgevers),
    cookieSecure: leesAanUit(env.WEB_COOKIE_SECURE, 'WEB_COOKIE_SECURE'),
    productie,
    alleenBekendeOperaties: leesAanUit(env.ALLEEN_BEKENDE_OPERATIES, 'ALLEEN_BEKENDE_OPERATIES') ?? productie,
    tls,
    databaseUrl: env.GATEWAY_DATABASE_URL || undefined,
  };
}

/** A switch in the environment: 1 or 0; absent (or empty) leaves the default to the caller. */
function leesAanUit(waarde: string | undefined, naam: string): boolean | undefined {
  if (waarde === undefined || waarde === '') return undefined;
  if (waarde === '1' || waarde === '0') return waarde === '1';
  throw new Error(`${naam} moet 1 of 0 zijn`);
}

/**
 * Each subgraph's `<SERVICE>_TIJDSLIMIET_MS` (e.g. `GI_TIJDSLIMIET_MS=2000`), default standaardTijdslimiet;
 * refuses anything but a whole number of milliseconds from 1 to two minutes.
 */
export function leesTijdslimieten(env: NodeJS.ProcessEnv): Record<ServiceNaam, number> {
  const tijdslimieten = {} as Record<ServiceNaam, number>;
  for (const naam of SUBGRAPHS) {
    const variabele = `${envPrefix(naam)}_TIJDSLIMIET_MS`;
    const waarde = env[variabele];
    if (waarde === undefined) {
      tijdslimieten[naam] = standaardTijdslimiet(naam);
      continue;
    }
    const ms = /^\d+$/.test(waarde) ? Number(waarde) : NaN;
    if (!(ms >= 1 && ms <= LANGSTE_TIJDSLIMIET_MS)) {
      throw new Error(`${variabele} moet een geheel aantal milliseconden van 1 tot en met ${LANGSTE_TIJDSLIMIET_MS} zijn, niet ${JSON.stringify(waarde)}`);
    }
    tijdslimieten[naam] = ms;
  }
  return tijdslimieten;
}

function leesUitgevers(json: string | undefined): VertrouwdeUitgever[] {
  if (!json) throw new Error('VERTROUWDE_UITGEVERS ontbreekt: zonder vertrouwde uitgevers laat de gateway niemand toe');
  return leesJsonLijst(json, 'VERTROUWDE_UITGEVERS').map((u, i) => {
    if (typeof u.issuer !== 'string' || typeof u.jwksUri !== 'string' || !Array.isArray(u.algoritmen) || u.algoritmen.length === 0 || !(typeof u.organisatie === 'string' || u.organisatie === null)) {
      throw new Error(`VERTROUWDE_UITGEVERS[${i}] heeft issuer, jwksUri, organisatie (of null voor clients) en algoritmen nodig`);
    }
    if (u.algoritmen.some((a) => a === 'none' || a.startsWith('HS'))) throw new Error(`VERTROUWDE_UITGEVERS[${i}]: alleen asymmetrische algoritmen`);
    return { issuer: u.issuer, jwksUri: u.jwksUri, organisatie: u.organisatie, algoritmen: u.algoritmen };
  });
}

/** GATEWAY_OUDE_GRANT_SLEUTELS: the public halves of grant keys used before (none when unset); for the gateway and the policy audit. */
export function leesOudeGrantSleutels(json: string | undefined): JWK[] {
  if (!json) return [];
  const lijst = leesJsonLijst(json, 'GATEWAY_OUDE_GRANT_SLEUTELS') as JWK[];
  for (const [i, jwk] of lijst.entries()) {
    if (jwk.kty !== 'EC' || 'd' in jwk) throw new Error(`GATEWAY_OUDE_GRANT_SLEUTELS[${i}] moet een publieke EC-sleutel (P-256) als JWK zijn`);
  }
  return lijst;
}

function leesGrantSleutel(json: string | undefined): JWK {
  if (!json) throw new Error('GATEWAY_GRANT_SLEUTEL ontbreekt: zonder sleutel kan de gateway geen partner iets vragen');
  try {
    const jwk = JSON.parse(json) as JWK;
    if (jwk.kty === 'EC' && typeof jwk.d === 'string') return jwk;
  } catch {
    // falls through to the error below
  }
  throw new Error('GATEWAY_GRANT_SLEUTEL moet een private EC-sleutel (P-256) als JWK zijn');
}
