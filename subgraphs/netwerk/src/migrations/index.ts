import { BewaartaakGeenSuperuser1796220000000, GebruikteGrants1796300000400, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000 } from '@netwerkdossier/shared';

import { Registratie1763900000100 } from './1763900000100-Registratie';
import { Grondslagen1795428288965 } from './1795428288965-Grondslagen';
import { Doorbraken1795430949086 } from './1795430949086-Doorbraken';
import { Toegangslog1795437758216 } from './1795437758216-Toegangslog';
import { MeldingAanGezin1795440100000 } from './1795440100000-MeldingAanGezin';
import { Bewaartermijnen1795450000100 } from './1795450000100-Bewaartermijnen';
import { Bevestiging1795460000100 } from './1795460000100-Bevestiging';
import { GeregistreerdDoor1796202762094 } from './1796202762094-GeregistreerdDoor';
import { GeregistreerdOp1796210000100 } from './1796210000100-GeregistreerdOp';
import { ToegangslogBewaartaak1796220000100 } from './1796220000100-ToegangslogBewaartaak';
import { Beleidsversies1796400000100 } from './1796400000100-Beleidsversies';
import { BewaartaakLeestBeleid1796420000100 } from './1796420000100-BewaartaakLeestBeleid';
import { Toestemmingsvragen1796400000100 } from './1796400000100-Toestemmingsvragen';
import { Uitnodigingen1796400000200 } from './1796400000200-Uitnodigingen';
import { Gezinsverzoeken1796400000300 } from './1796400000300-Gezinsverzoeken';
import { Bescherming1796400000400 } from './1796400000400-Bescherming';
import { DoorbraakAlleenInkorten1796418100100 } from './1796418100100-DoorbraakAlleenInkorten';
import { Beleidsbewijzen1796430000100 } from './1796430000100-Beleidsbewijzen';

export const migrations: Function[] = [Registratie1763900000100, Grondslagen1795428288965, Doorbraken1795430949086, Toegangslog1795437758216, Verstrekkingen1795440000000, MeldingAanGezin1795440100000, VerstrekkingenAlleenAanvullen1795450000000, Bewaartermijnen1795450000100, Bevestiging1795460000100, GeregistreerdDoor1796202762094, GeregistreerdOp1796210000100, BewaartaakGeenSuperuser1796220000000, ToegangslogBewaartaak1796220000100, GebruikteGrants1796300000400, Beleidsversies1796400000100, Toestemmingsvragen1796400000100, Uitnodigingen1796400000200, Gezinsverzoeken1796400000300, Bescherming1796400000400, DoorbraakAlleenInkorten1796418100100, BewaartaakLeestBeleid1796420000100, Beleidsbewijzen1796430000100];
