import { DemoAanmelden, DemoPersona, GatewayOpties, maakVerifier, type OidcAanmelder, startGateway, VertrouwdeUitgever, volgBeleid, WEB_MAP } from '@netwerkdossier/gateway';
import { Beleidsmelding, DemoOpties, DraaiendeService, installatieAnker, maakCheckpointSleutelpaar, PROFESSIONALS, ServiceNaam, startSubgraph, SubgraphOpties, SUBGRAPHS, TlsSleutels } from '@netwerkdossier/shared';

import { JWK } from 'jose';

import { SUBGRAPH_DEFINITIES } from './subgraphs';
import { gezinPersonas, ouderPersona } from './personas';
import { AUDIENCE, DevSleutels, startDevUitgever, tokenVoorClient, tokenVoorProfessional } from './uitgever';

export interface NetwerkOpties {
  /** Each service's own connection at runtime. */
  databaseUrls: Record<ServiceNaam, string>;
  /** Each database's owner, who migrates and grants the service its rights (see SubgraphOpties). */
  migratieUrls?: Partial<Record<ServiceNaam, string>>;
  host: string;
  /** Per service (every subgraph, `gateway`, `uitgever`): its port, 0 for any free one. */
  poorten: Record<ServiceNaam | 'gateway' | 'uitgever', number>;
  sleutels: DevSleutels;
  /** The gateway's grant key pair; subgraphs get the public half. */
  grantSleutels: { prive: JWK; publiek: JWK };
  /** The gateway's checkpoint key (JWK with kid); default a fresh one (nothing then verifies its checkpoints). */
  checkpointSleutel?: JWK;
  /** Passed to the gateway (see GatewayOpties). */
  checkpointBestand?: string;
  supergraphSdl: string;
  /** Issuers trusted besides the local development issuers (e.g. a real OpenID provider). */
  extraUitgevers?: VertrouwdeUitgever[];
  /** Seed each empty database with this demo world. */
  demo?: Pick<DemoOpties, 'seed' | 'aantal'>;
  voortgang?: (naam: ServiceNaam, klaar: number, totaal: number) => void;
  beleidsmelding?: Beleidsmelding;
  /** Where the gateway reaches a subgraph (tests put a recording proxy in between); default its own URL. */
  viaGateway?: (naam: ServiceNaam, url: string) => Promise<string>;
  /** Subgraphs that already run elsewhere (their own process, say), by URL: not started here. */
  extern?: Partial<Record<ServiceNaam, string>>;
  /** Passed to the gateway (see GatewayOpties). */
  toegangslog?: GatewayOpties['toegangslog'];
  /** Passed to the gateway (see GatewayOpties). */
  tijdslimieten?: GatewayOpties['tijdslimieten'];
  /** Serve the built web app, with sign-in by choosing a persona (development only). */
  web?: boolean;
  /** With the web app: sign-in through these identity providers too. */
  oidc?: OidcAanmelder[];
  /** The gateway as in production (see GatewayOpties); default: development. */
  productie?: boolean;
  /** See GatewayOpties; default off. */
  alleenBekendeOperaties?: boolean;
  /** Mutual TLS: each subgraph's server certificate and the gateway's client certificate, by service; default plain HTTP. */
  tls?: (naam: ServiceNaam | 'gateway') => TlsSleutels;
  /** Passed to every subgraph started here (see SubgraphOpties; for measurement only). */
  geheugenAlleen?: SubgraphOpties['geheugenAlleen'];
}

export interface DraaiendNetwerk {
  gatewayUrl: string;
  uitgeverBase: string;
  subgraphUrls: Record<ServiceNaam, string>;
  stop(): Promise<void>;
}

/**
 * Starts the whole network in this process: five subgraphs on their own databases, the local
 * issuer, and the gateway — each on its own port, talking real HTTP. Used by `npm start` and the tests.
 */
