import { Column, Entity, Index, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';

/** One item a subgraph disclosed: this category about this household or person, as decided. */
export interface VerstrektItem {
  soort: 'huishouden' | 'persoon';
  id: string;
  categorie: string;
  uitkomst: 'zichtbaar' | 'geanonimiseerd';
}

/**
 * The partner's own record of what it disclosed for one grant (verstrekkingenlog): every organisation
 * can answer for its own data without trusting the gateway, and `npm run audit:kruiscontrole` matches it
 * against the toegangslog.
 */
@Entity('verstrekking')
export class Verstrekking {
  /** The grant's unique id (jti): one record per subgraph fetch. */
  @PrimaryColumn('uuid')
  grant!: string;

  @Index('IDX_verstrekking_audit')
  @Column('uuid', { name: 'audit_id', nullable: true })
  auditId!: string | null;

  @Column('timestamptz')
  tijdstip!: Date;

  @Column('text')
  sub!: string;

  @Column('text', { nullable: true })
  organisatie!: string | null;

  @Column('text')
  doel!: string;

  @Column('jsonb')
  items!: VerstrektItem[];
}

export class Verstrekkingen1795440000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "verstrekking" ("grant" uuid NOT NULL, "audit_id" uuid, "tijdstip" TIMESTAMP WITH TIME ZONE NOT NULL, "sub" text NOT NULL, "organisatie" text, "doel" text NOT NULL, "items" jsonb NOT NULL, CONSTRAINT "PK_verstrekking" PRIMARY KEY ("grant"))`);
    await q.query(`CREATE INDEX "IDX_verstrekking_audit" ON "verstrekking"  ("audit_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_verstrekking_audit"`);
    await q.query(`DROP TABLE "verstrekking"`);
  }
}
