import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { Organisatie, Toestemmingsvorm } from './enums';

/** Consent of (or for) one person, for named recipients, categories and doel. Registered in a later issue. */
@ObjectType({ description: 'Toestemming van of voor één persoon' })
@Entity('toestemming')
export class Toestemming {
  @Field(() => ID)
  @Categorie('pseudoniem')
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID, { name: 'persoon', description: 'Pseudoniem van de persoon om wie het gaat' })
  @Categorie('pseudoniem')
  @Index('IDX_toestemming_persoon')
  @Column('uuid', { name: 'persoon_id' })
  persoonId!: string;

  @Field(() => [ID], { description: 'Pseudoniemen van wie de toestemming gaf: de persoon zelf en/of gezaghebbenden' })
  @Categorie('grondslag')
  @Column('uuid', { name: 'gegeven_door', array: true })
  gegevenDoor!: string[];

  @Field(() => Organisatie)
  @Categorie('grondslag')
  @Column('text', { name: 'ontvanger_organisatie' })
  ontvangerOrganisatie!: Organisatie;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  @Column('text', { name: 'ontvanger_team', nullable: true })
  ontvangerTeam!: string | null;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  @Column('text', { name: 'ontvanger_professional', nullable: true })
  ontvangerProfessional!: string | null;

  @Field(() => [String])
  @Categorie('grondslag')
  @Column('text', { array: true })
  categorieen!: string[];

  @Field()
  @Categorie('grondslag')
  @Column('text')
  doel!: string;

  @Field(() => Toestemmingsvorm)
  @Categorie('grondslag')
  @Column('text')
  vorm!: Toestemmingsvorm;

  @Field({ description: 'Verwijzing naar het bewijs: formulier of gespreksverslag' })
  @Categorie('grondslag')
  @Column('text')
  bewijs!: string;

  @Field()
  @Categorie('grondslag')
  @Column('date', { name: 'geldig_vanaf' })
  geldigVanaf!: string;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  @Column('date', { name: 'geldig_tot', nullable: true })
  geldigTot!: string | null;

  @Field(() => Date, { nullable: true })
  @Categorie('grondslag')
  @Column('timestamptz', { name: 'ingetrokken_op', nullable: true })
  ingetrokkenOp!: Date | null;
}
