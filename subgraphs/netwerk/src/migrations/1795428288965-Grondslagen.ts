import { MigrationInterface, QueryRunner } from 'typeorm';

export class Grondslagen1795428288965 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "betrokkenheid" ADD "grondslag" text`);
    await q.query(`ALTER TABLE "betrokkenheid" ADD "afweging" text`);
    await q.query(`ALTER TABLE "betrokkenheid" ADD "uitspraakkenmerk" text`);
    await q.query(`ALTER TABLE "betrokkenheid" ADD CONSTRAINT "CHK_betrokkenheid_periode" CHECK ("tot" IS NULL OR "tot" >= "vanaf")`);
    await q.query(`ALTER TABLE "betrokkenheid" ADD CONSTRAINT "CHK_betrokkenheid_maatregel_uitspraak" CHECK ("vorm" <> 'maatregel' OR "organisatie" <> 'gi' OR "uitspraakkenmerk" IS NOT NULL)`);
    await q.query(`ALTER TABLE "betrokkenheid" ADD CONSTRAINT "CHK_betrokkenheid_onderzoek_grondslag" CHECK ("vorm" <> 'onderzoek' OR "organisatie" NOT IN ('veilig-thuis', 'raad') OR ("grondslag" IS NOT NULL AND "afweging" IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "betrokkenheid" DROP CONSTRAINT "CHK_betrokkenheid_onderzoek_grondslag"`);
    await q.query(`ALTER TABLE "betrokkenheid" DROP CONSTRAINT "CHK_betrokkenheid_maatregel_uitspraak"`);
    await q.query(`ALTER TABLE "betrokkenheid" DROP CONSTRAINT "CHK_betrokkenheid_periode"`);
    await q.query(`ALTER TABLE "betrokkenheid" DROP COLUMN "uitspraakkenmerk"`);
    await q.query(`ALTER TABLE "betrokkenheid" DROP COLUMN "afweging"`);
    await q.query(`ALTER TABLE "betrokkenheid" DROP COLUMN "grondslag"`);
  }
}
