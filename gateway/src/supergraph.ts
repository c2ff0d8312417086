import { readFileSync } from 'node:fs';

import { controleerClassificatie, PARTNER_BESTAND, STANDAARD_SUPERGRAPH, SUBGRAPHS } from '@netwerkdossier/shared';
import { buildSchema, EnumTypeDefinitionNode, Kind, parse, StringValueNode } from 'graphql';

/** The composed supergraph, checked in beside the gateway so schema changes show in review. */
export function leesSupergraph(pad: string = STANDAARD_SUPERGRAPH): string {
  return readFileSync(pad, 'utf8');
}

/** The subgraphs a supergraph is composed of, by the name they were composed under (`@join__graph(name:)`). */
export function subgraphsIn(sdl: string): string[] {
  const graafEnum = parse(sdl).definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph');
  return (graafEnum?.values ?? []).flatMap((w) => {
    const naam = w.directives?.find((d) => d.name.value === 'join__graph')?.arguments?.find((a) => a.name.value === 'name')?.value;
    return naam?.kind === Kind.STRING ? [(naam as StringValueNode).value] : [];
  });
}

/**
 * Refuses a supergraph with any unclassified field: the gateway's decisions depend on the categories,
 * so without one it does not start (fail closed). Refuses as well a subgraph that is not `netwerk` or a
 * registered partner: the decisions, grants and toegangslog know a data owner only through the registry.
 */
export function controleerSupergraph(sdl: string): void {
  const onbekend = subgraphsIn(sdl).filter((naam) => !SUBGRAPHS.includes(naam));
  if (onbekend.length) {
    throw new Error(
      `Supergraph geweigerd: ${onbekend.map((n) => `subgraph "${n}"`).join(', ')} ${onbekend.length === 1 ? 'is geen geregistreerde partner' : 'zijn geen geregistreerde partners'} ` +
        `(geen subgraphs/<naam>/${PARTNER_BESTAND}); geregistreerd: ${SUBGRAPHS.join(', ')}`,
    );
  }
  const fouten = controleerClassificatie(buildSchema(sdl, { assumeValidSDL: true }));
  if (fouten.length) throw new Error(`Supergraph geweigerd: ${fouten.map((f) => `${f.coordinaat} ${f.reden}`).join('; ')}`);
}
