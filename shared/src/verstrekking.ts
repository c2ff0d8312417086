import { Column, Entity, Index, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';

import { BEWAARROL, BEWAARTAAK_SQL, maakBewaarrol, maakBewaartaakTest } from './bewaren';

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
 * against the toegangslog. Append-only (database triggers); only the retention job removes expired entries.
 */
@Entity('verstrekking')
export class Verstrekking {
  /** The grant's unique id (jti): one record per subgraph fetch. */
  @PrimaryColumn('uuid')
  grant!: string;

  @Index('IDX_verstrekking_audit')
  @Column('uuid', { name: 'audit_id', nullable: true })
  auditId!: string | null;

  @Index('IDX_verstrekking_tijdstip')
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

/** The verstrekkingenlog's trigger function; `bewaartaak` is the SQL that says the retention job is deleting. */
const alleenAanvullen = (maak: 'CREATE' | 'CREATE OR REPLACE', bewaartaak: string) => `${maak} FUNCTION "verstrekking_alleen_aanvullen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND ${bewaartaak} THEN RETURN OLD; END IF;
        RAISE EXCEPTION 'het verstrekkingenlog is alleen aan te vullen: % op % geweigerd (verwijderen doet alleen de bewaartaak)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`;

/**
 * The verstrekkingenlog is append-only for the service's role, enforced by the database: no UPDATE or
 * TRUNCATE for anyone, DELETE only for the retention job's role (BEWAARROL), which removes entries
 * past the policy's term (`npm run audit:bewaren`).
 */
export class VerstrekkingenAlleenAanvullen1795450000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await maakBewaarrol(q);
    await q.query(`CREATE INDEX "IDX_verstrekking_tijdstip" ON "verstrekking"  ("tijdstip")`);
    await q.query(alleenAanvullen('CREATE', `pg_has_role(current_user, '${BEWAARROL}', 'MEMBER')`));
    await q.query(`CREATE TRIGGER "verstrekking_geen_wijziging" BEFORE UPDATE OR DELETE ON "verstrekking" FOR EACH ROW EXECUTE FUNCTION "verstrekking_alleen_aanvullen"()`);
    await q.query(`CREATE TRIGGER "verstrekking_geen_truncate" BEFORE TRUNCATE ON "verstrekking" FOR EACH STATEMENT EXECUTE FUNCTION "verstrekking_alleen_aanvullen"()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "verstrekking" FROM PUBLIC`);
    await q.query(`GRANT SELECT, DELETE ON "verstrekking" TO "${BEWAARROL}"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT, DELETE ON "verstrekking" FROM "${BEWAARROL}"`);
    await q.query(`DROP TRIGGER "verstrekking_geen_truncate" ON "verstrekking"`);
    await q.query(`DROP TRIGGER "verstrekking_geen_wijziging" ON "verstrekking"`);
    await q.query(`DROP FUNCTION "verstrekking_alleen_aanvullen"()`);
    await q.query(`DROP INDEX "public"."IDX_verstrekking_tijdstip"`);
  }
}

/** A superuser no longer deletes verstrekkingen as if it were the retention job (BEWAARTAAK_SQL). */
export class BewaartaakGeenSuperuser1796220000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await maakBewaartaakTest(q);
    await q.query(alleenAanvullen('CREATE OR REPLACE', BEWAARTAAK_SQL));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(alleenAanvullen('CREATE OR REPLACE', `pg_has_role(current_user, '${BEWAARROL}', 'MEMBER')`));
    await q.query(`DROP FUNCTION ${BEWAARTAAK_SQL}`);
  }
}
