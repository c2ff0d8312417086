import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

import { Huisvesting, Inkomensbron } from './enums';

@ObjectType({ description: 'Inkomen, schulden en huisvesting van het huishouden' })
@Entity('bestaanszekerheid')
@Index('IDX_bestaanszekerheid_dossier', ['dossierId'], { unique: true })
export class Bestaanszekerheid extends DossierOnderdeel {
  @Field()
  @Categorie('bestaanszekerheid')
  @Column('date', { name: 'bijgewerkt_op' })
  bijgewerktOp!: string;

  @Field(() => Inkomensbron)
  @Categorie('bestaanszekerheid')
  @Column('text')
  inkomen!: Inkomensbron;

  @Field({ description: 'Of er schulden zijn' })
  @Categorie('bestaanszekerheid')
  @Column('boolean')
  schulden!: boolean;

  @Field({ description: 'Of het huishouden al schuldhulpverlening heeft' })
  @Categorie('bestaanszekerheid')
  @Column('boolean')
  schuldhulpverlening!: boolean;

  @Field(() => Huisvesting)
  @Categorie('bestaanszekerheid')
  @Column('text')
  huisvesting!: Huisvesting;
}
