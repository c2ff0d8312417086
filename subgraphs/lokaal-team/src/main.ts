import { startAlleen } from '@netwerkdossier/shared';

import { lokaalTeam } from './index';

void startAlleen(lokaalTeam);
