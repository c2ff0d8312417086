import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import { Organisatie } from '../enums';

/** AVG art. 21, 16 and 17: an objection to a disclosure, or a request to correct or remove information. */
export const VERZOEKSOORTEN = ['bezwaar', 'correctie', 'verwijdering'] as const;
export type Verzoeksoort = (typeof VERZOEKSOORTEN)[number];

/**
 * A household member's objection or request about one item, for the privacy officer of the organisation
 * that is responsible for it (the controller). Never a @Field: the member reads MijnVerzoek, the privacy
 * officer Gezinsverzoek.
 */
@Entity('gezinsverzoek')
@Check('CHK_gezinsverzoek_soort', `"soort" IN ('bezwaar', 'correctie', 'verwijdering')`)
export class Verzoek {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'huishouden_id' })
  huishoudenId!: string;

  @Index('IDX_gezinsverzoek_persoon')
  @Column('uuid', { name: 'persoon_id' })
  persoonId!: string;

  @Column('text')
  soort!: Verzoeksoort;

  @Index('IDX_gezinsverzoek_organisatie')
  @Column('text')
  organisatie!: Organisatie;

  /** What it is about, as the member saw it. */
  @Column('text')
  over!: string;

  /** The access it objects to (the toegangslog's volgnummer), where it is about one. */
  @Column('bigint', { nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  logregel!: number | null;

  @Column('text')
  toelichting!: string;

  @CreateDateColumn({ name: 'ingediend_op', type: 'timestamptz' })
  ingediendOp!: Date;
}

/** The privacy officer's answer, once. */
@Entity('gezinsverzoekantwoord')
export class Verzoekantwoord {
  @PrimaryColumn('uuid', { name: 'verzoek_id' })
  verzoekId!: string;

  @Column('text')
  antwoord!: string;

  @Column('text', { name: 'beantwoord_door' })
  beantwoordDoor!: string;

  @CreateDateColumn({ name: 'beantwoord_op', type: 'timestamptz' })
  beantwoordOp!: Date;
}
