import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { MdoVerslag } from './mdo-verslag';

@ObjectType({ description: 'Het advies van één deelnemer aan het MDO' })
@Entity('mdo_advies')
export class MdoAdvies {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_mdo_advies_mdo_verslag')
  @Column('integer', { name: 'mdo_verslag_id' })
  mdoVerslagId!: number;

  @ManyToOne(() => MdoVerslag, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mdo_verslag_id' })
  mdoVerslag?: MdoVerslag;

  @Field(() => [ID], { description: 'De gezinsleden (pseudoniemen) over wie dit deel gaat; te zien waar het voor elk van hen te zien is. Leeg: het hele huishouden' })
  @Categorie('pseudoniem')
  @Column('text', { array: true })
  betreft!: string[];

  @Field()
  @Categorie('hulpverlening')
  @Column('text')
  deelnemer!: string;

  @Field({ description: 'Organisatie van de deelnemer, bijvoorbeeld Veilig Thuis' })
  @Categorie('hulpverlening')
  @Column('text')
  organisatie!: string;

  @Field()
  @Categorie('hulpverlening')
  @Column('text')
  advies!: string;
}
