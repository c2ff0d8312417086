import { startAlleen } from '@netwerkdossier/shared';

import { veiligThuis } from './index';

void startAlleen(veiligThuis);
