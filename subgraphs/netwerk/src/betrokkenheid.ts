import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import { Betrokkenheidsvorm, Organisatie } from './enums';

/** A professional's or team's involvement with a household. */
@ObjectType({ description: 'Betrokkenheid van een professional of team bij een huishouden' })
@Entity('betrokkenheid')
// defence in depth behind the mutation's checks: a statutory betrokkenheid without its basis cannot be stored
@Check('CHK_betrokkenheid_onderzoek_grondslag', `"vorm" <> 'onderzoek' OR "organisatie" NOT IN ('veilig-thuis', 'raad') OR ("grondslag" IS NOT NULL AND "afweging" IS NOT NULL)`)
@Check('CHK_betrokkenheid_maatregel_uitspraak', `"vorm" <> 'maatregel' OR "organisatie" <> 'gi' OR "uitspraakkenmerk" IS NOT NULL`)
@Check('CHK_betrokkenheid_periode', `"tot" IS NULL OR "tot" >= "vanaf"`)
// a confirmation names who, on what and when, or is not there at all
@Check('CHK_betrokkenheid_bevestiging', `("bevestigd_door" IS NULL) = ("bevestigd_met" IS NULL) AND ("bevestigd_door" IS NULL) = ("bevestigd_op" IS NULL)`)
export class Betrokkenheid {
  @Field(() => ID)
  @Categorie('pseudoniem')
  @PrimaryColumn('uuid')
  id!: string;

  @Index('IDX_betrokkenheid_huishouden')
  @Column('uuid', { name: 'huishouden_id' })
  huishoudenId!: string;

  @Field(() => Organisatie, { nullable: true, description: 'Null waar afgeschermd (de eigen betrokkenheid is altijd te zien)' })
  @Categorie('grondslag')
  @Column('text')
  organisatie!: Organisatie;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  @Column('text')
  team!: string;

  @Field(() => String, { nullable: true, description: 'Identiteit (subject) van de professional bij de eigen organisatie' })
  @Categorie('grondslag')
  @Index('IDX_betrokkenheid_professional')
  @Column('text')
  professional!: string;

  @Field(() => Betrokkenheidsvorm, { nullable: true })
  @Categorie('grondslag')
  @Column('text')
  vorm!: Betrokkenheidsvorm;

  @Field(() => Boolean, { nullable: true, description: 'Deze betrokkene voert de casusregie' })
  @Categorie('grondslag')
  @Column('boolean')
  regiehouder!: boolean;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  @Column('date')
  vanaf!: string;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  @Column('date', { nullable: true })
  tot!: string | null;

  @Field(() => String, { nullable: true, description: 'Wettelijke grondslag van een onderzoek, bijvoorbeeld Wmo 2015 art. 5.2.6' })
  @Categorie('grondslag')
  @Column('text', { nullable: true })
  grondslag!: string | null;

  @Field(() => String, { nullable: true, description: 'De schriftelijke afweging van proportionaliteit en subsidiariteit' })
  @Categorie('grondslag')
  @Column('text', { nullable: true })
  afweging!: string | null;

  @Field(() => String, { nullable: true, description: 'Kenmerk van de uitspraak van de rechter bij een maatregel: de grondslag van die betrokkenheid' })
  @Categorie('grondslag')
  @Column('text', { nullable: true })
  uitspraakkenmerk!: string | null;

  @Field(() => Date, { nullable: true, description: 'Wanneer de organisatie deze betrokkenheid aan het gezin meldde (een onderzoek kan eerst verborgen blijven)' })
  @Categorie('grondslag')
  @Column('timestamptz', { name: 'gemeld_aan_gezin', nullable: true })
  gemeldAanGezin!: Date | null;

  @Field(() => String, { nullable: true, description: 'Wie deze wettelijke betrokkenheid bevestigde: een tweede professional (sub) of het dossier van de eigen organisatie (dossier:<organisatie>); leeg zolang niet bevestigd' })
  @Categorie('grondslag')
  @Column('text', { name: 'bevestigd_door', nullable: true })
  bevestigdDoor!: string | null;

  @Field(() => String, { nullable: true, description: 'Waarmee: het kenmerk van het dossierstuk, of de rol van wie bevestigde (teamleider, gedragswetenschapper)' })
  @Categorie('grondslag')
  @Column('text', { name: 'bevestigd_met', nullable: true })
  bevestigdMet!: string | null;

  @Field(() => Date, { nullable: true, description: 'Wanneer bevestigd' })
  @Categorie('grondslag')
  @Column('timestamptz', { name: 'bevestigd_op', nullable: true })
  bevestigdOp!: Date | null;

  /** When it was registered: what awaits confirmation is shown oldest first (older rows: when this was added). */
  @CreateDateColumn({ name: 'geregistreerd_op', type: 'timestamptz' })
  geregistreerdOp!: Date;
}

/** wachtOpBevestiging in SQL, for the betrokkenheid row `b`: true while it waits, false otherwise (never null). */
export const WACHT_OP_BEVESTIGING_SQL = `(b.bevestigd_door IS NULL AND ((b.vorm = 'onderzoek' AND coalesce(b.grondslag, '') <> '' AND coalesce(b.afweging, '') <> '') OR (b.vorm = 'maatregel' AND coalesce(b.uitspraakkenmerk, '') <> '')))`;
