import { composeServices } from '@apollo/composition';
import { controleerAfschermbaarheid, controleerBereikbaarheid, controleerClassificatie, ServiceNaam, STANDAARD_POORTEN, SubgraphDefinitie, subgraphSchema } from '@netwerkdossier/shared';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/** Composition refused: every reason, each naming its subgraph and field. */
export class CompositieFout extends Error {
  constructor(readonly meldingen: string[]) {
    super(`Compositie mislukt:\n${meldingen.map((m) => `  - ${m}`).join('\n')}`);
  }
}

/**
 * Composes the supergraph from subgraph definitions. Refuses any field without a known
 * `@categorie` (default deny: nothing unclassified reaches the gateway), and any field whose category
 * could not take effect because the record holding it is withheld as a whole.
 */
export async function composeSupergraph(definities: SubgraphDefinitie[]): Promise<string> {
  const meldingen: string[] = [];
  const services = [];
  for (const definitie of definities) {
    const schema = await subgraphSchema(definitie);
    for (const fout of [...controleerClassificatie(schema), ...controleerAfschermbaarheid(schema), ...controleerBereikbaarheid(schema)]) meldingen.push(`${definitie.naam}: veld ${fout.coordinaat} ${fout.reden}`);
    services.push({
      name: definitie.naam,
      url: `http://127.0.0.1:${STANDAARD_POORTEN[definitie.naam as ServiceNaam]}/`,
      typeDefs: parse(printSubgraphSchema(schema)),
    });
  }
  if (meldingen.length) throw new CompositieFout(meldingen);
  const resultaat = composeServices(services);
  if (resultaat.errors) throw new CompositieFout(resultaat.errors.map((e) => e.message));
  return resultaat.supergraphSdl;
}
