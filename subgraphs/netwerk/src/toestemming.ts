import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { Organisatie, Toestemmingsvorm } from './enums';

/** Consent of (or for) one person, for named recipients, categories and doel. */
@ObjectType({ description: 'Toestemming van of voor één persoon' })
@Entity('toestemming')
@Check('CHK_toestemming_geregistreerd_door', `("geregistreerd_door" IS NULL) = ("geregistreerd_door_organisatie" IS NULL)`)
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

  /**
   * Who registered it (subject at their organisation), so that they may revoke it; never a @Field. Null on
   * consents registered before this was recorded: those only the person, a giver or the regiehouder revoke.
   */
  @Column('text', { name: 'geregistreerd_door', nullable: true })
  geregistreerdDoor!: string | null;

  @Column('text', { name: 'geregistreerd_door_organisatie', nullable: true })
  geregistreerdDoorOrganisatie!: Organisatie | null;

  /** The household's own toestemmingsvraag this yes answers (given in the app); null when a professional registered it. Never a @Field. */
  @Index('IDX_toestemming_vraag')
  @Column('uuid', { name: 'vraag_id', nullable: true })
  vraagId!: string | null;
}
