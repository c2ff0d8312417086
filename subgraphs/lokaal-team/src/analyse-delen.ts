import { Tekstdeel } from '@netwerkdossier/shared';
import { ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VerklarendeAnalyse } from './verklarende-analyse';

@ObjectType({ description: 'Een onderliggende factor uit de verklarende analyse, over wie zij gaat' })
@Entity('onderliggende_factor')
@Index('IDX_onderliggende_factor_analyse', ['analyseId'])
export class OnderliggendeFactor extends Tekstdeel('hulpverlening') {
  @Column('integer', { name: 'analyse_id' })
  analyseId!: number;

  @ManyToOne(() => VerklarendeAnalyse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'analyse_id' })
  analyse?: VerklarendeAnalyse;
}

@ObjectType({ description: 'Een patroon uit de verklarende analyse, over wie het gaat' })
@Entity('patroon')
@Index('IDX_patroon_analyse', ['analyseId'])
export class Patroon extends Tekstdeel('hulpverlening') {
  @Column('integer', { name: 'analyse_id' })
  analyseId!: number;

  @ManyToOne(() => VerklarendeAnalyse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'analyse_id' })
  analyse?: VerklarendeAnalyse;
}
