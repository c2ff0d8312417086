import { QueryRunner } from 'typeorm';

/**
 * A list of lines in a record's own column that becomes a table of parts (tekstdeel.ts): its parent's key,
 * the old column (`text array`, or `text` for a single line), and the names typeorm gives the constraints.
 */
export interface NaarTekstdelen {
  tabel: string;
  ouder: string;
  sleutel: string;
  bron: string;
  enkel?: boolean;
  pk: string;
  fk: string;
  index: string;
}

/**
 * Moves each line into a part of its own, in the order it had, about the household as a whole (an empty
 * `betreft`): who a line concerns was never recorded, so it stays decided for the whole household as before.
 */
export async function naarTekstdelen(q: QueryRunner, d: NaarTekstdelen): Promise<void> {
  await q.query(`CREATE TABLE "${d.tabel}" ("id" SERIAL NOT NULL, "tekst" text NOT NULL, "betreft" text array NOT NULL, "${d.sleutel}" integer NOT NULL, CONSTRAINT "${d.pk}" PRIMARY KEY ("id"))`);
  await q.query(`CREATE INDEX "${d.index}" ON "${d.tabel}"  ("${d.sleutel}")`);
  await q.query(`ALTER TABLE "${d.tabel}" ADD CONSTRAINT "${d.fk}" FOREIGN KEY ("${d.sleutel}") REFERENCES "${d.ouder}"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  const regels = d.enkel ? `ARRAY[o."${d.bron}"]` : `o."${d.bron}"`;
  await q.query(
    `INSERT INTO "${d.tabel}" ("tekst", "betreft", "${d.sleutel}")
     SELECT r.tekst, '{}', o."id" FROM "${d.ouder}" o CROSS JOIN LATERAL unnest(${regels}) WITH ORDINALITY AS r(tekst, n) ORDER BY o."id", r.n`,
  );
  await q.query(`ALTER TABLE "${d.ouder}" DROP COLUMN "${d.bron}"`);
}

/** The way back: the parts' lines in the record's own column again, in their order (whom each concerned is lost). */
export async function uitTekstdelen(q: QueryRunner, d: NaarTekstdelen): Promise<void> {
  const [type, leeg, samen] = d.enkel ? ['text', `''`, `string_agg(r."tekst", '; ' ORDER BY r."id")`] : ['text array', `'{}'`, `array_agg(r."tekst" ORDER BY r."id")`];
  await q.query(`ALTER TABLE "${d.ouder}" ADD "${d.bron}" ${type} NOT NULL DEFAULT ${leeg}`);
  await q.query(`UPDATE "${d.ouder}" o SET "${d.bron}" = s.regels FROM (SELECT r."${d.sleutel}" AS ouder, ${samen} AS regels FROM "${d.tabel}" r GROUP BY r."${d.sleutel}") s WHERE s.ouder = o."id"`);
  await q.query(`ALTER TABLE "${d.ouder}" ALTER COLUMN "${d.bron}" DROP DEFAULT`);
  await q.query(`ALTER TABLE "${d.tabel}" DROP CONSTRAINT "${d.fk}"`);
  await q.query(`DROP INDEX "public"."${d.index}"`);
  await q.query(`DROP TABLE "${d.tabel}"`);
}
