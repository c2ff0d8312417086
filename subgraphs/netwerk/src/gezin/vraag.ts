import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import { Organisatie } from '../enums';

/**
 * A consent a household member asks in the app, for themselves or for a child: what the answers are
 * about. Each yes is an ordinary Toestemming (with this vraag's id), so the gateway decides on it as on any
 * other; a no is a Toestemmingsweigering. Never a @Field: the member reads it through MijnToestemmingsvraag.
 */
@Entity('toestemmingsvraag')
export class Toestemmingsvraag {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('IDX_toestemmingsvraag_huishouden')
  @Column('uuid', { name: 'huishouden_id' })
  huishoudenId!: string;

  @Index('IDX_toestemmingsvraag_persoon')
  @Column('uuid', { name: 'persoon_id' })
  persoonId!: string;

  @Column('uuid', { name: 'gevraagd_door' })
  gevraagdDoor!: string;

  @Column('text', { name: 'ontvanger_organisatie' })
  ontvangerOrganisatie!: Organisatie;

  @Column('text', { name: 'ontvanger_professional', nullable: true })
  ontvangerProfessional!: string | null;

  @Column('text', { array: true })
  categorieen!: string[];

  @Column('text')
  doel!: string;

  @Column('date', { name: 'geldig_tot', nullable: true })
  geldigTot!: string | null;

  @CreateDateColumn({ name: 'gevraagd_op', type: 'timestamptz' })
  gevraagdOp!: Date;
}

/** One member's no to a vraag: it closes the vraag, and every yes given to it is revoked with it. */
@Entity('toestemmingsweigering')
export class Toestemmingsweigering {
  @PrimaryColumn('uuid', { name: 'vraag_id' })
  vraagId!: string;

  @PrimaryColumn('uuid')
  door!: string;

  @CreateDateColumn({ name: 'geweigerd_op', type: 'timestamptz' })
  geweigerdOp!: Date;
}
