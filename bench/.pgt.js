const { Client } = require('pg');
(async () => {
  const c = new Client({ host: '127.0.0.1', port: 35432, user: 'postgres', database: 'relay', password: require('fs').readFileSync('bench/.data/pg-scale-1.password', 'utf8').trim() });
  await c.connect();
  const qs = process.argv.slice(2).map((f) => require('fs').readFileSync(f, 'utf8').replace(/^EXPLAIN.*\n/, ''));
  const t = qs.map(() => []);
  for (let i = 0; i < 300; i++) for (let k = 0; k < qs.length; k++) { const s = process.hrtime.bigint(); await c.query(qs[k]); t[k].push(Number(process.hrtime.bigint() - s) / 1e6); }
  for (const a of t) { a.sort((x, y) => x - y); console.log('p50', a[150].toFixed(2), 'p95', a[285].toFixed(2)); }
  await c.end();
})();
