import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

/** Its veiligheidsafspraken are resolved from their own table (veiligheidskaart.resolver.ts). */
@ObjectType({ description: 'Korte feitelijke samenvatting van de huidige veiligheid, gedeeld met huishouden en partners' })
@Entity('veiligheidskaart')
@Index('IDX_veiligheidskaart_dossier', ['dossierId'], { unique: true })
export class Veiligheidskaart extends DossierOnderdeel {
  @Field()
  @Categorie('veiligheid')
  @Column('date', { name: 'bijgewerkt_op' })
  bijgewerktOp!: string;

  @Field()
  @Categorie('veiligheid')
  @Column('text')
  situatie!: string;
}
