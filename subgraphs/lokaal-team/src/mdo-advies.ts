import { Betreft, Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
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

  @Betreft()
  betreft!: string[];

  @Field(() => String, { nullable: true })
  @Categorie('hulpverlening')
  @Column('text')
  deelnemer!: string;

  @Field(() => String, { nullable: true, description: 'Organisatie van de deelnemer, bijvoorbeeld Veilig Thuis' })
  @Categorie('hulpverlening')
  @Column('text')
  organisatie!: string;

  @Field(() => String, { nullable: true })
  @Categorie('hulpverlening')
  @Column('text')
  advies!: string;
}
