import { Categorie, ClientOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

/** A victim's own account, recorded apart from the rest of the dossier. */
@ObjectType({ description: 'Het eigen verhaal van een slachtoffer, apart vastgelegd' })
@Entity('verklaring')
@Index('IDX_verklaring_client', ['clientId'])
export class Verklaring extends ClientOnderdeel {
  @Field()
  @Categorie('vertrouwelijk')
  @Column('date')
  datum!: string;

  @Field()
  @Categorie('vertrouwelijk')
  @Column('text')
  inhoud!: string;
}
