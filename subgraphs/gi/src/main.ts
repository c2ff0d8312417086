import { startAlleen } from '@netwerkdossier/shared';

import { gi } from './index';

void startAlleen(gi);
