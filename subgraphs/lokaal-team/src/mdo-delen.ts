import { Tekstdeel } from '@netwerkdossier/shared';
import { ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { MdoVerslag } from './mdo-verslag';

@ObjectType({ description: 'Een besluit van het MDO, over wie het gaat' })
@Entity('mdo_besluit')
@Index('IDX_mdo_besluit_mdo_verslag', ['mdoVerslagId'])
export class MdoBesluit extends Tekstdeel('hulpverlening') {
  @Column('integer', { name: 'mdo_verslag_id' })
  mdoVerslagId!: number;

  @ManyToOne(() => MdoVerslag, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mdo_verslag_id' })
  mdoVerslag?: MdoVerslag;
}

@ObjectType({ description: 'Een afspraak uit het MDO, over wie zij gaat' })
@Entity('mdo_afspraak')
@Index('IDX_mdo_afspraak_mdo_verslag', ['mdoVerslagId'])
export class MdoAfspraak extends Tekstdeel('hulpverlening') {
  @Column('integer', { name: 'mdo_verslag_id' })
  mdoVerslagId!: number;

  @ManyToOne(() => MdoVerslag, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mdo_verslag_id' })
  mdoVerslag?: MdoVerslag;
}
