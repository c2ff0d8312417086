import { Categorie, ClientOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

@ObjectType({ description: 'Naam en contactgegevens van een gezinslid, zoals het lokaal team ze kent' })
@Entity('personalia')
@Index('IDX_personalia_client', ['clientId'], { unique: true })
export class Personalia extends ClientOnderdeel {
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
