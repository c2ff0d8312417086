import { startAlleen } from '@netwerkdossier/shared';

import { raad } from './index';

void startAlleen(raad);
