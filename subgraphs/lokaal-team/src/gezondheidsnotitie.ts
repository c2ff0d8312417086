import { Categorie, ClientOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

@ObjectType({ description: 'Korte notitie over de gezondheid van een gezinslid' })
@Entity('gezondheidsnotitie')
@Index('IDX_gezondheidsnotitie_client', ['clientId'], { unique: true })
export class Gezondheidsnotitie extends ClientOnderdeel {
  @Field()
  @Categorie('gezondheid')
  @Column('date', { name: 'bijgewerkt_op' })
  bijgewerktOp!: string;

  @Field()
  @Categorie('gezondheid')
  @Column('text')
  notitie!: string;
}
