import { readFileSync } from 'node:fs';

import { composeSupergraph, CompositieFout } from '@netwerkdossier/gateway';
import { Categorie, STANDAARD_SUPERGRAPH, SUBGRAPHS, SubgraphDefinitie } from '@netwerkdossier/shared';
import { SUBGRAPH_DEFINITIES } from '@netwerkdossier/tools';
import { Field, ID, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType()
class Proefdossier {
  @Field(() => ID)
  @Categorie('pseudoniem')
  id!: string;

  @Field({ description: 'Een nieuw veld waar de partner de categorie vergat' })
  notitie!: string;
}

@Resolver(() => Proefdossier)
class ProefdossierResolver {
  @Query(() => [Proefdossier])
  @Categorie('hulpverlening')
  proefdossiers(): Proefdossier[] {
    return [];
  }
}

const proefpartner: SubgraphDefinitie = {
  ...SUBGRAPH_DEFINITIES.gi,
  naam: 'gi',
  resolvers: [ProefdossierResolver],
  referenceResolvers: {},
};

describe('compositie', () => {
  test('de ingecheckte supergraph is actueel (anders: npm run compose)', async () => {
    const actueel = await composeSupergraph(SUBGRAPHS.map((naam) => SUBGRAPH_DEFINITIES[naam]));
    expect(readFileSync(STANDAARD_SUPERGRAPH, 'utf8')).toBe(actueel);
  });

  test('een veld zonder categorie laat de compositie mislukken en noemt het veld', async () => {
    const fout = await composeSupergraph([SUBGRAPH_DEFINITIES.netwerk, proefpartner]).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(CompositieFout);
    expect((fout as CompositieFout).meldingen).toEqual(['gi: veld Proefdossier.notitie heeft geen @categorie']);
    expect((fout as Error).message).toContain('Proefdossier.notitie');
  });

  test('elk veld van de supergraph heeft precies één bekende categorie', async () => {
    const { controleerSupergraph } = await import('@netwerkdossier/gateway');
    expect(() => controleerSupergraph(readFileSync(STANDAARD_SUPERGRAPH, 'utf8'))).not.toThrow();
    const zonder = readFileSync(STANDAARD_SUPERGRAPH, 'utf8').replace(/(aard: String!) @categorie\(naam: "veiligheid"\)/, '$1');
    expect(() => controleerSupergraph(zonder)).toThrow('Supergraph geweigerd: Melding.aard heeft geen @categorie');
  });
});
