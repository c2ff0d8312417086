import { Categorie, Client } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Naam en contactgegevens van een gezinslid, zoals het lokaal team ze kent' })
@Entity('personalia')
export class Personalia {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_personalia_client', { unique: true })
  @Column('integer', { name: 'client_id' })
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Field()
  @Categorie('identificatie')
  @Column('text')
  voornaam!: string;

  @Field()
  @Categorie('identificatie')
  @Column('text')
  achternaam!: string;

  @Field(() => String, { nullable: true })
  @Categorie('identificatie')
  @Column('text', { nullable: true })
  telefoonnummer!: string | null;

  @Field(() => String, { nullable: true })
  @Categorie('identificatie')
  @Column('text', { nullable: true })
  emailadres!: string | null;

  /** Never a @Field: the BSN does not leave the lokaal team; the network links on a keyed hash. */
  @Column('text', { nullable: true })
  bsn!: string | null;
}
