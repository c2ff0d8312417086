import { startAlleen } from '@netwerkdossier/shared';

import { netwerk } from './index';

void startAlleen(netwerk);
