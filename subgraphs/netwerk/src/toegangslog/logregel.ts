import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One record of the toegangslog (NEN 7513): who, when, for what doel, about which household and persons,
 * what was decided and disclosed per item, on what grondslag, under which policy version, for which
 * request. Append-only (database triggers; the one change allowed is the retention job removing the
 * content of an expired record), chained by hash. Not in the GraphQL schema as such.
 */
@Entity('toegangslog')
export class Logregel {
  /** Gapless order of the chain, assigned by the single writer under a lock. */
  @PrimaryColumn('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  volgnummer!: number;

  @Index('IDX_toegangslog_tijdstip')
  @Column('timestamptz')
  tijdstip!: Date;

  /** inzien, uitleg, registratie, beleid, … */
  @Column('text')
  actie!: string;

  @Index('IDX_toegangslog_audit')
  @Column('uuid', { name: 'audit_id', nullable: true })
  auditId!: string | null;

  /** From here to `inhoud`: the content, removed (null) once the record's retention term has passed. */
  @Column('text', { nullable: true })
  sub!: string | null;

  @Column('text', { nullable: true })
  organisatie!: string | null;

  @Column('text', { nullable: true })
  rol!: string | null;

  @Column('text', { nullable: true })
  team!: string | null;

  /** On whose behalf: the privacy officer's simulator acts for a persona; otherwise null (for oneself). */
  @Column('text', { nullable: true })
  namens!: string | null;

  @Column('text', { nullable: true })
  doel!: string | null;

  @Column('text', { nullable: true })
  beleidsversie!: string | null;

  @Column('uuid', { array: true, nullable: true })
  huishoudens!: string[] | null;

  @Column('uuid', { array: true, nullable: true })
  personen!: string[] | null;

  /** The items: per person, partner and category the decision, the rule and the grondslag. */
  @Column('jsonb', { nullable: true })
  inhoud!: object | null;

  /** Hash of the content above; the record's own hash covers it, so the chain outlives the content. */
  @Column('text', { name: 'inhoud_hash', nullable: true })
  inhoudHash!: string | null;

  /** When the retention job removed the content (null: still complete). */
  @Column('timestamptz', { name: 'vervallen_op', nullable: true })
  vervallenOp!: Date | null;

  @Column('text', { name: 'vorige_hash' })
  vorigeHash!: string;

  @Column('text')
  hash!: string;
}

/** A signed statement by the gateway: "the chain up to volgnummer ends in this hash". */
@Entity('toegangslog_checkpoint')
export class Logcheckpoint {
  @PrimaryColumn('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  volgnummer!: number;

  @Column('text')
  hash!: string;

  /** JWS (ES256, the gateway's key) over { volgnummer, hash, tijdstip }. */
  @Column('text')
  handtekening!: string;

  @Column('timestamptz')
  tijdstip!: Date;
}

/** A record whose content is still there: its retention term has not passed. */
export type VolledigeLogregel = Logregel & { sub: string; rol: string; huishoudens: string[]; personen: string[]; inhoud: object };

export function isVolledig(r: Logregel): r is VolledigeLogregel {
  return r.vervallenOp === null && r.inhoud !== null;
}
