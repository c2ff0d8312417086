import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { Betrokkenheidsvorm, Organisatie } from './enums';

/** A professional's or team's involvement with a household. */
@ObjectType({ description: 'Betrokkenheid van een professional of team bij een huishouden' })
@Entity('betrokkenheid')
export class Betrokkenheid {
  @Field(() => ID)
  @Categorie('pseudoniem')
  @PrimaryColumn('uuid')
  id!: string;

  @Index('IDX_betrokkenheid_huishouden')
  @Column('uuid', { name: 'huishouden_id' })
  huishoudenId!: string;

  @Field(() => Organisatie)
  @Categorie('hulpverlening')
  @Column('text')
  organisatie!: Organisatie;

  @Field()
  @Categorie('hulpverlening')
  @Column('text')
  team!: string;

  @Field({ description: 'Identiteit (subject) van de professional bij de eigen organisatie' })
  @Categorie('hulpverlening')
  @Index('IDX_betrokkenheid_professional')
  @Column('text')
  professional!: string;

  @Field(() => Betrokkenheidsvorm)
  @Categorie('hulpverlening')
  @Column('text')
  vorm!: Betrokkenheidsvorm;

  @Field({ description: 'Deze betrokkene voert de casusregie' })
  @Categorie('hulpverlening')
  @Column('boolean')
  regiehouder!: boolean;

  @Field()
  @Categorie('hulpverlening')
  @Column('date')
  vanaf!: string;

  @Field(() => String, { nullable: true })
  @Categorie('hulpverlening')
  @Column('date', { nullable: true })
  tot!: string | null;
}
