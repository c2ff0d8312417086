import forge from 'node-forge';

/** A certificate and its private key, as PEM. */
export interface Certificaat {
  cert: string;
  key: string;
}

/** A certificate authority made for one test run: it signs server and client certificates. */
export interface TestCa extends Certificaat {
  /** A server certificate for these host names and IP addresses (SAN). */
  server(naam: string, hosts?: string[]): Certificaat;
  /** A client certificate (for mutual TLS). */
  client(naam: string): Certificaat;
}

const DAG_MS = 24 * 60 * 60 * 1000;

function maak(naam: string, extensies: object[], uitgever?: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey }) {
  // RSA through Node's own crypto (node-forge uses it when present): a few milliseconds per key
  const sleutels = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = sleutels.publicKey;
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + DAG_MS);
  const onderwerp = [{ name: 'commonName', value: naam }];
  cert.setSubject(onderwerp);
  cert.setIssuer(uitgever ? uitgever.cert.subject.attributes : onderwerp);
  cert.setExtensions(extensies);
  cert.sign(uitgever?.key ?? sleutels.privateKey, forge.md.sha256.create());
  return { cert, key: sleutels.privateKey };
}

const pem = (c: { cert: forge.pki.Certificate; key: forge.pki.PrivateKey }): Certificaat => ({ cert: forge.pki.certificateToPem(c.cert), key: forge.pki.privateKeyToPem(c.key) });

function blad(gebruik: 'serverAuth' | 'clientAuth', san?: string[]): object[] {
  const altNames = (san ?? []).map((h) => (/^[\d.]+$/.test(h) ? { type: 7, ip: h } : { type: 2, value: h }));
  return [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', [gebruik]: true },
    ...(altNames.length ? [{ name: 'subjectAltName', altNames }] : []),
  ];
}

/** A fresh CA named `naam`; its server certificates are for 127.0.0.1 and localhost unless told otherwise. */
export function maakTestCa(naam: string): TestCa {
  const ca = maak(naam, [
    { name: 'basicConstraints', critical: true, cA: true },
    { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  return {
    ...pem(ca),
    server: (cn, hosts = ['127.0.0.1', 'localhost']) => pem(maak(cn, blad('serverAuth', hosts), ca)),
    client: (cn) => pem(maak(cn, blad('clientAuth'), ca)),
  };
}
