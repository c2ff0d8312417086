import { Tekstdeel } from '@netwerkdossier/shared';
import { ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { Veiligheidskaart } from './veiligheidskaart';

@ObjectType({ description: 'Een veiligheidsafspraak van de Veiligheidskaart, over wie zij gaat' })
@Entity('veiligheidsafspraak')
@Index('IDX_veiligheidsafspraak_veiligheidskaart', ['veiligheidskaartId'])
export class Veiligheidsafspraak extends Tekstdeel('veiligheid') {
  @Column('integer', { name: 'veiligheidskaart_id' })
  veiligheidskaartId!: number;

  @ManyToOne(() => Veiligheidskaart, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'veiligheidskaart_id' })
  veiligheidskaart?: Veiligheidskaart;
}
