import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

/** Adviezen, besluiten and afspraken are resolved from their own tables (mdo-verslag.resolver.ts). */
@ObjectType({ description: 'Verslag van een multidisciplinair overleg (MDO) over het huishouden' })
@Entity('mdo_verslag')
@Index('IDX_mdo_verslag_dossier', ['dossierId'])
export class MdoVerslag extends DossierOnderdeel {
  @Field()
  @Categorie('hulpverlening')
  @Column('date')
  datum!: string;

  @Field({ description: 'De professional die de casus inbracht' })
  @Categorie('hulpverlening')
  @Column('text')
  inbrenger!: string;

  @Field({ description: 'De vraag aan het MDO' })
  @Categorie('hulpverlening')
  @Column('text')
  vraag!: string;
}
