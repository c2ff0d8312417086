import { naarTekstdelen, uitTekstdelen } from '@netwerkdossier/shared';
import { MigrationInterface, QueryRunner } from 'typeorm';

const AFSPRAKEN = {
  tabel: 'veiligheidsafspraak', ouder: 'veiligheidskaart', sleutel: 'veiligheidskaart_id', bron: 'veiligheidsafspraken',
  pk: 'PK_843bd9fd7893edbf7ad4c9eaf10', fk: 'FK_dcbe6843da2043c82c6bcda8a67', index: 'IDX_veiligheidsafspraak_veiligheidskaart',
};

/** The Veiligheidskaart's afspraken become parts, each attributable to persons. */
export class Veiligheidsafspraken1796430000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await naarTekstdelen(q, AFSPRAKEN);
  }

  async down(q: QueryRunner): Promise<void> {
    await uitTekstdelen(q, AFSPRAKEN);
  }
}
