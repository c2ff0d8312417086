import { BEWAARTAAK_SQL } from '@netwerkdossier/shared';
import { MigrationInterface, QueryRunner } from 'typeorm';

import { alleenAanvullen, LID, nieuwRecord } from './1795450000100-Bewaartermijnen';

/**
 * A superuser no longer empties toegangslog records or records a retention run as if it were the retention
 * job: the triggers ask BEWAARTAAK_SQL (made by the shared BewaartaakGeenSuperuser, which runs first).
 */
export class ToegangslogBewaartaak1796220000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(alleenAanvullen(BEWAARTAAK_SQL));
    await q.query(nieuwRecord('CREATE OR REPLACE', BEWAARTAAK_SQL));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(alleenAanvullen(LID));
    await q.query(nieuwRecord('CREATE OR REPLACE', LID));
  }
}
