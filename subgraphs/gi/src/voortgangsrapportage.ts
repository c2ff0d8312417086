import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

@ObjectType({ description: 'Periodieke rapportage over de voortgang van het plan van aanpak' })
@Entity('voortgangsrapportage')
@Index('IDX_voortgangsrapportage_dossier', ['dossierId'])
export class Voortgangsrapportage extends DossierOnderdeel {
  @Field()
  @Categorie('hulpverlening')
  @Column('date')
  datum!: string;

  @Field()
  @Categorie('hulpverlening')
  @Column('text')
  samenvatting!: string;

  @Field(() => String, { nullable: true, description: 'Eigen aantekening van de jeugdbeschermer bij deze rapportage' })
  @Categorie('werkaantekening')
  @Column('text', { nullable: true })
  werkaantekening!: string | null;
}
