import { BEWAARROL } from '@netwerkdossier/shared';
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABELLEN = ['beleidsversie', 'beleid_in_werking'];

/** The retention job applies the terms of the policy version in force, which it reads from the registry. */
export class BewaartaakLeestBeleid1796420000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const t of TABELLEN) await q.query(`GRANT SELECT ON "${t}" TO "${BEWAARROL}"`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABELLEN) await q.query(`REVOKE SELECT ON "${t}" FROM "${BEWAARROL}"`);
  }
}
