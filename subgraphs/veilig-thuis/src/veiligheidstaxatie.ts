import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

@ObjectType({ description: 'Taxatie van acute en structurele onveiligheid' })
@Entity('veiligheidstaxatie')
@Index('IDX_veiligheidstaxatie_dossier', ['dossierId'])
export class Veiligheidstaxatie extends DossierOnderdeel {
  @Field()
  @Categorie('veiligheid')
  @Column('date')
  datum!: string;

  @Field()
  @Categorie('veiligheid')
  @Column('boolean', { name: 'acute_onveiligheid' })
  acuteOnveiligheid!: boolean;

  @Field()
  @Categorie('veiligheid')
  @Column('boolean', { name: 'structurele_onveiligheid' })
  structureleOnveiligheid!: boolean;

  @Field()
  @Categorie('veiligheid')
  @Column('text')
  toelichting!: string;
}