export async function startNetwerk(opties: NetwerkOpties): Promise<DraaiendNetwerk> {
  const gestart: DraaiendeService[] = [];
  const stop = async () => {
    for (const service of gestart.reverse()) await service.stop();
  };
  try {
    // a partner running elsewhere (opties.extern) is not started here: its URL is taken as given
    const subgraphUrls = { ...opties.extern } as Record<ServiceNaam, string>;
    const teStarten = SUBGRAPHS.filter((naam) => !opties.extern?.[naam]);
    // side by side: each migrates and seeds its own database, and most of that is waiting on PostgreSQL
    const starts = await Promise.allSettled(
      teStarten.map((naam) => {
        const voortgang = opties.voortgang && ((klaar: number, totaal: number) => opties.voortgang!(naam, klaar, totaal));
        const demo = opties.demo && { ...opties.demo, voortgang };
        return startSubgraph(SUBGRAPH_DEFINITIES[naam], {
          databaseUrl: opties.databaseUrls[naam],
          migratieUrl: opties.migratieUrls?.[naam],
          host: opties.host,
          port: opties.poorten[naam],
          grantSleutel: opties.grantSleutels.publiek,
          demo,
          tls: opties.tls?.(naam),
          geheugenAlleen: opties.geheugenAlleen,
        });
      }),
    );
    // every one that started is stopped again (catch below) when another did not
    for (const [i, start] of starts.entries()) {
      if (start.status !== 'fulfilled') continue;
      gestart.push(start.value);
      subgraphUrls[teStarten[i]] = start.value.url;
    }
    const mislukt = starts.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (mislukt) throw mislukt.reason;
    const uitgever = await startDevUitgever(opties.sleutels, opties.host, opties.poorten.uitgever);
    gestart.push(uitgever);
    const beleid = volgBeleid(subgraphUrls.netwerk, opties.grantSleutels.prive, { anker: await installatieAnker() }, opties.beleidsmelding);
    const gatewayUrls = { ...subgraphUrls };
    for (const naam of SUBGRAPHS) if (opties.viaGateway) gatewayUrls[naam] = await opties.viaGateway(naam, subgraphUrls[naam]);
    const gateway = await startGateway({
      beleid,
      supergraphSdl: opties.supergraphSdl,
      subgraphUrls: gatewayUrls,
      verifier: maakVerifier([...uitgever.uitgevers, ...(opties.extraUitgevers ?? [])], AUDIENCE),
      grantSleutel: opties.grantSleutels.prive,
      checkpointSleutel: opties.checkpointSleutel ?? (await maakCheckpointSleutelpaar()).prive,
      checkpointBestand: opties.checkpointBestand,
      host: opties.host,
      port: opties.poorten.gateway,
      toegangslog: opties.toegangslog,
      productie: opties.productie ?? false,
      alleenBekendeOperaties: opties.alleenBekendeOperaties ?? false,
      tijdslimieten: opties.tijdslimieten,
      tls: opties.tls?.('gateway'),
      web: opties.web ? { map: WEB_MAP, demo: demoAanmelden(uitgever.url, opties), oidc: opties.oidc } : undefined,
    }).catch((fout: unknown) => {
      // the gateway stops following the policy when it stops; one that did not start cannot
      beleid.stop();
      throw fout;
    });
    gestart.push(gateway);
    // after the gateway started: over mutual TLS, the stream to netwerk needs the gateway's client certificate.
    // A first schedule whose version in force is not proven stops the start with the reason (a production gateway
    // keeps running, not ready, until netwerk's schedule is whole)
    await beleid.eersteRooster;
    if (!beleid.huidigOfNiets) throw new Error(beleid.waaromGeen);
    return { gatewayUrl: gateway.url, uitgeverBase: uitgever.url, subgraphUrls, stop };
  } catch (fout) {
    await stop();
    throw fout;
  }
}

/** The demo personas (the README's) for the sign-in page, and their tokens from the local issuer. */
function demoAanmelden(uitgeverBase: string, opties: NetwerkOpties): DemoAanmelden {
  const tokenOpties = { uitgeverBase, sleutels: opties.sleutels };
  const ouder = opties.demo ? ouderPersona(opties.demo.seed, opties.demo.aantal) : undefined;
  const personas: DemoPersona[] = [
    ...PROFESSIONALS.filter((p) => p.persona).map((p) => ({ sub: p.sub, naam: p.naam, omschrijving: p.persona!, organisatie: p.organisatie, rol: p.rol })),
    ...(ouder ? [{ sub: ouder.persoonId, naam: 'Ouder', omschrijving: 'een ouder met gezag (gezinslid)', organisatie: null, rol: 'client' }] : []),
    ...(opties.demo ? gezinPersonas(opties.demo.seed, opties.demo.aantal) : []).map((p) => ({ ...p, organisatie: null, rol: 'client' })),
  ];
  const gezinsleden = new Set(personas.filter((p) => p.rol === 'client').map((p) => p.sub));
  return {
    personas: async () => personas,
    token: (sub) => (gezinsleden.has(sub) ? tokenVoorClient(sub, tokenOpties) : tokenVoorProfessional(sub, tokenOpties)),
  };
}

/** A port for every service the network runs (the gateway, the dev issuer, every subgraph), e.g. `() => 0` for free ones. */
export function poortenVoor(poort: (naam: string) => number): Record<string, number> {
  return Object.fromEntries(['gateway', 'uitgever', ...SUBGRAPHS].map((naam) => [naam, poort(naam)]));
}
