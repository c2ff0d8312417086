import { Categorie, Client } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A victim's own account, recorded apart from the rest of the dossier. */
@ObjectType({ description: 'Het eigen verhaal van een slachtoffer, apart vastgelegd' })
@Entity('verklaring')
export class Verklaring {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_verklaring_client')
  @Column('integer', { name: 'client_id' })
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Field()
  @Categorie('vertrouwelijk')
  @Column('date')
  datum!: string;

  @Field()
  @Categorie('vertrouwelijk')
  @Column('text')
  inhoud!: string;
}
