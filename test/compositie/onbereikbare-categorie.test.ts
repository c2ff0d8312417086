import { composeSupergraph, CompositieFout } from '@netwerkdossier/gateway';
import { Categorie, SubgraphDefinitie } from '@netwerkdossier/shared';
import { SUBGRAPH_DEFINITIES } from '@netwerkdossier/tools';
import { Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType({ description: 'Een voortgangsgesprek: hulpverlening, met een veiligheidscijfer erin' })
class Voortgangsgesprek {
  @Field(() => ID)
  @Categorie('pseudoniem')
  id!: string;

  @Field()
  @Categorie('hulpverlening')
  verslag!: string;

  @Field(() => Int, { nullable: true, description: 'Veiligheid, binnen een record dat als hulpverlening wordt afgeschermd' })
  @Categorie('veiligheid')
  veiligheidscijfer!: number | null;

  @Field(() => String, { nullable: true, description: 'Een werkaantekening: gaat alleen in het eigen dossier open, en dan met het gesprek' })
  @Categorie('werkaantekening')
  werkaantekening!: string | null;

  @Field(() => String, { nullable: true, description: 'Een maatregel die in het gesprek ter sprake kwam: het kader ervan, dat de GI ook elders op zichzelf toont' })
  @Categorie('maatregelkader')
  maatregel!: string | null;
}

@Resolver(() => Voortgangsgesprek)
class VoortgangsgesprekResolver {
  @Query(() => [Voortgangsgesprek])
  @Categorie('hulpverlening')
  voortgangsgesprekken(): Voortgangsgesprek[] {
    return [];
  }
}

const proefpartner: SubgraphDefinitie = {
  ...SUBGRAPH_DEFINITIES.gi,
  resolvers: [...SUBGRAPH_DEFINITIES.gi.resolvers, VoortgangsgesprekResolver],
};

/**
 * A record is withheld as a whole with the field that holds it: a field of another category inside it
 * would be unreachable where its own category is open, while `uitleg` and the simulator call it visible.
 */
describe('categorieën die kunnen gelden', () => {
  test('een veld waarvan de categorie open kan zijn terwijl zijn record als geheel is afgeschermd, laat de compositie mislukken', async () => {
    const fout = await composeSupergraph([SUBGRAPH_DEFINITIES.netwerk, proefpartner]).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(CompositieFout);
    expect((fout as CompositieFout).meldingen).toEqual([
      'gi: veld Voortgangsgesprek.veiligheidscijfer (veiligheid) staat in een record dat met Query.voortgangsgesprekken (hulpverlening) als geheel wordt afgeschermd; '
        + 'waar veiligheid open is en hulpverlening niet, is het onbereikbaar terwijl de uitleg het zichtbaar noemt: geef het de categorie hulpverlening, of haal het uit dit record',
    ]);
  });
});
