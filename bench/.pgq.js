const { Client } = require('pg');
(async () => {
  const c = new Client({ host: '127.0.0.1', port: 35432, user: 'postgres', database: 'relay', password: require('fs').readFileSync('bench/.data/pg-scale-1.password', 'utf8').trim() });
  await c.connect();
  const sql = require('fs').readFileSync(process.argv[2], 'utf8');
  for (let i = 0; i < (+process.argv[3] || 1); i++) {
    const r = await c.query(sql);
    if (i === (+process.argv[3] || 1) - 1) console.log((Array.isArray(r) ? r[r.length - 1] : r).rows.map((x) => Object.values(x).join(' | ')).join('\n'));
  }
  await c.end();
})();
