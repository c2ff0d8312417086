import { MigrationInterface, QueryRunner } from 'typeorm';

export class VrouwenopvangDossier1796213388156 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "opvangplaatsing" ("id" SERIAL NOT NULL, "client_id" integer NOT NULL, "soort" text NOT NULL, "status" text NOT NULL, "gestart_op" date NOT NULL, "beeindigd_op" date, "adres" text NOT NULL, CONSTRAINT "PK_a994002d298a950adbb71e8d69d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_opvangplaatsing_client" ON "opvangplaatsing"  ("client_id")`);
    await q.query(`CREATE TABLE "veiligheidsplan" ("id" SERIAL NOT NULL, "client_id" integer NOT NULL, "bijgewerkt_op" date NOT NULL, "signalen" text array NOT NULL, "afspraken" text array NOT NULL, CONSTRAINT "PK_cd921e7da3b4c3a090b7e45e726" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_veiligheidsplan_client" ON "veiligheidsplan"  ("client_id")`);
    await q.query(`ALTER TABLE "opvangplaatsing" ADD CONSTRAINT "FK_31a4af334a460b7989f6a18d90a" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "veiligheidsplan" ADD CONSTRAINT "FK_fe45c8351aafa1665922bc97125" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "veiligheidsplan" DROP CONSTRAINT "FK_fe45c8351aafa1665922bc97125"`);
    await q.query(`ALTER TABLE "opvangplaatsing" DROP CONSTRAINT "FK_31a4af334a460b7989f6a18d90a"`);
    await q.query(`DROP INDEX "public"."IDX_veiligheidsplan_client"`);
    await q.query(`DROP TABLE "veiligheidsplan"`);
    await q.query(`DROP INDEX "public"."IDX_opvangplaatsing_client"`);
    await q.query(`DROP TABLE "opvangplaatsing"`);
  }
}
