import { Categorie } from '@netwerkdossier/shared';
import { Field, ID } from 'type-graphql';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Gezinsplan } from './gezinsplan';

/** A doel or afspraak of a gezinsplan, a part attributed to persons (shared/src/betreft.ts); each subclass names its own index on gezinsplan_id. */
export abstract class GezinsplanOnderdeel {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'gezinsplan_id' })
  gezinsplanId!: number;

  @ManyToOne(() => Gezinsplan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gezinsplan_id' })
  gezinsplan?: Gezinsplan;

  @Field(() => [ID], { description: 'De gezinsleden (pseudoniemen) over wie dit deel gaat; te zien waar het voor elk van hen te zien is. Leeg: het hele huishouden' })
  @Categorie('pseudoniem')
  @Column('text', { array: true })
  betreft!: string[];
}
