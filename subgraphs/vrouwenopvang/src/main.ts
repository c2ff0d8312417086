import { startAlleen } from '@netwerkdossier/shared';

import { vrouwenopvang } from './index';

void startAlleen(vrouwenopvang);
