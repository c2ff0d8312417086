import { Categorie } from '@netwerkdossier/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';

import { GezinsplanOnderdeel } from './gezinsplan-onderdeel';

/** About the household as a whole, like the plan's own date: no `betreft`, decided for every member. */
@ObjectType({ description: 'Een versie van het gezinsplan: elke keer dat het plan met het huishouden is (her)vastgesteld' })
@Entity('gezinsplan_versie')
@Check('CHK_gezinsplan_versie_nummer', '"nummer" >= 1')
@Index('IDX_gezinsplan_versie_nummer', ['gezinsplanId', 'nummer'], { unique: true })
export class GezinsplanVersie extends GezinsplanOnderdeel {
  @Field(() => Int, { description: 'Het volgnummer van de versie; 1 is het eerste plan' })
  @Categorie('hulpverlening')
  @Column('integer')
  nummer!: number;

  @Field({ description: 'Datum waarop deze versie met het huishouden is vastgesteld' })
  @Categorie('hulpverlening')
  @Column('date', { name: 'vastgesteld_op' })
  vastgesteldOp!: string;

  @Field({ description: 'Wat er in deze versie veranderde, kort, in de woorden van het lokaal team' })
  @Categorie('hulpverlening')
  @Column('text')
  omschrijving!: string;
}
