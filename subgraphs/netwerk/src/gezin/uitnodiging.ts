import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import { Organisatie } from '../enums';

/**
 * A household member invites a named professional of a partner to the plan (the Utrecht model). The
 * consent is the member's own toestemmingsvraag (for that professional only); the professional's
 * acceptance registers the betrokkenheid it opens. Never a @Field.
 */
@Entity('uitnodiging')
export class Uitnodiging {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('IDX_uitnodiging_vraag', { unique: true })
  @Column('uuid', { name: 'vraag_id' })
  vraagId!: string;

  @Column('uuid', { name: 'huishouden_id' })
  huishoudenId!: string;

  @Column('text')
  organisatie!: Organisatie;

  @Index('IDX_uitnodiging_professional')
  @Column('text')
  professional!: string;

  /** Set once, by the acceptance: the betrokkenheid it registered. */
  @Column('uuid', { name: 'betrokkenheid_id', nullable: true })
  betrokkenheidId!: string | null;

  @CreateDateColumn({ name: 'uitgenodigd_op', type: 'timestamptz' })
  uitgenodigdOp!: Date;
}
