import { Tekstdeel } from '@netwerkdossier/shared';
import { ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { Top3 } from './top3';

@ObjectType({ description: 'Een zorg uit de Top3, over wie zij gaat' })
@Entity('top3_zorg')
@Index('IDX_top3_zorg_top3', ['top3Id'])
export class Top3Zorg extends Tekstdeel('hulpverlening') {
  @Column('integer', { name: 'top3_id' })
  top3Id!: number;

  @ManyToOne(() => Top3, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'top3_id' })
  top3?: Top3;
}

@ObjectType({ description: 'Een kracht uit de Top3, over wie zij gaat' })
@Entity('top3_kracht')
@Index('IDX_top3_kracht_top3', ['top3Id'])
export class Top3Kracht extends Tekstdeel('hulpverlening') {
  @Column('integer', { name: 'top3_id' })
  top3Id!: number;

  @ManyToOne(() => Top3, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'top3_id' })
  top3?: Top3;
}
