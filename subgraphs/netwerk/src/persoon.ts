import { Categorie } from '@netwerkdossier/shared';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { Gezinsrol } from './enums';

/** A household member: a pseudonym with the facts consent rules need, never a name. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Een gezinslid, in het netwerk alleen bekend onder een pseudoniem' })
@Entity('persoon')
export class Persoon {
  @Field(() => ID)
  @Categorie('pseudoniem')
  @PrimaryColumn('uuid')
  id!: string;

  @Index('IDX_persoon_huishouden')
  @Column('uuid', { name: 'huishouden_id' })
  huishoudenId!: string;

  @Field(() => Int, { nullable: true, description: 'Nodig voor de leeftijdsregels bij toestemming' })
  @Categorie('identificatie')
  @Column('integer', { nullable: true })
  geboortejaar!: number | null;

  @Field(() => Gezinsrol, { nullable: true, description: 'Null waar de gezinssituatie van deze persoon is afgeschermd' })
  @Categorie('gezinssituatie')
  @Column('text')
  rol!: Gezinsrol;

  /** HMAC-SHA256 of the BSN under the network's key: links records, reveals nothing. */
  @Index('IDX_persoon_bsn_hash', { unique: true })
  @Column('text', { name: 'bsn_hash', nullable: true })
  bsnHash!: string | null;
}
