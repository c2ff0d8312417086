import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

@ObjectType({ description: 'Iemand uit het informele netwerk (leefwereld) van het huishouden' })
@Entity('netwerklid')
@Index('IDX_netwerklid_dossier', ['dossierId'])
export class NetwerkLid extends DossierOnderdeel {
  @Field({ nullable: true, description: 'Null waar identificatie is afgeschermd' })
  @Categorie('identificatie')
  @Column('text')
  naam!: string;

  @Field({ description: 'Relatie tot het huishouden, bijvoorbeeld oma, buurvrouw of trainer' })
  @Categorie('gezinssituatie')
  @Column('text')
  relatie!: string;

  @Field({ description: 'Welke steun dit netwerklid biedt, bijvoorbeeld oppassen of opvang bij escalatie' })
  @Categorie('gezinssituatie')
  @Column('text', { name: 'rol_in_netwerk' })
  rolInNetwerk!: string;
}
