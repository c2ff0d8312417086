import { Categorie } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, ID, Query, Resolver } from 'type-graphql';

import { PersonaInvoer, Uitleg } from './uitleg';

/**
 * Declares `uitleg` in the netwerk schema; the gateway answers it itself from the same decision table
 * it enforces, so the explanation cannot differ from what a query returns. Asked here directly: refused.
 */
@Resolver(() => Uitleg)
export class UitlegResolver {
  @Query(() => Uitleg, {
    nullable: true,
    description: 'Waarom u ziet wat u ziet: uw volledige beslistabel voor dit huishouden en doel. De privacyfunctionaris kan dit vragen `als` een andere persona (simulator).',
  })
  @Categorie('grondslag')
  uitleg(
    @Arg('huishouden', () => ID) _huishouden: string,
    @Arg('doel') _doel: string,
    @Arg('als', () => PersonaInvoer, { nullable: true }) _als: PersonaInvoer | null,
  ): Uitleg {
    throw new GraphQLError('De uitleg geeft de gateway zelf', { extensions: { code: 'FORBIDDEN' } });
  }
}
