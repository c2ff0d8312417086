import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

@ObjectType({ description: 'Eigen werkaantekening van een professional van het lokaal team' })
@Entity('werkaantekening')
@Index('IDX_werkaantekening_dossier', ['dossierId'])
export class Werkaantekening extends DossierOnderdeel {
  @Field()
  @Categorie('werkaantekening')
  @Column('date')
  datum!: string;

  @Field()
  @Categorie('werkaantekening')
  @Column('text')
  auteur!: string;

  @Field()
  @Categorie('werkaantekening')
  @Column('text')
  tekst!: string;
}
