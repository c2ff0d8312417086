import { NaarTekstdelen, naarTekstdelen, uitTekstdelen } from '@netwerkdossier/shared';
import { MigrationInterface, QueryRunner } from 'typeorm';

const DELEN: NaarTekstdelen[] = [
  { tabel: 'top3_zorg', ouder: 'top3', sleutel: 'top3_id', bron: 'zorgen', pk: 'PK_379e54317790a220be684824ad0', fk: 'FK_bcf0c7c99b5c9d9d42d894bc900', index: 'IDX_top3_zorg_top3' },
  { tabel: 'top3_kracht', ouder: 'top3', sleutel: 'top3_id', bron: 'krachten', pk: 'PK_7fb26c02f14f1738e1fa39c00aa', fk: 'FK_8022586656900047fc676b988ee', index: 'IDX_top3_kracht_top3' },
  { tabel: 'mdo_besluit', ouder: 'mdo_verslag', sleutel: 'mdo_verslag_id', bron: 'besluit', enkel: true, pk: 'PK_bad9283bdbb17654512fc9c8945', fk: 'FK_f5241bc2b09d0b98b4d4504008f', index: 'IDX_mdo_besluit_mdo_verslag' },
  { tabel: 'mdo_afspraak', ouder: 'mdo_verslag', sleutel: 'mdo_verslag_id', bron: 'afspraken', pk: 'PK_ea7a586dfece77d2daa6b234ea9', fk: 'FK_6aff2b96e8a4686d1269c123a3b', index: 'IDX_mdo_afspraak_mdo_verslag' },
  { tabel: 'onderliggende_factor', ouder: 'verklarende_analyse', sleutel: 'analyse_id', bron: 'onderliggende_factoren', pk: 'PK_f532a228940f4a013c2e8434972', fk: 'FK_261ea6c0cf2203eabd5fd3dba9f', index: 'IDX_onderliggende_factor_analyse' },
  { tabel: 'patroon', ouder: 'verklarende_analyse', sleutel: 'analyse_id', bron: 'patronen', pk: 'PK_c2eac5301e9f63a19d3c45cf2f4', fk: 'FK_902333644725fe42933490e71dd', index: 'IDX_patroon_analyse' },
];

/** The Top3's zorgen and krachten, an MDO's besluit and afspraken and the verklarende analyse's lines become parts, each attributable to persons. */
export class Tekstdelen1796430000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const d of DELEN) await naarTekstdelen(q, d);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const d of [...DELEN].reverse()) await uitTekstdelen(q, d);
  }
}
