import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

@ObjectType({ description: 'De jeugdbeschermer of jeugdreclasseerder van de GI die het gezin begeleidt' })
@Entity('jeugdbeschermer')
@Index('IDX_jeugdbeschermer_dossier', ['dossierId'], { unique: true })
export class Jeugdbeschermer extends DossierOnderdeel {
  @Field()
  @Categorie('maatregelkader')
  @Column('text')
  naam!: string;

  @Field({ description: 'Zakelijk telefoonnummer van de jeugdbeschermer' })
  @Categorie('maatregelkader')
  @Column('text')
  telefoonnummer!: string;
}
