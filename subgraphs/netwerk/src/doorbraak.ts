import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Access despite missing consent, for serious safety concerns: named persons and categories, time-boxed, reported. */
@ObjectType({ description: 'Doorbraak: toegang ondanks ontbrekende toestemming, bij ernstige zorgen over veiligheid' })
@Entity('doorbraak')
export class Doorbraak {
  @Field(() => ID)
  @Categorie('pseudoniem')
  @PrimaryColumn('uuid')
  id!: string;

  @Index('IDX_doorbraak_huishouden')
  @Column('uuid', { name: 'huishouden_id' })
  huishoudenId!: string;

  @Field(() => [ID])
  @Categorie('grondslag')
  @Column('uuid', { array: true })
  personen!: string[];

  @Field(() => [String])
  @Categorie('grondslag')
  @Column('text', { array: true })
  categorieen!: string[];

  @Field({ description: 'Wie de doorbraak deed (subject)' })
  @Categorie('grondslag')
  @Column('text')
  professional!: string;

  @Field()
  @Categorie('grondslag')
  @Column('text')
  organisatie!: string;

  @Field({ description: 'De schriftelijke reden: welke ernstige zorg, waarom nu, waarom zonder toestemming' })
  @Categorie('grondslag')
  @Column('text')
  reden!: string;

  @Field()
  @Categorie('grondslag')
  @CreateDateColumn({ name: 'begint_op', type: 'timestamptz' })
  begintOp!: Date;

  @Field()
  @Categorie('grondslag')
  @Column('timestamptz', { name: 'eindigt_op' })
  eindigtOp!: Date;

  @Field({ description: 'Het beleid (versie) waaronder de doorbraak werd toegestaan' })
  @Categorie('grondslag')
  @Column('text')
  beleidsversie!: string;
}
