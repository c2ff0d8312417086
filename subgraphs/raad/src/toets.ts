import { Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Toetsoordeel } from './enums';
import { VerzoekTotToetsing } from './verzoek-tot-toetsing';

/** Independence is a database rule: the toetser is never the onderzoeker of the same beschermingsonderzoek. */
@ObjectType({ description: 'De onafhankelijke toets door een andere raadsmedewerker dan de onderzoeker' })
@Entity('toets')
@Check('CHK_toets_onafhankelijk', '"uitgevoerd_door" <> "onderzoeker"')
export class Toets {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_toets_verzoek', { unique: true })
  @Column('integer', { name: 'verzoek_id' })
  verzoekId!: number;

  /** The onderzoeker, held equal to the verzoek's (and so the onderzoek's) by the composite foreign key. */
  @Column('text')
  onderzoeker!: string;

  @ManyToOne(() => VerzoekTotToetsing, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn([
    { name: 'verzoek_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_toets_verzoek_tot_toetsing' },
    { name: 'onderzoeker', referencedColumnName: 'onderzoeker' },
  ])
  verzoek?: VerzoekTotToetsing;

  @Field({ description: 'Identiteit (subject) van de toetsende raadsmedewerker' })
  @Categorie('justitieel')
  @Column('text', { name: 'uitgevoerd_door' })
  uitgevoerdDoor!: string;

  @Field()
  @Categorie('justitieel')
  @Column('date')
  datum!: string;

  @Field(() => Toetsoordeel)
  @Categorie('justitieel')
  @Column('text')
  oordeel!: Toetsoordeel;

  @Field()
  @Categorie('justitieel')
  @Column('text')
  motivering!: string;
}
