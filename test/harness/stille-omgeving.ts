import { Console } from 'node:console';
import path from 'node:path';
import { Writable } from 'node:stream';

import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';

/** Where the setup file sends the log lines of the services a test file starts in its own process. */
export const LOGBOEK = '__netwerkdossierLogboek';

/**
 * Node's test environment, quiet: the services' log lines and what the code writes to the console are kept,
 * per test, and printed only when that test (or a hook) fails, so a green run prints results alone.
 */
export default class StilleOmgeving extends TestEnvironment {
  private regels: string[] = [];
  private readonly bestand: string;

  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    this.bestand = path.relative(config.globalConfig.rootDir, context.testPath);
    const bewaar = new Writable({ write: (chunk: Buffer, _codering, klaar) => (this.regels.push(chunk.toString('utf8')), klaar()) });
    this.global[LOGBOEK] = bewaar;
  }

  override async setup(): Promise<void> {
    await super.setup();
    // after Jest set its own console: this one keeps the lines with the logs
    this.global.console = new Console({ stdout: this.global[LOGBOEK] as Writable, stderr: this.global[LOGBOEK] as Writable });
  }

  handleTestEvent(event: Circus.Event): void {
    if (event.name === 'hook_failure') this.drukAf(`${event.hook.type}`);
    if (event.name === 'test_done') {
      if (event.test.errors.length > 0) this.drukAf(event.test.name);
      this.regels = [];
    }
  }

  private drukAf(wat: string): void {
    if (this.regels.length === 0) return;
    const tekst = this.regels.join('');
    this.regels = [];
    process.stderr.write(`\n── logs bij ${this.bestand} › ${wat} ──\n${tekst}${tekst.endsWith('\n') ? '' : '\n'}── einde logs ──\n`);
  }
}
