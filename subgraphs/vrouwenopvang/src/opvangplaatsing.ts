import { Categorie, ClientOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

import { Opvangsoort, Opvangstatus } from './enums';

/** A person's stay in the shelter; where the shelter is, is never shared (category vertrouwelijk). */
@ObjectType({ description: 'Verblijf van een persoon in de vrouwenopvang' })
@Entity('opvangplaatsing')
@Index('IDX_opvangplaatsing_client', ['clientId'])
export class Opvangplaatsing extends ClientOnderdeel {
  @Field(() => Opvangsoort)
  @Categorie('hulpverlening')
  @Column('text')
  soort!: Opvangsoort;

  @Field(() => Opvangstatus)
  @Categorie('hulpverlening')
  @Column('text')
  status!: Opvangstatus;

  @Field()
  @Categorie('hulpverlening')
  @Column('date', { name: 'gestart_op' })
  gestartOp!: string;

  @Field(() => String, { nullable: true })
  @Categorie('hulpverlening')
  @Column('date', { name: 'beeindigd_op', nullable: true })
  beeindigdOp!: string | null;

  @Field(() => String, { nullable: true, description: 'Het geheime adres van de opvanglocatie: nooit gedeeld, ook niet met een doorbraak of met een gezinslid' })
  @Categorie('vertrouwelijk')
  @Column('text')
  adres!: string;
}
