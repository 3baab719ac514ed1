// Preloaded (node -r) into the CLI and the server by the tests: any attempt to reach the network
// (TCP/UDP connect, DNS, HTTP/HTTPS, fetch) makes the process fail loudly.
const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');
const http = require('node:http');
const https = require('node:https');
const fail = what => () => {
  process.stderr.write(`NETWORK ACCESS: ${what}\n`);
  process.exit(97);
};
net.Socket.prototype.connect = fail('net.connect');
dns.lookup = fail('dns.lookup');
dns.promises.lookup = fail('dns.promises.lookup');
dgram.createSocket = fail('dgram');
http.request = fail('http.request');
https.request = fail('https.request');
globalThis.fetch = fail('fetch');
