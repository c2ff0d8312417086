import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

import { Adviessoort } from './enums';

@ObjectType({ description: 'Advies of verzoek van de Raad aan de rechter' })
@Entity('advies_aan_rechter')
@Index('IDX_advies_aan_rechter_dossier', ['dossierId'])
export class AdviesAanRechter extends DossierOnderdeel {
  @Field(() => Adviessoort)
  @Categorie('justitieel')
  @Column('text')
  soort!: Adviessoort;

  @Field()
  @Categorie('justitieel')
  @Column('date')
  datum!: string;

  @Field({ description: 'Zaaknummer bij de rechtbank, bijvoorbeeld C/99/000123 / JE RK 26-123' })
  @Categorie('justitieel')
  @Column('text')
  zaaknummer!: string;

  @Field()
  @Categorie('justitieel')
  @Column('text')
  inhoud!: string;
}
