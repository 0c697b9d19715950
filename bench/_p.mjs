const { Komfortkasse } = await import('@shopclients/komfortkasse');
await new Promise(r=>setTimeout(r,50));
const t1 = performance.now();
const k = new Komfortkasse({ apiKey: 'bench-api-key-7f3a9c21', baseUrl: 'http://127.0.0.1:1/kk' });
const t2 = performance.now();
const k2 = new Komfortkasse({ apiKey: 'bench-api-key-7f3a9c21', baseUrl: 'http://127.0.0.1:1/kk' });
const t3 = performance.now();
console.log((t2-t1).toFixed(2), (t3-t2).toFixed(2));
