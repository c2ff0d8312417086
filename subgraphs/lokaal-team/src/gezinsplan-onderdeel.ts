import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Gezinsplan } from './gezinsplan';

/** A doel, afspraak or versie of a gezinsplan; each subclass names its own index on gezinsplan_id. */
export abstract class GezinsplanOnderdeel {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'gezinsplan_id' })
  gezinsplanId!: number;

  @ManyToOne(() => Gezinsplan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gezinsplan_id' })
  gezinsplan?: Gezinsplan;
}
