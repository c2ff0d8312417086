import { Categorie, Client } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Korte notitie over de gezondheid van een gezinslid' })
@Entity('gezondheidsnotitie')
export class Gezondheidsnotitie {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_gezondheidsnotitie_client', { unique: true })
  @Column('integer', { name: 'client_id' })
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Field()
  @Categorie('gezondheid')
  @Column('date', { name: 'bijgewerkt_op' })
  bijgewerktOp!: string;

  @Field()
  @Categorie('gezondheid')
  @Column('text')
  notitie!: string;
}
