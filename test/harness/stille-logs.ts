import { Writable } from 'node:stream';

import { logsNaar } from '@netwerkdossier/shared';

import { LOGBOEK } from './stille-omgeving';

// the services this test file starts log into the environment's logboek, shown only for a failing test
logsNaar((globalThis as unknown as Record<string, Writable>)[LOGBOEK]);
