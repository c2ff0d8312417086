import { readFileSync } from 'node:fs';

import { lokaleNginxConf, NGINX_CONF } from '@netwerkdossier/tools';

/** npm run topologie runs deploy/nginx.conf itself, changed on three named lines only; a changed file stops it rather than drift. */
describe('deploy/nginx.conf buiten Docker', () => {
  const conf = readFileSync(NGINX_CONF, 'utf8');

  test('alleen de resolver, de listen-poort en de naam van de gateway verschillen; de rest is het bestand zelf', () => {
    const lokaal = lokaleNginxConf(conf, 18080);
    const verschil = conf.split('\n').map((regel, i) => [regel.trim(), lokaal.split('\n')[i].trim()]).filter(([a, b]) => a !== b);
    expect(verschil).toEqual([
      ['resolver 127.0.0.11 valid=10s ipv6=off;', '# (lokaal: geen Docker-DNS; gateway is een upstream-groep)'],
      ['listen 8080;', 'listen 127.0.0.1:18080;'],
      ['set $gateway http://gateway:4000;', 'set $gateway http://gateway;'],
    ]);
  });

  test('een gewijzigde regel die de topologie vervangt, laat haar stoppen met de regel erbij', () => {
    expect(() => lokaleNginxConf(conf.replace('listen 8080;', 'listen 8081;'), 18080)).toThrow('deploy/nginx.conf: ^(\\s*)listen 8080;$ staat er 0× in, niet eenmaal; pas tools/src/topologie/nginx.ts aan');
  });
});
