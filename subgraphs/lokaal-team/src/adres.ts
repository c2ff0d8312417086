import { DossierOnderdeel } from '@netwerkdossier/shared';
import { Column, Entity, Index } from 'typeorm';

/** Exposed as the plain string `Huishouden.adres`, hence no object type of its own. */
@Entity('adres')
@Index('IDX_adres_dossier', ['dossierId'], { unique: true })
export class Adres extends DossierOnderdeel {
  @Column('text')
  adres!: string;
}
